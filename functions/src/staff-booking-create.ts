import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";
import { dynamoDbIdempotency } from "@front-door/lambda/idempotency";
import { makeStaffBookingCreate } from "./handlers/staff-booking.ts";
import { tableDeps } from "./wiring.ts";

const { client, db, tableName } = tableDeps();

export const handler = http(
  routes.staffBookingCreate,
  makeStaffBookingCreate({ db, tableName, now: () => new Date() }),
  {
    idempotency: dynamoDbIdempotency({ client, tableName }),
  },
);
