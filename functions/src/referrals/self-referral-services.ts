import { selfReferralServices as route } from "@front-door/contracts/routes";
import { demoDistrictCentroids } from "@front-door/domain";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeSelfReferralServices } from "./handlers/self-referral.ts";

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
