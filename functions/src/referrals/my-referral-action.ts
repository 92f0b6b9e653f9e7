import { myReferralAction as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeMyReferralAction } from "./handlers/self-referral.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeMyReferralAction({ db, tableName, now: () => new Date() }));
