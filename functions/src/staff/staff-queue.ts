import { staffQueue as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeStaffQueue } from "./handlers/staff-queue.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeStaffQueue({ db, tableName, now: () => new Date() }));
