import { channel } from "node:diagnostics_channel";
import type { RetryErrorInfo, RetryStrategyV2, RetryToken } from "@smithy/types";

/**
 * The store's one retry policy, given to every DynamoDB client (client.ts), so every call made
 * now or later gets it. Retrying is safe because every write is conditional or idempotent:
 * TransactWriteItems carries a ClientRequestToken that the SDK fills once, when it serialises
 * the command (the serialize step, outside the retry loop in finalizeRequest), so every attempt
 * sends the same token and DynamoDB treats a retry of a transaction that did commit (its answer
 * lost to a timeout) as the same transaction for ten minutes. The faults tests check this.
 */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** The cap on the first retry's delay; it doubles each retry up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /**
   * No retry starts once this long has passed since the first attempt, or would start after it.
   * Route functions time out after 10 s (infra/src/route-function.ts) and a request makes a few
   * store calls: this plus one request timeout leaves room for the 503 to be answered.
   */
  maxTotalMs: number;
}

export const storeRetryPolicy: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 50,
  maxDelayMs: 1_000,
  maxTotalMs: 2_500,
};

/** Request-level timeouts for the HTTP handler: DynamoDB answers in milliseconds. */
export const storeTimeouts = { connectionTimeoutMs: 1_000, requestTimeoutMs: 2_000 };

/**
 * Against an emulator (DynamoDB Local, LocalStack: any explicit endpoint) on a developer's or
 * CI's busy 2-core machine, a large publish or a burst of test transactions can take seconds
 * that AWS never would: 2 s there turned slow answers into 503s. The fault harness injects
 * timeouts of its own, so the emulator's allowance changes no test of the retry policy.
 */
export const emulatorTimeouts = { connectionTimeoutMs: 5_000, requestTimeoutMs: 30_000 };

/**
 * Likewise the retry budget: DynamoDB Local answers a transaction that waited too long for its
 * lock (a busy machine, a 99-slot publish beside other writes) with a 500 after seconds, which
 * used up 2.5 s before the first retry could start. Same attempts and backoff; only the time.
 */
export const emulatorRetryBudget = { maxTotalMs: 30_000 };

/** Who may try again: the transaction that met another, throttling, 5xx, timeouts and lost connections. */
export function isRetryableStoreError(error: unknown): boolean {
  return isRetryable(error, 0);
}

const retryableNames = new Set([
  "TransactionConflictException",
  // A transaction with the same ClientRequestToken is still running: wait for it.
  "TransactionInProgressException",
  "ThrottlingException",
  "ProvisionedThroughputExceededException",
  "RequestLimitExceeded",
  "InternalServerError",
  "ServiceUnavailable",
  "TimeoutError",
  "RequestTimeout",
  "RequestTimeoutException",
]);

const retryableCodes = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/** Cancellation reasons that mean "the same transaction may succeed if sent again". */
const retryableReasons = new Set(["TransactionConflict", "ThrottlingError"]);

function isRetryable(error: unknown, depth: number): boolean {
  if (!error || typeof error !== "object") return false;
  const { name, code, $metadata, cause, CancellationReasons } = error as {
    name?: unknown;
    code?: unknown;
    $metadata?: { httpStatusCode?: number };
    cause?: unknown;
    CancellationReasons?: { Code?: string }[];
  };
  if (name === "AbortError") return false;
  if (name === "TransactionCanceledException") {
    // Only when every reason is None or a retryable one: a ConditionalCheckFailed anywhere is a
    // domain outcome for the store function to read, never something to send again.
    const codes = (CancellationReasons ?? []).map((reason) => reason?.Code ?? "None");
    return (
      codes.some((reason) => retryableReasons.has(reason)) &&
      codes.every((reason) => reason === "None" || retryableReasons.has(reason))
    );
  }
  if (typeof name === "string" && retryableNames.has(name)) return true;
  if (typeof code === "string" && retryableCodes.has(code)) return true;
  const status = $metadata?.httpStatusCode ?? 0;
  if (status >= 500 && status <= 599) return true;
  return depth < 5 && cause !== undefined && isRetryable(cause, depth + 1);
}

class AttemptToken implements RetryToken {
  constructor(
    readonly retries: number,
    readonly delay: number,
    readonly started: number,
  ) {}
  getRetryCount(): number {
    return this.retries;
  }
  getRetryDelay(): number {
    return this.delay;
  }
}

/**
 * Told of every retry the policy grants, as `{ retry, errorName }` (retry: 1 for the first):
 * benchmarks count them. Publishing costs nothing while no one subscribes.
 */
export const storeRetryChannel = channel("front-door:store-retry");

/**
 * Capped exponential backoff with full jitter (a delay drawn evenly from 0 to the cap), so
 * transactions that collided do not collide again in step. The SDK's retry middleware sleeps
 * for the token's delay before the next attempt.
 */
export class StoreRetryStrategy implements RetryStrategyV2 {
  readonly mode = "front-door";

  constructor(
    readonly policy: RetryPolicy = storeRetryPolicy,
    private readonly random: () => number = Math.random,
    private readonly now: () => number = Date.now,
  ) {}

  async acquireInitialRetryToken(_scope?: string): Promise<RetryToken> {
    return new AttemptToken(0, 0, this.now());
  }

  async refreshRetryTokenForRetry(token: RetryToken, info: RetryErrorInfo): Promise<RetryToken> {
    const { retries, started } = token as AttemptToken;
    const { maxAttempts, baseDelayMs, maxDelayMs, maxTotalMs } = this.policy;
    if (!isRetryableStoreError(info.error) || retries + 1 >= maxAttempts) {
      throw new Error("Not retried");
    }
    const cap = Math.min(maxDelayMs, baseDelayMs * 2 ** retries);
    const delay = Math.floor(this.random() * cap);
    if (this.now() - started + delay >= maxTotalMs) throw new Error("Out of time to retry");
    if (storeRetryChannel.hasSubscribers) {
      const errorName = info.error instanceof Error ? info.error.name : typeof info.error;
      storeRetryChannel.publish({ retry: retries + 1, errorName });
    }
    return new AttemptToken(retries + 1, delay, started);
  }

  recordSuccess(): void {}
}
