import { BatchGetCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { OnceRecord } from "./idempotency-records.ts";
import { type RetryPolicy, StoreRetryStrategy, storeRetryPolicy } from "./retry.ts";
import { tableDefinition } from "./table-definition.ts";

/** A table key as the document client takes it. */
export type ItemKey = Record<string, string>;

/**
 * Keys BatchGetItem handed back unread after the store's retries: DynamoDB was throttling the
 * table (or a partition) all that time. Named as DynamoDB's own throttling error, so the HTTP
 * glue answers it as every other retryable store failure: 503 with Retry-After.
 */
export class UnprocessedReads extends Error {
  override readonly name = "ProvisionedThroughputExceededException";
  constructor(readonly unread: number) {
    super(`${unread} keys were still unprocessed by BatchGetItem after the store's retries`);
  }
}

const keyOf = (item: Record<string, unknown>) =>
  `${String(item[tableDefinition.partitionKey])}\u0000${String(item[tableDefinition.sortKey])}`;

/**
 * Several items in one round trip: BatchGetItem of the keys (at most 100), the answer in the
 * keys' order (undefined for an item that is not there). Consistent when asked, for the whole
 * batch (DynamoDB sets ConsistentRead per table). Keys DynamoDB leaves unprocessed (throttling)
 * are asked for again after the store's backoff (retry.ts: capped exponential, full jitter);
 * still unread when that gives up, the read fails with UnprocessedReads (a 503), never a
 * silent "not found". The client's own retry policy covers the call's errors as for any call.
 */
export async function getItems(
  db: DynamoDBDocumentClient,
  tableName: string,
  keys: readonly ItemKey[],
  options: {
    consistent?: boolean;
    retry?: Partial<RetryPolicy>;
    sleep?: (ms: number) => Promise<void>;
  } = {},
): Promise<(Record<string, unknown> | undefined)[]> {
  const wanted = new Map<string, ItemKey>();
  for (const key of keys) wanted.set(keyOf(key), key);
  if (wanted.size > 100) throw new Error("BatchGetItem reads at most 100 keys");
  const found = new Map<string, Record<string, unknown>>();
  const strategy = new StoreRetryStrategy({ ...storeRetryPolicy, ...options.retry });
  const sleep = options.sleep ?? ((ms: number) => new Promise((done) => setTimeout(done, ms)));
  let token = await strategy.acquireInitialRetryToken();
  let pending = [...wanted.values()];
  while (pending.length > 0) {
    const result = await db.send(
      new BatchGetCommand({
        RequestItems: {
          [tableName]: { Keys: pending, ...(options.consistent ? { ConsistentRead: true } : {}) },
        },
      }),
    );
    for (const item of result.Responses?.[tableName] ?? []) found.set(keyOf(item), item);
    pending = (result.UnprocessedKeys?.[tableName]?.Keys ?? []) as ItemKey[];
    if (pending.length === 0) break;
    try {
      token = await strategy.refreshRetryTokenForRetry(token, {
        errorType: "THROTTLING",
        error: Object.assign(new UnprocessedReads(pending.length), { cause: undefined }),
      });
    } catch {
      throw new UnprocessedReads(pending.length);
    }
    await sleep(token.getRetryDelay());
  }
  return keys.map((key) => found.get(keyOf(key)));
}

/**
 * A handler's first reads (consistent) with its request's Idempotency-Key record, in one
 * BatchGetItem: the HTTP glue's early look for the record, claimed before the first await so its
 * own GetItem never goes, is settled with what the batch found (or fails with the batch).
 */
export async function getItemsWithRecord(
  db: DynamoDBDocumentClient,
  tableName: string,
  wanted: readonly ItemKey[],
  once: Pick<OnceRecord, "claimLook"> | undefined,
): Promise<(Record<string, unknown> | undefined)[]> {
  const look = once?.claimLook();
  let found: (Record<string, unknown> | undefined)[];
  try {
    found = await getItems(db, tableName, look ? [...wanted, look.key] : wanted, {
      consistent: true,
    });
  } catch (error) {
    look?.failed(error);
    throw error;
  }
  if (look) look.found(found[wanted.length]);
  return found.slice(0, wanted.length);
}
