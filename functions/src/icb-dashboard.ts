import { icbDashboard as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { makeIcbDashboard } from "./handlers/icb-dashboard.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeIcbDashboard({ db, tableName }));
