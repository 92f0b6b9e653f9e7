import { myPhbApplications as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeMyPhbApplications } from "./handlers/phb-patient.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeMyPhbApplications({ db, tableName, now: () => new Date() }));
