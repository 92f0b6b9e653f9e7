import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";
import { dynamoDbIdempotency } from "@front-door/lambda/idempotency";
import { makeStaffPublish } from "./handlers/staff-templates.ts";
import { tableDeps } from "./wiring.ts";

const { client, db, tableName } = tableDeps();

export const handler = http(
  routes.staffPublish,
  makeStaffPublish({ db, tableName, now: () => new Date() }),
  {
    idempotency: dynamoDbIdempotency({ client, tableName }),
  },
);
