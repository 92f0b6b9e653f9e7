import { staffAdviceRequestCreate as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { dynamoDbIdempotency } from "@front-door/lambda/idempotency";
import { tableDeps } from "../wiring.ts";
import { makeStaffAdviceRequestCreate } from "./handlers/staff-advice.ts";

const { client, db, tableName } = tableDeps();

export const handler = http(
  route,
  makeStaffAdviceRequestCreate({ db, tableName, now: () => new Date() }),
  {
    idempotency: dynamoDbIdempotency({ client, tableName }),
  },
);
