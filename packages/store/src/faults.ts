import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type {
  DeserializeHandler,
  DeserializeHandlerArguments,
  DeserializeHandlerOutput,
} from "@smithy/types";

/**
 * Fault injection for the DynamoDB client: makes DynamoDB Local behave as real DynamoDB does on
 * a bad day (conflicting transactions, throttling, 5xx, timeouts, refused connections). Used by
 * the integration tests and, when FRONT_DOOR_FAULTS asks, by the local runner; nothing in AWS
 * turns it on. The middleware sits below the SDK's deserializer, inside its retry loop, so each
 * attempt can fail on its own: service faults are answered as DynamoDB's wire responses (the
 * SDK's own deserializer turns them into its exception classes), transport faults are thrown as
 * the SDK's HTTP handler throws them. A faulted request never reaches the table, unless its
 * rule says `afterCommit` (the answer, not the request, is lost).
 */

export type FaultKind =
  /** A transaction cancelled by another (reason TransactionConflict), or a plain write to an item inside one. */
  | "conflict"
  /** A transaction cancelled with reason ThrottlingError (on-demand table), or ThrottlingException. */
  | "throttle"
  /** ProvisionedThroughputExceededException: a provisioned table or index out of capacity. */
  | "capacity"
  /** HTTP 500 InternalServerError. */
  | "server"
  /** The request timed out (the handler's TimeoutError, code ETIMEDOUT). */
  | "timeout"
  /** The connection was refused (ECONNREFUSED): DynamoDB unreachable. */
  | "connection";

export const faultKinds: readonly FaultKind[] = [
  "conflict",
  "throttle",
  "capacity",
  "server",
  "timeout",
  "connection",
];

export interface StoreKey {
  pk: string;
  sk: string;
}

export interface FaultRule {
  kind: FaultKind;
  /** Operation names, e.g. ["TransactWriteItems"]; for "conflict" writes only when absent, else every operation. */
  commands?: readonly string[];
  /** Only calls touching a key this accepts; in a transaction the first such item gets the reason. */
  key?: (key: StoreKey) => boolean;
  /** What `key` accepts when a spec gave it (parseFaultSpec's `@prefix`), for reading back. */
  keyPrefix?: string;
  /** Fault this many matching calls, then let them through (no limit when absent). */
  times?: number;
  /**
   * Let this many matching calls through before faulting any: a request's second or later write
   * fails while its first has gone in, which is how a partial write would show.
   */
  after?: number;
  /** Chance that a matching call is faulted, 0 to 1 (every one when absent). */
  rate?: number;
  /**
   * The request reaches the table and is done; then the fault is thrown in place of its answer
   * (a timeout or lost connection after DynamoDB committed): what a retry must recognise.
   */
  afterCommit?: boolean;
}

/** What the harness saw: every attempt's operation and ClientRequestToken, and what it faulted. */
export interface FaultLog {
  attempts: {
    operation: string;
    /** The items the call touches, in request order (a transaction's item order). */
    keys: (StoreKey | undefined)[];
    clientRequestToken?: string;
    fault?: FaultKind;
  }[];
  injected(kind?: FaultKind): number;
}

const writeOperations = [
  "TransactWriteItems",
  "PutItem",
  "UpdateItem",
  "DeleteItem",
  "BatchWriteItem",
  "TransactGetItems",
];

interface WireRequest {
  headers: Record<string, string>;
  body?: unknown;
}

/** Adds the fault middleware to a client (shared by any document client built on it). */
export function injectFaults(
  client: DynamoDBClient,
  rules: readonly FaultRule[],
  random: () => number = Math.random,
): FaultLog {
  const used = rules.map(() => 0);
  const passed = rules.map(() => 0);
  const attempts: FaultLog["attempts"] = [];
  const middleware =
    (next: DeserializeHandler<object, object>) =>
    async (
      args: DeserializeHandlerArguments<object>,
    ): Promise<DeserializeHandlerOutput<object>> => {
      const request = args.request as WireRequest;
      const operation = (request.headers["x-amz-target"] ?? "").split(".").pop() ?? "";
      const body = parseBody(request.body);
      const items = itemKeys(body);
      const attempt: FaultLog["attempts"][number] = {
        operation,
        keys: items,
        ...(typeof body.ClientRequestToken === "string"
          ? { clientRequestToken: body.ClientRequestToken }
          : {}),
      };
      attempts.push(attempt);
      for (const [index, rule] of rules.entries()) {
        const operations =
          rule.commands ?? (rule.kind === "conflict" ? writeOperations : undefined);
        if (operations && !operations.includes(operation)) continue;
        const at = rule.key ? items.findIndex((key) => key && rule.key?.(key)) : 0;
        if (at < 0) continue;
        if (rule.times !== undefined && (used[index] ?? 0) >= rule.times) continue;
        if (rule.rate !== undefined && random() >= rule.rate) continue;
        if (rule.after !== undefined && (passed[index] ?? 0) < rule.after) {
          passed[index] = (passed[index] ?? 0) + 1;
          continue;
        }
        used[index] = (used[index] ?? 0) + 1;
        attempt.fault = rule.kind;
        if (rule.afterCommit) await next(args);
        return fault(rule.kind, operation, items.length, at, request);
      }
      return next(args);
    };
  client.middlewareStack.add(middleware as never, {
    step: "deserialize",
    priority: "low",
    name: "frontDoorFaults",
    override: true,
  });
  return {
    attempts,
    injected: (kind) =>
      attempts.filter((attempt) => attempt.fault && (!kind || attempt.fault === kind)).length,
  };
}

const dynamodb = "com.amazonaws.dynamodb.v20120810";

