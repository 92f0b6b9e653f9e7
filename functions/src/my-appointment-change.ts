import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";
import { dynamoDbIdempotency } from "@front-door/lambda/idempotency";
import { makeMyAppointmentChange } from "./handlers/my-appointment-change.ts";
import { tableDeps } from "./wiring.ts";

const { client, db, tableName } = tableDeps();

export const handler = http(
  routes.myAppointmentChange,
  makeMyAppointmentChange({ db, tableName, now: () => new Date() }),
  { idempotency: dynamoDbIdempotency({ client, tableName }) },
);
