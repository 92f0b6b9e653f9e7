import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import {
  type AdviceAwaitingRow,
  type AdviceCountedState,
  type AdviceDayRow,
  adviceCountChanges,
} from "@front-door/domain";
import { counterUpdate, readCounters } from "../counts/sharded-counter.ts";
import { keys } from "../keys.ts";

export interface AdviceCountScope {
  icbId: string;
  siteId: string;
  localDate: string;
}

const openPrefix = "OPEN#";

/**
 * Every dashboard count the advice journey writes goes through here, in the change's own
 * transaction: the deltas the handler names (requests by type, diversions, first answers in
 * target, outcomes) merged with those worked out from the request before and after the change
 * (waits as hour histograms, the move in and out of the "awaiting a first answer" buckets by
 * due minute). Each lands on one shard of its counter (counts/sharded-counter.ts): no item takes
 * every request of a busy site. Nothing when nothing moves.
 */
export function adviceCountUpdates(
  tableName: string,
  scope: AdviceCountScope,
  deltas: Readonly<Record<string, number>>,
  states?: { before: AdviceCountedState | undefined; after: AdviceCountedState },
) {
  const changes = states ? adviceCountChanges(states.before, states.after) : undefined;
  const daily: Record<string, number> = { ...deltas };
  for (const [name, by] of Object.entries(changes?.daily ?? {})) {
    daily[name] = (daily[name] ?? 0) + by;
  }
  const counter = (name: string, extra: Record<string, string>) => ({
    ...keys.adviceCounts(scope.icbId, name, scope.siteId),
    scope: { icbId: scope.icbId, siteId: scope.siteId, ...extra },
  });
  return [
    ...(Object.values(daily).some((by) => by !== 0)
      ? [counterUpdate(tableName, counter(scope.localDate, { localDate: scope.localDate }), daily)]
      : []),
    ...(changes?.awaiting ?? []).map((move) =>
      counterUpdate(tableName, counter(`${openPrefix}${move.dueAt}`, { dueAt: move.dueAt }), {
        awaiting: move.by,
      }),
    ),
  ];
}

/**
 * What the advice section reads, in two range reads of the ICB's counters made at once: the
 * days in the range, and every "awaiting a first answer" bucket. The cost is counters × shards
 * written (sites × days, and sites × due minutes), never the number of requests.
 */
export async function readAdviceCounts(
  db: DynamoDBDocumentClient,
  tableName: string,
  icbId: string,
  range: { from: string; to: string },
): Promise<{ days: AdviceDayRow[]; awaiting: AdviceAwaitingRow[] }> {
  const group = keys.adviceCounts(icbId, "", "").group;
  const [days, open] = await Promise.all([
    readCounters(db, tableName, group, { from: `${range.from}#`, to: `${range.to}#~` }),
    readCounters(db, tableName, group, { from: openPrefix, to: `${openPrefix}~` }),
  ]);
  const site = (name: string) => name.slice(name.lastIndexOf("#") + 1);
  return {
    days: days.map((c) => ({
      localDate: c.name.slice(0, 10),
      siteId: site(c.name),
      counts: c.counts,
    })),
    awaiting: open.map((c) => ({
      siteId: site(c.name),
      dueAt: c.name.slice(openPrefix.length, c.name.lastIndexOf("#")),
      count: c.counts.awaiting ?? 0,
    })),
  };
}
