import { sameDayWaitingList as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeSameDayWaitingList } from "./handlers/same-day-queue.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  route,
  makeSameDayWaitingList({ db, tableName, now: () => new Date() }),
);
