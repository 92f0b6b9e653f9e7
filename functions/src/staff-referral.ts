import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";

import { makeStaffReferral } from "./handlers/staff-referrals.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  routes.staffReferral,
  makeStaffReferral({ db, tableName, now: () => new Date() }),
);
