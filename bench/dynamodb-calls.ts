import { type Channel, channel } from "node:diagnostics_channel";
import type { ClientRequest } from "node:http";

/** DynamoDB calls by operation (GetItem, TransactWriteItems, …). */
export type CallCounts = Record<string, number>;

export interface DynamoDbCallCounter {
  /** Calls seen since the counter started. */
  counts(): CallCounts;
  stop(): void;
}

/**
 * Counts every DynamoDB request this process sends, whichever client sends it (the handler
 * modules build their own), from Node's own HTTP client channel: the SDK's X-Amz-Target header
 * names the operation. Nothing in the product is changed or wrapped.
 */
export function countDynamoDbCalls(): DynamoDbCallCounter {
  const counts: CallCounts = {};
  const requests: Channel = channel("http.client.request.start");
  const onRequest = (message: unknown) => {
    const { request } = message as { request: ClientRequest };
    const target = request.getHeader("x-amz-target");
    if (typeof target !== "string" || !target.startsWith("DynamoDB_")) return;
    const operation = target.slice(target.indexOf(".") + 1);
    counts[operation] = (counts[operation] ?? 0) + 1;
  };
  requests.subscribe(onRequest);
  return {
    counts: () => ({ ...counts }),
    stop: () => requests.unsubscribe(onRequest),
  };
}

/** What happened between two snapshots. */
export function callsBetween(before: CallCounts, after: CallCounts): CallCounts {
  const delta: CallCounts = {};
  for (const [operation, count] of Object.entries(after)) {
    const change = count - (before[operation] ?? 0);
    if (change > 0) delta[operation] = change;
  }
  return delta;
}

export const totalCalls = (counts: CallCounts) =>
  Object.values(counts).reduce((sum, count) => sum + count, 0);

/** "GetItem 3, TransactWriteItems 1" in a stable order. */
export function describeCalls(counts: CallCounts): string {
  return Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([operation, count]) => `${operation} ${count}`)
    .join(", ");
}
