import { staffTemplatePut as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { makeStaffTemplatePut } from "./handlers/staff-templates.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeStaffTemplatePut({ db, tableName, now: () => new Date() }));