function fault(
  kind: FaultKind,
  operation: string,
  itemCount: number,
  at: number,
  request: WireRequest,
): DeserializeHandlerOutput<object> {
  const transaction = operation === "TransactWriteItems" || operation === "TransactGetItems";
  switch (kind) {
    case "conflict":
      return transaction
        ? cancelled(itemCount, at, {
            Code: "TransactionConflict",
            Message: "Transaction is ongoing for the item",
          })
        : answer(400, {
            __type: `${dynamodb}#TransactionConflictException`,
            message: "Transaction is ongoing for the item",
          });
    case "throttle":
      return transaction
        ? cancelled(itemCount, at, {
            Code: "ThrottlingError",
            Message: "Throughput exceeds the current capacity of your table or index.",
          })
        : answer(400, {
            __type: "com.amazon.coral.availability#ThrottlingException",
            message: "Throughput exceeds the current capacity of your table or index.",
          });
    case "capacity":
      return answer(400, {
        __type: `${dynamodb}#ProvisionedThroughputExceededException`,
        message: "The level of configured provisioned throughput for the table was exceeded.",
      });
    case "server":
      return answer(500, {
        __type: `${dynamodb}#InternalServerError`,
        message: "Internal server error",
      });
    case "timeout":
      throw Object.assign(
        new Error(
          "@smithy/node-http-handler - [ERROR] a request has exceeded the configured requestTimeout.",
        ),
        { name: "TimeoutError", code: "ETIMEDOUT" },
      );
    case "connection": {
      const host = request.headers.host ?? "dynamodb";
      throw Object.assign(new Error(`connect ECONNREFUSED ${host}`), {
        errno: -111,
        code: "ECONNREFUSED",
        syscall: "connect",
      });
    }
  }
}

function cancelled(
  itemCount: number,
  at: number,
  reason: { Code: string; Message: string },
): DeserializeHandlerOutput<object> {
  const reasons = Array.from({ length: Math.max(itemCount, 1) }, (_, index) =>
    index === at ? reason : { Code: "None" },
  );
  return answer(400, {
    __type: `${dynamodb}#TransactionCanceledException`,
    Message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((r) => r.Code).join(", ")}]`,
    CancellationReasons: reasons,
  });
}

let requestNumber = 0;

function answer(statusCode: number, body: object): DeserializeHandlerOutput<object> {
  requestNumber += 1;
  return {
    response: {
      statusCode,
      reason: statusCode === 500 ? "Internal Server Error" : "Bad Request",
      headers: {
        "content-type": "application/x-amz-json-1.0",
        "x-amzn-requestid": `FAULT${String(requestNumber).padStart(12, "0")}`,
      },
      body: new TextEncoder().encode(JSON.stringify(body)),
    },
    output: undefined as never,
  } as DeserializeHandlerOutput<object>;
}

/** The JSON body as sent: a string, or bytes (the SDK's JSON codec hands over a Uint8Array). */
function parseBody(raw: unknown): Record<string, unknown> {
  const text =
    typeof raw === "string" ? raw : raw instanceof Uint8Array ? new TextDecoder().decode(raw) : "";
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

type Wire = Record<string, { S?: string } | undefined>;

/** The key of each item a request touches, in request order (a transaction's item order). */
function itemKeys(body: Record<string, unknown>): (StoreKey | undefined)[] {
  const keyOf = (item: Wire | undefined): StoreKey | undefined =>
    item?.pk?.S !== undefined && item.sk?.S !== undefined
      ? { pk: item.pk.S, sk: item.sk.S }
      : undefined;
  if (Array.isArray(body.TransactItems)) {
    return (body.TransactItems as Record<string, { Key?: Wire; Item?: Wire }>[]).map((entry) => {
      const action = Object.values(entry)[0];
      return keyOf(action?.Key ?? action?.Item);
    });
  }
  if (body.RequestItems && typeof body.RequestItems === "object") {
    // BatchGetItem: every table's keys, in request order.
    return Object.values(body.RequestItems as Record<string, { Keys?: Wire[] }>).flatMap(
      (request) => (request.Keys ?? []).map(keyOf),
    );
  }
  return [keyOf((body.Key ?? body.Item) as Wire | undefined)];
}

/**
 * Reads FRONT_DOOR_FAULTS: comma-separated `kind:rate` pairs, e.g. "conflict:0.05,throttle:0.01"
 * (each a chance per matching call, above 0 and at most 1), each optionally narrowed to calls
 * touching an item whose partition key starts with a prefix: "conflict:0.05@SLOT#" conflicts 5%
 * of the writes to slots (a hold's and a booking's transactions), the items a rush contends for.
 * Anything else is an error naming what was wrong, so a typo stops the runner rather than
 * running without the faults asked for.
 */
export function parseFaultSpec(spec: string): FaultRule[] {
  const rules: FaultRule[] = [];
  for (const part of spec.split(",")) {
    const match = /^([a-z]+):(0?\.\d+|1(?:\.0+)?|0\.\d+)(?:@([A-Za-z0-9_#-]+))?$/.exec(part.trim());
    const kind = match?.[1] as FaultKind | undefined;
    const rate = Number(match?.[2]);
    const prefix = match?.[3];
    if (!match || !kind || !faultKinds.includes(kind) || !(rate > 0 && rate <= 1)) {
      throw new Error(
        `"${part}" is not a fault: use kind:rate with kind one of ${faultKinds.join(", ")} and rate above 0, at most 1 (e.g. conflict:0.05), optionally @ a partition key prefix (e.g. conflict:0.05@SLOT#)`,
      );
    }
    if (rules.some((rule) => rule.kind === kind)) throw new Error(`"${kind}" is given twice`);
    rules.push(
      prefix === undefined
        ? { kind, rate }
        : { kind, rate, keyPrefix: prefix, key: (key) => key.pk.startsWith(prefix) },
    );
  }
  return rules;
}
