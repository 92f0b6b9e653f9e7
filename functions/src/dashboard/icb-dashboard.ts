import { icbDashboard as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeIcbDashboard } from "./handlers/icb-dashboard.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeIcbDashboard({ db, tableName }));
