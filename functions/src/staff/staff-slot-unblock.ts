import { staffSlotUnblock as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeStaffSlotUnblock } from "./handlers/staff-slots.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeStaffSlotUnblock({ db, tableName, now: () => new Date() }));
