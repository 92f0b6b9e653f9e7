import { myAppointmentChange as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { dynamoDbIdempotency } from "@front-door/lambda/idempotency";
import { tableDeps } from "../wiring.ts";
import { makeMyAppointmentChange } from "./handlers/my-appointment-change.ts";

const { client, db, tableName } = tableDeps();

export const handler = http(
  route,
  makeMyAppointmentChange({ db, tableName, now: () => new Date() }),
  { idempotency: dynamoDbIdempotency({ client, tableName }) },
);
