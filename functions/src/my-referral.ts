import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";

import { makeMyReferral } from "./handlers/self-referral.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  routes.myReferral,
  makeMyReferral({ db, tableName, now: () => new Date() }),
);
