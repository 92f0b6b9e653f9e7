import { Logger } from "@aws-lambda-powertools/logger";
import { listIcbs } from "@front-door/store";
import type { Context } from "aws-lambda";
import { runFanOutJob, shareDispatchFromEnv, workerReserveMs } from "../job-fan-out.ts";
import { tableDeps } from "../wiring.ts";
import { sendAppointmentRemindersOfIcb } from "./handlers/send-appointment-reminders.ts";

const { db, tableName } = tableDeps();
const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? "front-door" });
const dispatchFor = shareDispatchFromEnv(process.env);
const now = () => new Date();

/**
 * Invoked by its EventBridge schedule (jobs in @front-door/contracts) to dispatch a share per
 * ICB, and by itself with each share (job-fan-out.ts): counts only in the log.
 */
export const handler = async (event: unknown, context: Context) =>
  runFanOutJob(
    logger,
    {
      name: "appointment reminders written",
      icbIds: async () => (await listIcbs(db, tableName)).map((icb) => icb.id),
      work: (share, timeLeft) =>
        sendAppointmentRemindersOfIcb({ db, tableName, now }, share, timeLeft),
    },
    event,
    {
      dispatch: dispatchFor(context.invokedFunctionArn),
      timeLeft: () => context.getRemainingTimeInMillis() > workerReserveMs,
      now,
    },
  );
