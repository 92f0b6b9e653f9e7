import type { RetryErrorInfo, RetryToken } from "@smithy/types";
import { describe, expect, it } from "vitest";
import { isRetryableStoreError, StoreRetryStrategy, storeRetryChannel } from "./retry.ts";

const named = (name: string, extra: object = {}) =>
  Object.assign(new Error(name), { name, ...extra });
const cancelled = (...codes: string[]) =>
  named("TransactionCanceledException", { CancellationReasons: codes.map((Code) => ({ Code })) });

describe("isRetryableStoreError", () => {
  it("retries conflicts, throttling, 5xx, timeouts and lost connections", () => {
    for (const error of [
      cancelled("None", "TransactionConflict"),
      cancelled("ThrottlingError", "None", "None"),
      cancelled("TransactionConflict", "ThrottlingError"),
      named("TransactionConflictException"),
      named("ThrottlingException"),
      named("ProvisionedThroughputExceededException"),
      named("RequestLimitExceeded"),
      named("InternalServerError", { $metadata: { httpStatusCode: 500 } }),
      named("SomethingNew", { $metadata: { httpStatusCode: 503 } }),
      named("TimeoutError", { code: "ETIMEDOUT" }),
      named("Error", { code: "ECONNREFUSED" }),
      named("Error", { cause: named("Error", { code: "ECONNRESET" }) }),
    ]) {
      expect(isRetryableStoreError(error), `${error.name} ${JSON.stringify(error)}`).toBe(true);
    }
  });

  it("never retries a condition that failed, a bad request or anything unknown", () => {
    for (const error of [
      cancelled("ConditionalCheckFailed", "None"),
      cancelled("TransactionConflict", "ConditionalCheckFailed"),
      cancelled("None", "ValidationError"),
      cancelled(),
      named("TransactionCanceledException"),
      named("ConditionalCheckFailedException", { $metadata: { httpStatusCode: 400 } }),
      named("ValidationException", { $metadata: { httpStatusCode: 400 } }),
      named("ResourceNotFoundException"),
      named("AbortError", { code: "ECONNRESET" }),
      new Error("anything"),
      undefined,
      "TimeoutError",
    ]) {
      expect(isRetryableStoreError(error), JSON.stringify(error)).toBe(false);
    }
  });
});

describe("StoreRetryStrategy", () => {
  const policy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 300, maxTotalMs: 10_000 };
  const conflict: RetryErrorInfo = {
    error: named("TransactionConflictException") as never,
    errorType: "TRANSIENT",
  };

  async function delays(strategy: StoreRetryStrategy, info = conflict): Promise<number[]> {
    let token: RetryToken = await strategy.acquireInitialRetryToken("");
    const seen: number[] = [];
    for (;;) {
      try {
        token = await strategy.refreshRetryTokenForRetry(token, info);
      } catch {
        return seen;
      }
      seen.push(token.getRetryDelay());
    }
  }

  it("draws each delay from zero to a cap that doubles up to the maximum, for a bounded number of attempts", async () => {
    expect(await delays(new StoreRetryStrategy(policy, () => 0.999_999))).toEqual([
      99, 199, 299, 299,
    ]);
    expect(await delays(new StoreRetryStrategy(policy, () => 0.5))).toEqual([50, 100, 150, 150]);
    expect(await delays(new StoreRetryStrategy(policy, () => 0))).toEqual([0, 0, 0, 0]);
  });

  it("tells the retry channel of each retry it grants, and of none it refuses", async () => {
    const seen: unknown[] = [];
    const listen = (message: unknown) => seen.push(message);
    storeRetryChannel.subscribe(listen);
    try {
      await delays(new StoreRetryStrategy(policy, () => 0));
    } finally {
      storeRetryChannel.unsubscribe(listen);
    }
    expect(seen).toEqual(
      [1, 2, 3, 4].map((retry) => ({ retry, errorName: "TransactionConflictException" })),
    );
  });

  it("starts no retry that would end past the time allowed", async () => {
    let clock = 0;
    const strategy = new StoreRetryStrategy(
      { ...policy, maxTotalMs: 1_000 },
      () => 0.999_999,
      () => clock,
    );
    let token = await strategy.acquireInitialRetryToken();
    clock = 650;
    token = await strategy.refreshRetryTokenForRetry(token, conflict);
    expect(token.getRetryDelay()).toBe(99);
    clock = 850;
    await expect(strategy.refreshRetryTokenForRetry(token, conflict)).rejects.toThrow();
  });

  it("does not retry an error that is not retryable", async () => {
    const failed = {
      error: cancelled("ConditionalCheckFailed") as never,
      errorType: "CLIENT_ERROR",
    } as const;
    expect(await delays(new StoreRetryStrategy(policy), failed)).toEqual([]);
  });
});
