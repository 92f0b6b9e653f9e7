import { describe, expect, it } from "vitest";
import { deliveryBackoff, deliveryRetryWaitMs } from "./delivery-backoff.ts";

describe("deliveryRetryWaitMs", () => {
  it("doubles from one minute and stops at half an hour, at the top of the jitter", () => {
    const waits = [1, 2, 3, 4, 5, 6, 7].map((attempts) => deliveryRetryWaitMs(attempts, () => 1));
    expect(waits.map((ms) => ms / 60_000)).toEqual([1, 2, 4, 8, 16, 30, 30]);
  });

  it("never waits less than half its step, so retries stay minutes apart", () => {
    expect(deliveryRetryWaitMs(1, () => 0)).toBe(30_000);
    expect(deliveryRetryWaitMs(6, () => 0)).toBe(15 * 60_000);
  });

  it("spreads messages that failed together", () => {
    const draws = [0.1, 0.5, 0.9].map((r) => deliveryRetryWaitMs(3, () => r));
    expect(new Set(draws).size).toBe(3);
  });

  it("spends its attempts over at least 45 minutes, not seconds", () => {
    let total = 0;
    for (let attempts = 1; attempts < deliveryBackoff.maxAttempts; attempts += 1) {
      total += deliveryRetryWaitMs(attempts, () => 0);
    }
    expect(total).toBeGreaterThanOrEqual(45 * 60_000);
  });
});
