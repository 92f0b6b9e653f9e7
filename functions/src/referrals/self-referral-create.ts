import { selfReferralCreate as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { dynamoDbIdempotency } from "@front-door/lambda/idempotency";
import { recentSites } from "../same-day/handlers/recent-reads.ts";
import { tableDeps } from "../wiring.ts";
import { makeSelfReferralCreate } from "./handlers/self-referral.ts";

const { client, db, tableName } = tableDeps();

export const handler = http(
  route,
  // Module scope: a warm container names sites from its recent reads (see recentSites).
  makeSelfReferralCreate({ db, tableName, now: () => new Date(), ...recentSites(db, tableName) }),
  { idempotency: dynamoDbIdempotency({ client, tableName }) },
);
