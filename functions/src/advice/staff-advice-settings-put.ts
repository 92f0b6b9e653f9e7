import { staffAdviceSettingsPut as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeStaffAdviceSettingsPut } from "./handlers/staff-advice.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  route,
  makeStaffAdviceSettingsPut({ db, tableName, now: () => new Date() }),
);
