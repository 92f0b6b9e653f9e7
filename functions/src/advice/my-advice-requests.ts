import { myAdviceRequests as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeMyAdviceRequests } from "./handlers/patient-advice.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeMyAdviceRequests({ db, tableName, now: () => new Date() }));
