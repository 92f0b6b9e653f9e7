import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";
import { makeStaffQueue } from "./handlers/staff-queue.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  routes.staffQueue,
  makeStaffQueue({ db, tableName, now: () => new Date() }),
);
