import { sameDayCallback as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeSameDayCallback } from "./handlers/same-day-queue.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeSameDayCallback({ db, tableName, now: () => new Date() }));
