import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { keys } from "../keys.ts";
import { queryAll } from "../query.ts";

/**
 * Shards per counter. A write picks one at random, so concurrent transactions that count the
 * same thing rarely touch the same item (real DynamoDB cancels both with TransactionConflict)
 * and a group's writes spread over this many partition keys. docs/data-model.md ("Counting
 * without hot keys") has the arithmetic. Raising it later is safe (readers sum every shard up to
 * it, and older shards stay within that range); lowering it would hide counts.
 */
export const counterShards = 16;

export interface CounterKey {
  /**
   * The counter's family, read as one range: e.g. `COUNTS#<icbId>` for an ICB's daily counts,
   * `PHB#<icbId>` for personal health budget decisions. Spelled by a key builder in keys.ts.
   */
  group: string;
  /** The counter within its group, sortable: e.g. `<localDate>#<siteId>#<service>`. */
  name: string;
  /** What the counter is for (ICB, site, date…), stored on each shard and given back on read. */
  scope?: Readonly<Record<string, unknown>>;
}

export type CounterDeltas = Readonly<Record<string, number | undefined>>;

/** A counter's figures: every shard's numbers summed. */
export interface CounterTotals {
  name: string;
  scope: Readonly<Record<string, unknown>> | undefined;
  counts: Readonly<Record<string, number>>;
}

/** A shard between 0 and `shards` − 1 from a random number in [0, 1). */
export function shardOf(random: number, shards = counterShards): number {
  return Math.min(shards - 1, Math.max(0, Math.floor(random * shards)));
}

/**
 * A TransactWriteItems entry that adds `deltas` to one shard of a counter, chosen at random: put
 * it in the same transaction as the change it counts, so the count is exact and moves with the
 * change or not at all. Unconditional (`ADD` creates the numbers and the shard).
 *
 * ```ts
 * // keys.ts spells the key: phbCounts: (icbId, localDate, siteId) =>
 * //   ({ group: `PHB#${icbId}`, name: `${localDate}#${siteId}` })
 * const counter = { ...keys.phbCounts(icbId, localDate, siteId), scope: { icbId, localDate, siteId } };
 * await db.send(new TransactWriteCommand({ TransactItems: [
 *   decisionPut,
 *   counterUpdate(tableName, counter, { decided: 1, approved: 1 }),
 * ]}));
 * // The dashboard: every site's figures for a week, summed over the shards.
 * const rows = await readCounters(db, tableName, `PHB#${icbId}`, { from: `${monday}#`, to: `${sunday}#~` });
 * ```
 *
 * One transaction may update two counters (different names) but not the same one twice: merge
 * the deltas first. Deltas may be negative (an unblocked slot); zeros are left out, and at
 * least one must be non-zero.
 */
export function counterUpdate(
  tableName: string,
  counter: CounterKey,
  deltas: CounterDeltas,
  random: () => number = Math.random,
) {
  const changes = Object.entries(deltas).filter(
    (entry): entry is [string, number] => entry[1] !== 0 && entry[1] !== undefined,
  );
  if (changes.length === 0) throw new Error("a count update needs at least one non-zero delta");
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const adds = changes.map(([name, delta], index) => {
    names[`#c${index}`] = name;
    values[`:c${index}`] = delta;
    return `#c${index} :c${index}`;
  });
  let set = "";
  if (counter.scope) {
    names["#scope"] = "scope";
    values[":scope"] = counter.scope;
    set = "SET #scope = if_not_exists(#scope, :scope) ";
  }
  return {
    Update: {
      TableName: tableName,
      Key: keys.counterShard(counter.group, shardOf(random()), counter.name),
      UpdateExpression: `${set}ADD ${adds.join(", ")}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}

/**
 * Shard items summed per counter name, in name order. Every number on an item is a count; the
 * key attributes are strings and the scope a map, so nothing else is mistaken for one.
 */
export function sumShards(items: readonly Record<string, unknown>[]): CounterTotals[] {
  const totals = new Map<
    string,
    { scope?: Record<string, unknown>; counts: Record<string, number> }
  >();
  for (const item of items) {
    const name = String(item.sk);
    const entry = totals.get(name) ?? { counts: {} };
    entry.scope ??= item.scope as Record<string, unknown> | undefined;
    for (const [attribute, value] of Object.entries(item)) {
      if (typeof value === "number")
        entry.counts[attribute] = (entry.counts[attribute] ?? 0) + value;
    }
    totals.set(name, entry);
  }
  return [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, entry]) => ({ name, scope: entry.scope, counts: entry.counts }));
}

export interface CounterRange {
  /** Names from `from` to `to`, inclusive, as strings compare. */
  from: string;
  to: string;
  /** Partitions that hold unsharded counters of the same names, read and summed alike. */
  alsoPartitions?: readonly string[];
}

/**
 * A group's counters whose names fall in a range, each summed over its shards: one Query per
 * shard, all at once (one round trip). Its cost is counters × shards written, never the number
 * of changes counted.
 */
export async function readCounters(
  db: DynamoDBDocumentClient,
  tableName: string,
  group: string,
  range: CounterRange,
): Promise<CounterTotals[]> {
  const partitions = [
    ...Array.from({ length: counterShards }, (_, shard) => keys.counterShard(group, shard, "").pk),
    ...(range.alsoPartitions ?? []),
  ];
  const pages = await Promise.all(
    partitions.map((pk) =>
      queryAll(db, {
        TableName: tableName,
        KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
        ExpressionAttributeValues: { ":pk": pk, ":from": range.from, ":to": range.to },
      }),
    ),
  );
  return sumShards(pages.flat());
}
