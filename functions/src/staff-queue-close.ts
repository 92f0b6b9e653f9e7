import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";
import { makeStaffQueueClose } from "./handlers/staff-queue.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  routes.staffQueueClose,
  makeStaffQueueClose({ db, tableName, now: () => new Date() }),
);
