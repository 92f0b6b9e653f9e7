import { myAdviceRequest as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeMyAdviceRequest } from "./handlers/patient-advice.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeMyAdviceRequest({ db, tableName, now: () => new Date() }));
