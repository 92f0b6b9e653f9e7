import { sameDayWaitingList as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { makeSameDayWaitingList } from "./handlers/same-day-queue.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  route,
  makeSameDayWaitingList({ db, tableName, now: () => new Date() }),
);
