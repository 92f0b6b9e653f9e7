import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";

import { makeStaffReferrals } from "./handlers/staff-referrals.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  routes.staffReferrals,
  makeStaffReferrals({ db, tableName, now: () => new Date() }),
);
