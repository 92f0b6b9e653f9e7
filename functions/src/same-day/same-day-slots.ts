import { sameDaySlots as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeSameDaySlots } from "./handlers/same-day-slots.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeSameDaySlots({ db, tableName, now: () => new Date() }));
