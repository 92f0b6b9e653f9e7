import { myReferralSlots as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeMyReferralSlots } from "./handlers/referral-booking.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeMyReferralSlots({ db, tableName, now: () => new Date() }));
