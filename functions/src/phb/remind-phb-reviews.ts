import { Logger } from "@aws-lambda-powertools/logger";
import { finishJob } from "../job-run.ts";
import { tableDeps } from "../wiring.ts";
import { remindPhbReviews } from "./handlers/remind-phb-reviews.ts";

const { db, tableName } = tableDeps();
const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? "front-door" });

/** Invoked by its EventBridge schedule (jobs in @front-door/contracts): counts only in the log. */
export const handler = async () =>
  finishJob(
    logger,
    "PHB review reminders written",
    await remindPhbReviews({ db, tableName, now: () => new Date() }),
  );
