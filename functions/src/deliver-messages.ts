import { Logger } from "@aws-lambda-powertools/logger";
import { envNames } from "@front-door/contracts";
import { senderConfigFromEnv, sendersFor } from "@front-door/notify";
import { makeDeliverMessages } from "./handlers/deliver-messages.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();
const senders = sendersFor(senderConfigFromEnv(envNames, process.env));
const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? "front-door" });

/**
 * Invoked by the table's stream (outbox messages only, by the event source's filter): sends each
 * new message by the patient's consented channels. Logs ids and outcomes, never addresses or text.
 */
export const handler = makeDeliverMessages({
  db,
  tableName,
  senders,
  now: () => new Date(),
  log: (event, detail) => logger.info(event, detail),
});
