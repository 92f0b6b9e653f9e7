import { type Channel, channel } from "node:diagnostics_channel";
import type { ClientRequest } from "node:http";
import { dynamoDbRequestChannelName } from "@front-door/local";

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
 * names the operation. Nothing in the product is changed or wrapped. Handlers on the local
 * runner's function threads send from their own threads; the runner publishes each of those
 * requests' operation here as well.
 */
export function countDynamoDbCalls(): DynamoDbCallCounter {
  const counts: CallCounts = {};
  const count = (operation: string) => {
    counts[operation] = (counts[operation] ?? 0) + 1;
  };
  const requests: Channel = channel("http.client.request.start");
  const onRequest = (message: unknown) => {
    const { request } = message as { request: ClientRequest };
    const target = request.getHeader("x-amz-target");
    if (typeof target !== "string" || !target.startsWith("DynamoDB_")) return;
    count(target.slice(target.indexOf(".") + 1));
  };
  const fromThreads: Channel = channel(dynamoDbRequestChannelName);
  const onThreadRequest = (message: unknown) => count((message as { operation: string }).operation);
  requests.subscribe(onRequest);
  fromThreads.subscribe(onThreadRequest);
  return {
    counts: () => ({ ...counts }),
    stop: () => {
      requests.unsubscribe(onRequest);
      fromThreads.unsubscribe(onThreadRequest);
    },
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
/** "2 (BatchGetItem 1, TransactWriteItems 1)", or "none". */
export function countAndDescribeCalls(counts: CallCounts): string {
  const total = totalCalls(counts);
  return total === 0 ? "none" : `${total} (${describeCalls(counts)})`;
}

export function describeCalls(counts: CallCounts): string {
  return Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([operation, count]) => `${operation} ${count}`)
    .join(", ");
}

/** One DynamoDB call: its operation and when it was sent and answered (performance.now()). */
export interface TimedCall {
  operation: string;
  start: number;
  end: number;
}

/**
 * Records every DynamoDB call's start and end from Node's HTTP client channels, to tell calls
 * made one after another from calls made together.
 */
export function recordDynamoDbCalls() {
  const calls: TimedCall[] = [];
  const open = new Map<ClientRequest, TimedCall>();
  const started: Channel = channel("http.client.request.start");
  const finished: Channel = channel("http.client.response.finish");
  const onStart = (message: unknown) => {
    const { request } = message as { request: ClientRequest };
    const target = request.getHeader("x-amz-target");
    if (typeof target !== "string" || !target.startsWith("DynamoDB_")) return;
    const now = performance.now();
    open.set(request, { operation: target.slice(target.indexOf(".") + 1), start: now, end: now });
  };
  const onFinish = (message: unknown) => {
    const { request } = message as { request: ClientRequest };
    const call = open.get(request);
    if (!call) return;
    open.delete(request);
    call.end = performance.now();
    calls.push(call);
  };
  started.subscribe(onStart);
  finished.subscribe(onFinish);
  return {
    /** Calls answered since `from` calls had been (an index into the record). */
    since: (from: number) => calls.slice(from),
    get length() {
      return calls.length;
    },
    stop: () => {
      started.unsubscribe(onStart);
      finished.unsubscribe(onFinish);
    },
  };
}

/**
 * Round trips made one after another: the most calls of `calls` of which each starts after the
 * one before it ended (calls sent together count once). Greedy by end time gives that most.
 */
export function sequentialRoundTrips(calls: readonly TimedCall[]): number {
  let count = 0;
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const call of [...calls].sort((a, b) => a.end - b.end)) {
    if (call.start >= lastEnd) {
      count += 1;
      lastEnd = call.end;
    }
  }
  return count;
}
