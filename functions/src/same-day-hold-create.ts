import { sameDayHoldCreate as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { dynamoDbIdempotency } from "@front-door/lambda/idempotency";
import { makeSameDayHold } from "./handlers/same-day-holds.ts";
import { tableDeps } from "./wiring.ts";

const { client, db, tableName } = tableDeps();

export const handler = http(route, makeSameDayHold({ db, tableName, now: () => new Date() }), {
  idempotency: dynamoDbIdempotency({ client, tableName }),
});
