import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";

import { makeStaffReferralAction } from "./handlers/staff-referrals.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  routes.staffReferralAction,
  makeStaffReferralAction({ db, tableName, now: () => new Date() }),
);
