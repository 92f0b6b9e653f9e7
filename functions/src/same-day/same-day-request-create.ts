import { sameDayRequestCreate as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { dynamoDbIdempotency } from "@front-door/lambda/idempotency";
import { tableDeps } from "../wiring.ts";
import { recentSites } from "./handlers/recent-reads.ts";
import { makeSameDayRequestCreate } from "./handlers/same-day-triage.ts";

const { client, db, tableName } = tableDeps();

export const handler = http(
  route,
  // Module scope: a warm container knows the practice from its recent reads (see recentSites).
  makeSameDayRequestCreate({ db, tableName, now: () => new Date(), ...recentSites(db, tableName) }),
  { idempotency: dynamoDbIdempotency({ client, tableName }) },
);
