import { myReferralHold as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeMyReferralHold } from "./handlers/referral-booking.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeMyReferralHold({ db, tableName, now: () => new Date() }));
