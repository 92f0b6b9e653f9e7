import { Logger } from "@aws-lambda-powertools/logger";
import { tableDeps } from "../wiring.ts";
import { closeSameDayQueues } from "./handlers/close-same-day-queues.ts";

const { db, tableName } = tableDeps();
const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? "front-door" });

/** Invoked by its EventBridge schedule (jobs in @front-door/contracts): counts only in the log. */
export const handler = async (): Promise<{ localDate: string; sites: number; unmet: number }> => {
  const result = await closeSameDayQueues({ db, tableName, now: () => new Date() });
  logger.info("same-day queues closed", result);
  return result;
};
