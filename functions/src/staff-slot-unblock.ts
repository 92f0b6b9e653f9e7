import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";
import { makeStaffSlotUnblock } from "./handlers/staff-slots.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  routes.staffSlotUnblock,
  makeStaffSlotUnblock({ db, tableName, now: () => new Date() }),
);
