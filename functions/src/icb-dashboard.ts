import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";
import { makeIcbDashboard } from "./handlers/icb-dashboard.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(routes.icbDashboard, makeIcbDashboard({ db, tableName }));
