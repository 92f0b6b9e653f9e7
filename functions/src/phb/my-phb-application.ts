import { myPhbApplication as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeMyPhbApplication } from "./handlers/phb-patient.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeMyPhbApplication({ db, tableName, now: () => new Date() }));
