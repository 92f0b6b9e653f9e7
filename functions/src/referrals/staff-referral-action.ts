import { staffReferralAction as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeStaffReferralAction } from "./handlers/staff-referrals.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  route,
  makeStaffReferralAction({ db, tableName, now: () => new Date() }),
);
