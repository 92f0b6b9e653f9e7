import { staffDay as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeStaffDay } from "./handlers/staff-day.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeStaffDay({ db, tableName, now: () => new Date() }));
