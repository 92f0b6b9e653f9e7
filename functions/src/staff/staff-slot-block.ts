import { staffSlotBlock as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeStaffSlotBlock } from "./handlers/staff-slots.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeStaffSlotBlock({ db, tableName, now: () => new Date() }));
