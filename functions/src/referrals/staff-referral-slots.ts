import { staffReferralSlots as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeStaffReferralSlots } from "./handlers/referral-booking.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  route,
  makeStaffReferralSlots({ db, tableName, now: () => new Date() }),
);
