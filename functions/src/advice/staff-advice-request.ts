import { staffAdviceRequest as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeStaffAdviceRequest } from "./handlers/staff-advice.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  route,
  makeStaffAdviceRequest({ db, tableName, now: () => new Date() }),
);
