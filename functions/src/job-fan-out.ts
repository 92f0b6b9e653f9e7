import type { Logger } from "@aws-lambda-powertools/logger";
import { InvokeCommand, LambdaClient } from "@aws-sdk/client-lambda";
import { envNames } from "@front-door/contracts";
import { isRetryableStoreError } from "@front-door/store";
import { finishJob, type JobTally } from "./job-run.ts";

/**
 * Jobs that walk every site of every ICB do not fit one 10-second invocation at national size
 * (42 ICBs, thousands of sites). A fanned-out job's schedule invokes a dispatcher that lists the
 * ICBs and hands each to a worker: in Lambda, an asynchronous invocation of the same function
 * (no extra function, queue or topic: one IAM policy); locally and in tests, in-process, one
 * after another. A worker walks its ICB's sites in order until its time is nearly up, then hands
 * the rest on to a fresh invocation of itself from the next site. Work is counted per ICB.
 */

/**
 * One ICB's share of a job: from the start, or after the last site a worker finished. `at` is
 * when the dispatcher ran: every share works as of that moment, so a worker that starts after
 * midnight still closes the day the schedule meant.
 */
export interface IcbShare {
  icbId: string;
  at: string;
  afterSiteId?: string;
  /** A retry share's last site: it redoes a finished stretch and hands nothing on past it. */
  untilSiteId?: string;
  /** Which retry of that stretch this is (absent: the first run). */
  retry?: number;
}

/**
 * What a worker did for its share: `lastSiteId` the last site it did, `resumeAfter` the same
 * when it ran out of time before the end of its share.
 */
export type ShareResult<R extends JobTally> = R & { lastSiteId?: string; resumeAfter?: string };

/** Retry shares for a stretch of sites where some pieces failed, before it is left to the log. */
export const shareRetries = 2;

/**
 * Walks a share's sites in id order — after `afterSiteId`, up to `untilSiteId` — doing at least
 * one, and stopping when `timeLeft` says so.
 */
export async function walkShare<S extends { id: string }>(
  sites: readonly S[],
  share: IcbShare,
  timeLeft: () => boolean,
  doSite: (site: S) => Promise<void>,
): Promise<{ sites: number; lastSiteId?: string; resumeAfter?: string }> {
  const { afterSiteId: after, untilSiteId: until } = share;
  const mine = [...sites]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .filter(
      (site) =>
        (after === undefined || site.id > after) && (until === undefined || site.id <= until),
    );
  let done = 0;
  for (const site of mine) {
    if (done > 0 && !timeLeft()) break;
    await doSite(site);
    done += 1;
  }
  const lastSiteId = done > 0 ? mine[done - 1]?.id : undefined;
  return {
    sites: done,
    ...(lastSiteId ? { lastSiteId } : {}),
    ...(done < mine.length && lastSiteId ? { resumeAfter: lastSiteId } : {}),
  };
}

export interface FanOutJob<R extends JobTally> {
  /** Log message, e.g. "same-day queues closed". */
  name: string;
  icbIds: () => Promise<string[]>;
  work: (share: IcbShare, timeLeft: () => boolean) => Promise<ShareResult<R>>;
}

/** Hands a share to a new invocation (Lambda) — undefined means "do it here, in-process". */
export type ShareDispatch = (share: IcbShare) => Promise<void>;

