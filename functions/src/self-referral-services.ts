import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";

import { makeSelfReferralServices } from "./handlers/self-referral.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  routes.selfReferralServices,
  makeSelfReferralServices({ db, tableName, now: () => new Date() }),
);
