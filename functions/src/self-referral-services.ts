import { selfReferralServices as route } from "@front-door/contracts/routes";
import { demoDistrictCentroids } from "@front-door/domain";
import { http } from "@front-door/lambda";

import { makeSelfReferralServices } from "./handlers/self-referral.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  route,
  makeSelfReferralServices({
    db,
    tableName,
    now: () => new Date(),
    districts: demoDistrictCentroids(),
  }),
);
