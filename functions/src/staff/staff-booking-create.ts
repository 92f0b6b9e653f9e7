import { staffBookingCreate as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { dynamoDbIdempotency } from "@front-door/lambda/idempotency";
import { tableDeps } from "../wiring.ts";
import { makeStaffBookingCreate } from "./handlers/staff-booking.ts";

const { client, db, tableName } = tableDeps();

export const handler = http(
  route,
  makeStaffBookingCreate({ db, tableName, now: () => new Date() }),
  {
    idempotency: dynamoDbIdempotency({ client, tableName }),
  },
);
