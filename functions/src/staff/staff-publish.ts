import { staffPublish as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { dynamoDbIdempotency } from "@front-door/lambda/idempotency";
import { tableDeps } from "../wiring.ts";
import { makeStaffPublish } from "./handlers/staff-templates.ts";

const { client, db, tableName } = tableDeps();

export const handler = http(route, makeStaffPublish({ db, tableName, now: () => new Date() }), {
  idempotency: dynamoDbIdempotency({ client, tableName }),
});