const id = /^[A-Za-z0-9_-]{1,80}$/;
const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The event a fanned-out job was invoked with: a share from the dispatcher, or anything else
 * (the schedule's event) meaning "dispatch". A share that is not well formed is refused, never
 * guessed at.
 */
export function shareOf(event: unknown): IcbShare | undefined {
  if (!event || typeof event !== "object" || !("icbId" in event)) return undefined;
  const { icbId, at, afterSiteId, untilSiteId, retry } = event as Record<string, unknown>;
  if (typeof icbId !== "string" || !id.test(icbId)) throw new Error("Not an ICB's share: icbId");
  if (typeof at !== "string" || !instant.test(at) || Number.isNaN(Date.parse(at))) {
    throw new Error("Not an ICB's share: at");
  }
  const share: IcbShare = { icbId, at };
  for (const [field, value] of [
    ["afterSiteId", afterSiteId],
    ["untilSiteId", untilSiteId],
  ] as const) {
    if (value === undefined) continue;
    if (typeof value !== "string" || !id.test(value))
      throw new Error(`Not an ICB's share: ${field}`);
    share[field] = value;
  }
  if (retry !== undefined) {
    if (!Number.isInteger(retry) || (retry as number) < 1 || (retry as number) > shareRetries) {
      throw new Error("Not an ICB's share: retry");
    }
    share.retry = retry as number;
  }
  return share;
}

/** An asynchronous invocation of this same function (InvocationType Event) per share. */
export function lambdaDispatch(client: Pick<LambdaClient, "send">, functionArn: string) {
  return async (share: IcbShare): Promise<void> => {
    const result = await client.send(
      new InvokeCommand({
        FunctionName: functionArn,
        InvocationType: "Event",
        Payload: new TextEncoder().encode(JSON.stringify(share)),
      }),
    );
    if (result.StatusCode !== 202) throw new Error(`Lambda answered ${result.StatusCode}`);
  };
}

/**
 * How this function hands shares on, read at cold start: "lambda" (the stacks set it on
 * fanned-out jobs) invokes itself asynchronously; unset or "in-process" (the local runner,
 * tests) does every share in the one invocation. Anything else stops the function, naming it.
 */
export function shareDispatchFromEnv(
  env: Record<string, string | undefined>,
): (functionArn: string) => ShareDispatch | undefined {
  const mode = env[envNames.jobFanOut] || "in-process";
  if (mode === "in-process") return () => undefined;
  if (mode !== "lambda") {
    throw new Error(`${envNames.jobFanOut} must be lambda or in-process; it is "${mode}"`);
  }
  const client = new LambdaClient({});
  return (functionArn) => lambdaDispatch(client, functionArn);
}

/** Room left at the end of a worker's invocation for the site in hand and the hand-on. */
export const workerReserveMs = 4_000;

type Totals = Record<string, number>;

function addInto(totals: Totals, result: object): void {
  for (const [key, value] of Object.entries(result)) {
    if (typeof value === "number") totals[key] = (totals[key] ?? 0) + value;
  }
}

/**
 * Runs a fanned-out job for one invocation. As a worker (the event is a share): does the share,
 * hands what is left to a new invocation, hands the stretch it did to a bounded retry share
 * when some pieces failed (at most `shareRetries` times), and logs the ICB's counts. As the
 * dispatcher: dispatches every ICB — counting the ones it could not hand on — or, in-process,
 * does them all here, counting an ICB whose work threw as one failure and going on.
 */
export async function runFanOutJob<R extends JobTally>(
  logger: Logger,
  job: FanOutJob<R>,
  event: unknown,
  options: { dispatch?: ShareDispatch; timeLeft: () => boolean; now: () => Date },
): Promise<JobTally & Record<string, unknown>> {
  const share = shareOf(event);
  const { dispatch, timeLeft } = options;
  if (share && dispatch) {
    const { resumeAfter, lastSiteId, ...result } = await job.work(share, timeLeft);
    if (resumeAfter) await dispatch({ ...share, afterSiteId: resumeAfter });
    const counts: Totals = { handedOn: resumeAfter ? 1 : 0, retrying: 0 };
    addInto(counts, result);
    const retry = share.retry ?? 0;
    if ((counts.failed ?? 0) > 0 && retry < shareRetries) {
      // The stretch done here, again, in a new invocation bounded to it: no second chain of
      // hand-ons starts, as one would if Lambda retried this event after its hand-on. With no
      // site done (the ICB's sites could not be read), nothing was handed on: the whole share.
      const { afterSiteId, untilSiteId } = share;
      const until = lastSiteId ?? untilSiteId;
      await dispatch({
        icbId: share.icbId,
        at: share.at,
        ...(afterSiteId ? { afterSiteId } : {}),
        ...(until ? { untilSiteId: until } : {}),
        retry: retry + 1,
      });
      counts.retrying = 1;
    }
    // Never thrown: a failed share is retried above, then left to the log (at error level).
    const detail = { ...counts, icbId: share.icbId, retry };
    if ((counts.failed ?? 0) > 0) logger.error(`${job.name} for an ICB, some not`, detail);
    else logger.info(`${job.name} for an ICB`, detail);
    return { failed: 0, ...detail };
  }
  const at = options.now().toISOString();
  const shares = share ? [share] : (await job.icbIds()).map((icbId) => ({ icbId, at }));
  const totals: Totals = { icbs: shares.length, failed: 0, failedIcbs: 0 };
  for (const first of shares) {
    const { icbId } = first;
    try {
      if (dispatch) {
        await dispatch(first);
        totals.dispatched = (totals.dispatched ?? 0) + 1;
        continue;
      }
      let next: IcbShare | undefined = first;
      while (next) {
        const {
          resumeAfter,
          lastSiteId: _last,
          ...result
        }: ShareResult<R> = await job.work(next, timeLeft);
        addInto(totals, result);
        next = resumeAfter ? { ...first, afterSiteId: resumeAfter } : undefined;
      }
    } catch (error) {
      // In-process, as in every job, only the store's "busy or unreachable" is counted and
      // passed over; anything else is a fault in the code. Any failure to hand on is counted.
      if (!dispatch && !isRetryableStoreError(error)) throw error;
      // One ICB's failure must not stop the others.
      logger.warn(`${job.name}: an ICB's share failed`, {
        icbId,
        error: error instanceof Error ? error.name : "unknown",
      });
      totals.failed = (totals.failed ?? 0) + 1;
      totals.failedIcbs = (totals.failedIcbs ?? 0) + 1;
    }
  }
  return finishJob(logger, job.name, { failed: 0, ...totals });
}
