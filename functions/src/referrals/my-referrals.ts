import { myReferrals as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeMyReferrals } from "./handlers/self-referral.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeMyReferrals({ db, tableName, now: () => new Date() }));
