import { Logger } from "@aws-lambda-powertools/logger";
import { envNames, undeliverableLog } from "@front-door/contracts";
import { senderConfigFromEnv, sendersFor } from "@front-door/notify";
import type { Context } from "aws-lambda";
import { deliverDueMessages } from "./handlers/deliver-due-messages.ts";
import { finishJob } from "./job-run.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();
const senders = sendersFor(senderConfigFromEnv(envNames, process.env));
const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? "front-door" });

/** Room kept at the end of an invocation for the send in progress to settle its claim. */
const settleReserveMs = 3_000;

/**
 * Invoked every minute by its EventBridge schedule (jobs in @front-door/contracts): delivers
 * the messages that are due again. Counts in the log, never addresses or text; messages that
 * failed for good are counted at error level so an alarm on the log sees them.
 */
export const handler = async (_event: unknown, context: Context) => {
  const result = await deliverDueMessages({
    db,
    tableName,
    senders,
    now: () => new Date(),
    timeLeft: () => context.getRemainingTimeInMillis() > settleReserveMs,
    log: (event, detail) => logger.info(event, detail),
  });
  if (result.undeliverable > 0) {
    logger.error(undeliverableLog.message, {
      [undeliverableLog.countField]: result.undeliverable,
    });
  }
  return finishJob(logger, "due messages delivered", result);
};
