import { dueMessages, outboxShardList } from "@front-door/store";
import { type JobTally, tryPiece } from "../job-run.ts";
import { type DeliverDeps, deliverMessage } from "./deliver-messages.ts";

export interface DueMessagesResult extends JobTally {
  /** Messages found due in the sweep's index. */
  due: number;
  sent: number;
  /** Put back by a provider that said "not now", with a later attempt. */
  backingOff: number;
  /** Settled as failed: every attempt used, or a provider that refused for good. */
  undeliverable: number;
  /** Due but taken meanwhile (the stream, another sweep) or not due after all. */
  skipped: number;
  /** Due but left for the next run because this one ran out of time. */
  leftForNextRun: number;
}

/**
 * The delivery sweep, every minute: finds the messages the stream did not finish — backing off
 * after a throttling provider, held by a delivery that died before its lease ran out, or never
 * delivered by the stream at all — and delivers each through the same claim as the stream does,
 * so a message the stream is sending at the same moment is sent once. The index's partitions
 * are swept side by side, each in order of when its messages fell due; the sweep starts nothing
 * once `timeLeft` says the invocation's time is nearly up, and the next run goes on from there.
 */
export async function deliverDueMessages(
  deps: DeliverDeps & { timeLeft: () => boolean },
): Promise<DueMessagesResult> {
  const result: DueMessagesResult = {
    due: 0,
    sent: 0,
    backingOff: 0,
    undeliverable: 0,
    skipped: 0,
    leftForNextRun: 0,
    failed: 0,
  };
  const now = deps.now();
  await Promise.all(
    outboxShardList.map(async (shard) => {
      const due = await tryPiece(result, () => dueMessages(deps.db, deps.tableName, shard, now));
      for (const key of due ?? []) {
        result.due += 1;
        if (!deps.timeLeft()) {
          result.leftForNextRun += 1;
          continue;
        }
        const outcome = await tryPiece(result, () => deliverMessage(deps, key));
        if (outcome?.kind === "skipped") result.skipped += 1;
        if (outcome?.kind === "retry-later") result.backingOff += 1;
        if (outcome?.kind === "settled") {
          if (outcome.status === "failed") result.undeliverable += 1;
          else result.sent += 1;
        }
      }
    }),
  );
  return result;
}
