import { createHash } from "node:crypto";
import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import {
  type DynamoDBDocumentClient,
  GetCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from "@aws-sdk/lib-dynamodb";
import { plainItem } from "./attribute-values.ts";
import { tableDefinition } from "./table-definition.ts";

/**
 * Idempotency inside the business transaction: a creating POST's answer is saved by the same
 * TransactWriteItems that makes what it created, under a key of its own
 * (`IDEMPOTENCY#<route>#<hash of caller and Idempotency-Key>`), on condition that the key is
 * unused. A repeat's transaction is refused on that condition and DynamoDB hands back the
 * record (ReturnValuesOnConditionCheckFailure), so the repeat answers what the first did
 * without another read; two at once, one transaction wins and the other answers its answer.
 * One write per request, where Powertools' record was a Put before and an Update after.
 */

type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

/** What the HTTP glue answered: saved with the write, answered again to a repeat. */
export interface StoredAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** The route's answer as a handler returns it (the status may be the route's default). */
export interface AnswerToStore {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

/**
 * This key was answered before: the stored answer, and the hash of the request that got it
 * (a different hash is a key reused for another request: 422, never the stored answer).
 */
export class AnsweredBefore extends Error {
  override readonly name = "AnsweredBefore";
  constructor(
    readonly answer: StoredAnswer,
    readonly requestHash: string,
  ) {
    super("This Idempotency-Key was answered before");
  }
}

/** One request's idempotency record, given by the HTTP glue to the store write that saves it. */
export interface OnceRecord {
  /**
   * Settles once the early look for the record (a consistent GetItem sent as the request
   * arrived, beside the handler's own reads) found nothing; rejects with AnsweredBefore when it
   * found one, so a plain retry is answered without attempting anything.
   */
  readonly unanswered: Promise<void>;
  /** The transaction entry saving this answer, refused if the key was used meanwhile. */
  put(answer: AnswerToStore): TransactItem;
  /** Whether a write has asked for the entry. */
  readonly used: boolean;
  /**
   * Takes over the early look, when it has not gone yet: the handler reads the record's key in
   * its own batch of reads (one call, not two) and settles the look with what that found, or
   * fails it with the batch's error. Undefined once the look has gone on its own, which it does
   * as soon as the handler's synchronous start is over (a microtask).
   */
  claimLook(): LookClaim | undefined;
  /** The hash of this request's body: a stored answer with another was for another request. */
  readonly requestHash: string;
}

/** The early look, taken over by a handler's own batch of reads. */
export interface LookClaim {
  key: Record<string, string>;
  /** What the batch found at the key (undefined when nothing). */
  found(item: Record<string, unknown> | undefined): void;
  /** The batch failed: the look failed with it (no answer; the write still checks). */
  failed(error: unknown): void;
}

/** A store write that saves its answer: the record, and the answer made of what it created. */
export interface OnceWrite<Made> {
  record: OnceRecord;
  answer: (made: Made) => AnswerToStore;
}

export const idempotencyRecordTtlSeconds = 24 * 60 * 60;

export function idempotencyRecordKey(routeId: string, callerKey: string) {
  const hash = createHash("sha256").update(callerKey).digest("base64url");
  return {
    [tableDefinition.partitionKey]: `IDEMPOTENCY#${routeId}#${hash}`,
    [tableDefinition.sortKey]: "IDEMPOTENCY",
  };
}

/** The hash of a request body a key was first used with (canonical JSON of the parsed body). */
export function requestHashOf(body: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify(body ?? null))
    .digest("base64url");
}

/**
 * The record for one request: looked for at once (consistently), and written, when a store
 * write asks for its entry, with that write's transaction.
 */
