import { myAdviceNotAnEmergency as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeMyAdviceNotAnEmergency } from "./handlers/patient-advice.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  route,
  makeMyAdviceNotAnEmergency({ db, tableName, now: () => new Date() }),
);
