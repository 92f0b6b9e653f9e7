import { sameDayBookingCreate as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { dynamoDbIdempotency } from "@front-door/lambda/idempotency";
import { makeSameDayBooking } from "./handlers/same-day-bookings.ts";
import { tableDeps } from "./wiring.ts";

const { client, db, tableName } = tableDeps();

export const handler = http(route, makeSameDayBooking({ db, tableName, now: () => new Date() }), {
  idempotency: dynamoDbIdempotency({ client, tableName }),
});
