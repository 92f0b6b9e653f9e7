import { staffAdviceAction as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeStaffAdviceAction } from "./handlers/staff-advice.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeStaffAdviceAction({ db, tableName, now: () => new Date() }));
