import { selfReferralEarlierAnswers as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { makeSelfReferralEarlierAnswers } from "./handlers/self-referral.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  route,
  makeSelfReferralEarlierAnswers({ db, tableName, now: () => new Date() }),
);
