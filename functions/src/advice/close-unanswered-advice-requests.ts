import { Logger } from "@aws-lambda-powertools/logger";
import { tableDeps } from "../wiring.ts";
import { closeUnansweredAdviceRequests } from "./handlers/close-unanswered.ts";

const { db, tableName } = tableDeps();
const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? "front-door" });

/** Invoked by its EventBridge schedule (jobs in @front-door/contracts): counts only in the log. */
export const handler = async () => {
  const result = await closeUnansweredAdviceRequests({ db, tableName, now: () => new Date() });
  logger.info("unanswered advice requests closed", result);
  return result;
};
