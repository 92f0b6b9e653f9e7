import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";
import { makeSameDayCallback } from "./handlers/same-day-queue.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  routes.sameDayCallback,
  makeSameDayCallback({ db, tableName, now: () => new Date() }),
);
