import { sameDaySlots as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { recentSites, recentSitesNear } from "./handlers/recent-reads.ts";
import { makeSameDaySlots } from "./handlers/same-day-slots.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  route,
  makeSameDaySlots({
    db,
    tableName,
    now: () => new Date(),
    // Module scope: a warm container answers most slot pages from its copies of the sites near
    // each practice and of the sites' details, and reads only the sites' days.
    ...recentSitesNear(db, tableName),
    ...recentSites(db, tableName),
  }),
);
