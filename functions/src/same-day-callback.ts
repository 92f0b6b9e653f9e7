import { sameDayCallback as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { makeSameDayCallback } from "./handlers/same-day-queue.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeSameDayCallback({ db, tableName, now: () => new Date() }));
