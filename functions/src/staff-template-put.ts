import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";
import { makeStaffTemplatePut } from "./handlers/staff-templates.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  routes.staffTemplatePut,
  makeStaffTemplatePut({ db, tableName, now: () => new Date() }),
);
