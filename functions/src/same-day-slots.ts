import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";
import { makeSameDaySlots } from "./handlers/same-day-slots.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  routes.sameDaySlots,
  makeSameDaySlots({ db, tableName, now: () => new Date() }),
);
