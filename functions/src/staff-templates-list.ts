import { staffTemplatesList as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { makeStaffTemplatesList } from "./handlers/staff-templates.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  route,
  makeStaffTemplatesList({ db, tableName, now: () => new Date() }),
);
