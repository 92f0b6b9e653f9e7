import { sameDayHoldCreate as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { holdTurns } from "./handlers/hold-turns.ts";
import { recentSiteDays } from "./handlers/recent-reads.ts";
import { makeSameDayHold } from "./handlers/same-day-holds.ts";

const { db, tableName } = tableDeps();

// No idempotency store: a hold is idempotent by its condition (see the route). Module scope:
// a warm container's recent reads of sites' days serve the suggestions of many 409s, and its
// holds of one slot take turns.
export const handler = http(
  route,
  makeSameDayHold({
    db,
    tableName,
    now: () => new Date(),
    ...recentSiteDays(db, tableName),
    ...holdTurns(),
  }),
);
