import { myReferrals as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";

import { makeMyReferrals } from "./handlers/self-referral.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeMyReferrals({ db, tableName, now: () => new Date() }));
