import { adviceStatus as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeAdviceStatus } from "./handlers/patient-advice.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeAdviceStatus({ db, tableName, now: () => new Date() }));
