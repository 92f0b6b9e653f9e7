import { staffTemplatePut as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeStaffTemplatePut } from "./handlers/staff-templates.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeStaffTemplatePut({ db, tableName, now: () => new Date() }));
