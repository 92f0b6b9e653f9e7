import { selfReferralCreate as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { idempotencyInTransaction } from "@front-door/lambda/idempotency-in-transaction";
import { recentSites } from "../same-day/handlers/recent-reads.ts";
import { tableDeps } from "../wiring.ts";
import { makeSelfReferralCreate } from "./handlers/self-referral.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  route,
  // Module scope: a warm container names sites from its recent reads (see recentSites).
  makeSelfReferralCreate({ db, tableName, now: () => new Date(), ...recentSites(db, tableName) }),
  // The Idempotency-Key's record is saved by the handler's own transaction (request.once).
  { idempotency: idempotencyInTransaction({ db, tableName }) },
);
