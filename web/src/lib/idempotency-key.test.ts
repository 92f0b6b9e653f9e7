import { describe, expect, it } from "vitest";
import { submissionKeys } from "./idempotency-key.ts";

describe("submissionKeys", () => {
  it("reuses the key for a retry of the same body and makes a new one when it changes", () => {
    let n = 0;
    const keyFor = submissionKeys(() => `key-${++n}`);
    expect(keyFor({ slotId: "a" })).toBe("key-1");
    expect(keyFor({ slotId: "a" })).toBe("key-1");
    expect(keyFor({ slotId: "b" })).toBe("key-2");
    expect(keyFor({ slotId: "a" })).toBe("key-3");
  });
});
