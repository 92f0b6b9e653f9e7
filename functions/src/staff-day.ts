import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";
import { makeStaffDay } from "./handlers/staff-day.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  routes.staffDay,
  makeStaffDay({ db, tableName, now: () => new Date() }),
);
