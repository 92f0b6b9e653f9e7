import { sameDaySlots as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { makeSameDaySlots } from "./handlers/same-day-slots.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeSameDaySlots({ db, tableName, now: () => new Date() }));
