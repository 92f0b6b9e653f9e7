import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";

import { makeMyReferralAction } from "./handlers/self-referral.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  routes.myReferralAction,
  makeMyReferralAction({ db, tableName, now: () => new Date() }),
);
