import { Logger } from "@aws-lambda-powertools/logger";
import { finishJob } from "../job-run.ts";
import { tableDeps } from "../wiring.ts";
import { passOnExpiredOffers } from "./handlers/pass-on-expired-offers.ts";

const { db, tableName } = tableDeps();
const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? "front-door" });

/** Invoked by its EventBridge schedule (jobs in @front-door/contracts): counts only in the log. */
export const handler = async () =>
  finishJob(
    logger,
    "expired waiting-list offers settled",
    await passOnExpiredOffers({ db, tableName, now: () => new Date() }),
  );
