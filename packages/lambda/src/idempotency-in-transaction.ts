import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { onceRecord, requestHashOf } from "@front-door/store/idempotency-records";
import type { InTransactionIdempotency } from "./idempotency-types.ts";

/**
 * Idempotency saved inside the route's own transaction (see @front-door/store's
 * idempotency-records): for routes whose handler passes `request.once` to the store write that
 * makes what the route creates. One consistent GetItem as the request arrives, beside the
 * handler's reads, and the record's Put inside the write: no call of its own after it.
 */
export function idempotencyInTransaction(store: {
  db: DynamoDBDocumentClient;
  tableName: string;
  /** How long a key is remembered; 24 hours unless told otherwise. */
  ttlSeconds?: number;
  now?: () => Date;
}): InTransactionIdempotency {
  return {
    kind: "in-transaction",
    begin: ({ routeId, callerKey, body, defaultStatus }) =>
      onceRecord(store.db, store.tableName, {
        routeId,
        callerKey,
        requestHash: requestHashOf(body),
        defaultStatus,
        now: store.now?.() ?? new Date(),
        ...(store.ttlSeconds ? { ttlSeconds: store.ttlSeconds } : {}),
      }),
  };
}
