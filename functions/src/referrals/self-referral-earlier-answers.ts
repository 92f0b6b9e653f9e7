import { selfReferralEarlierAnswers as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeSelfReferralEarlierAnswers } from "./handlers/self-referral.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  route,
  makeSelfReferralEarlierAnswers({ db, tableName, now: () => new Date() }),
);