export function onceRecord(
  db: DynamoDBDocumentClient,
  tableName: string,
  input: {
    routeId: string;
    callerKey: string;
    requestHash: string;
    defaultStatus: number;
    now: Date;
    ttlSeconds?: number;
  },
): OnceRecord {
  const key = idempotencyRecordKey(input.routeId, input.callerKey);
  const nowSeconds = Math.floor(input.now.getTime() / 1000);
  let settle: { found(item?: Record<string, unknown>): void; failed(error: unknown): void };
  const unanswered = new Promise<Record<string, unknown> | undefined>((found, failed) => {
    settle = { found, failed };
  }).then((item) => {
    const earlier = item ? answeredBeforeOf(item, nowSeconds) : undefined;
    if (earlier) throw earlier;
  });
  // Handlers that answer without a write never wait for it: no unhandled rejection.
  unanswered.catch(() => {});
  // The look goes on its own once the handler's synchronous start is over, beside the
  // handler's first reads, unless the handler has claimed it for its own batch by then.
  let look: "waiting" | "claimed" | "sent" = "waiting";
  queueMicrotask(() => {
    if (look !== "waiting") return;
    look = "sent";
    db.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true })).then(
      ({ Item }) => settle.found(Item),
      (error: unknown) => settle.failed(error),
    );
  });
  let used = false;
  return {
    unanswered,
    claimLook() {
      if (look !== "waiting") return undefined;
      look = "claimed";
      return { key, found: (item) => settle.found(item), failed: (error) => settle.failed(error) };
    },
    requestHash: input.requestHash,
    get used() {
      return used;
    },
    put(answer) {
      used = true;
      const stored: StoredAnswer = {
        status: answer.status ?? input.defaultStatus,
        body: answer.body,
        ...(answer.headers ? { headers: answer.headers } : {}),
      };
      return {
        Put: {
          TableName: tableName,
          Item: {
            ...key,
            type: "idempotency",
            routeId: input.routeId,
            requestHash: input.requestHash,
            // As a string: a body may hold what DynamoDB's types cannot (empty sets, undefined).
            answer: JSON.stringify(stored),
            createdAt: input.now.toISOString(),
            [tableDefinition.timeToLiveAttribute]:
              nowSeconds + (input.ttlSeconds ?? idempotencyRecordTtlSeconds),
          },
          // An expired record TTL has not yet deleted is as good as none.
          ConditionExpression: "attribute_not_exists(#pk) OR #ttl < :now",
          ExpressionAttributeNames: {
            "#pk": tableDefinition.partitionKey,
            "#ttl": tableDefinition.timeToLiveAttribute,
          },
          ExpressionAttributeValues: { ":now": nowSeconds },
          ReturnValuesOnConditionCheckFailure: "ALL_OLD",
        },
      };
    },
  };
}

/** A record as read: its answer, unless it has expired (TTL deletes within days, not at once). */
function answeredBeforeOf(
  item: Record<string, unknown>,
  nowSeconds: number,
): AnsweredBefore | undefined {
  const expires = Number(item[tableDefinition.timeToLiveAttribute] ?? 0);
  if (expires < nowSeconds || typeof item.answer !== "string") return undefined;
  return new AnsweredBefore(JSON.parse(item.answer) as StoredAnswer, String(item.requestHash));
}

/**
 * Sends a transaction with the request's idempotency record last, when there is one: first
 * waits for the early look (a retry already answered goes no further), then writes. When the
 * record's condition failed (its key was used meanwhile), throws AnsweredBefore with the record
 * DynamoDB returned, whatever else failed with it; any other failure is thrown as it came, for
 * the store function to read its own items' reasons (they keep their indexes).
 */
export async function transactWithRecord(
  db: DynamoDBDocumentClient,
  items: TransactItem[],
  once: { record: OnceRecord; answer: AnswerToStore } | undefined,
): Promise<void> {
  if (!once) {
    await db.send(new TransactWriteCommand({ TransactItems: items }));
    return;
  }
  await once.record.unanswered;
  const at = items.length;
  try {
    await db.send(
      new TransactWriteCommand({ TransactItems: [...items, once.record.put(once.answer)] }),
    );
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      const reason = error.CancellationReasons?.[at];
      if (reason?.Code === "ConditionalCheckFailed" && reason.Item) {
        const earlier = answeredBeforeOf(plainItem(reason.Item), 0);
        if (earlier) throw earlier;
      }
    }
    throw error;
  }
}
