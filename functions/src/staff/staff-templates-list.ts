import { staffTemplatesList as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeStaffTemplatesList } from "./handlers/staff-templates.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  route,
  makeStaffTemplatesList({ db, tableName, now: () => new Date() }),
);
