import { staffReferrals as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";

import { makeStaffReferrals } from "./handlers/staff-referrals.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeStaffReferrals({ db, tableName, now: () => new Date() }));
