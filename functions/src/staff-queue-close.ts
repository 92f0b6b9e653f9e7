import { staffQueueClose as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { makeStaffQueueClose } from "./handlers/staff-queue.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeStaffQueueClose({ db, tableName, now: () => new Date() }));
