import { sameDayBookingCreate as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { idempotencyInTransaction } from "@front-door/lambda/idempotency-in-transaction";
import { tableDeps } from "../wiring.ts";
import { recentSites } from "./handlers/recent-reads.ts";
import { makeSameDayBooking } from "./handlers/same-day-bookings.ts";

const { db, tableName } = tableDeps();

// Module scope: a warm container names sites from its recent reads (see recentSites).
export const handler = http(
  route,
  makeSameDayBooking({ db, tableName, now: () => new Date(), ...recentSites(db, tableName) }),
  // The Idempotency-Key's record is saved by the handler's own transaction (request.once).
  { idempotency: idempotencyInTransaction({ db, tableName }) },
);
