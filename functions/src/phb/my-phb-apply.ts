import { myPhbApply as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeMyPhbApply } from "./handlers/phb-patient.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeMyPhbApply({ db, tableName, now: () => new Date() }));
