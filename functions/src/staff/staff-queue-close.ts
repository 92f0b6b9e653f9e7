import { staffQueueClose as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeStaffQueueClose } from "./handlers/staff-queue.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeStaffQueueClose({ db, tableName, now: () => new Date() }));
