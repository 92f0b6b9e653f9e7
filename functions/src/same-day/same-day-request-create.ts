import { sameDayRequestCreate as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { idempotencyInTransaction } from "@front-door/lambda/idempotency-in-transaction";
import { tableDeps } from "../wiring.ts";
import { recentSites } from "./handlers/recent-reads.ts";
import { makeSameDayRequestCreate } from "./handlers/same-day-triage.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  route,
  // Module scope: a warm container knows the practice from its recent reads (see recentSites).
  makeSameDayRequestCreate({ db, tableName, now: () => new Date(), ...recentSites(db, tableName) }),
  // The Idempotency-Key's record is saved by the handler's own transaction (request.once).
  { idempotency: idempotencyInTransaction({ db, tableName }) },
);
