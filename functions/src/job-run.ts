import type { Logger } from "@aws-lambda-powertools/logger";
import { isRetryableStoreError } from "@front-door/store";

/** What a job could not do this run: counted, never named (no patient data in a log). */
export interface JobTally {
  failed: number;
}

/**
 * Runs one piece of a job's work (one site's day, one appointment, one offer). When the store
 * stayed busy or unreachable through its retries, the piece is counted as failed and left as it
 * was, for the next run to do (every job is safe to run again), and the job goes on with the
 * rest. Anything else is a fault in the code and stops the job.
 */
export async function tryPiece<T>(
  tally: JobTally,
  piece: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await piece();
  } catch (error) {
    if (!isRetryableStoreError(error)) throw error;
    tally.failed += 1;
    return undefined;
  }
}

/** Thrown at the end of a run in which some pieces failed, so the invocation reports failure. */
export class JobIncomplete extends Error {
  override name = "JobIncomplete";
}

/**
 * Logs a job's counts; when some of its work failed, logs them as an error and fails the
 * invocation (after the rest was done), so the schedule's metrics and alarms see it rather than
 * a success that skipped work.
 */
export function finishJob<R extends JobTally>(logger: Logger, message: string, result: R): R {
  if (result.failed === 0) {
    logger.info(message, { ...result } as Record<string, unknown>);
    return result;
  }
  logger.error(`${message}, some not: they are left for the next run`, { ...result } as Record<
    string,
    unknown
  >);
  throw new JobIncomplete(`${result.failed} pieces of work failed; the next run tries them again`);
}
