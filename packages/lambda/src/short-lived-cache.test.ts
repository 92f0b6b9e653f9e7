import { describe, expect, it } from "vitest";
import { shortLivedCache } from "./short-lived-cache.ts";

function counter() {
  let reads = 0;
  return {
    read: (value: string) => async () => {
      reads += 1;
      return `${value}#${reads}`;
    },
    reads: () => reads,
  };
}

describe("shortLivedCache", () => {
  it("answers from the last read until it is ttlMs old, then reads again", async () => {
    let now = 1_000;
    const cache = shortLivedCache<string>({ ttlMs: 1500, maxEntries: 10, clock: () => now });
    const source = counter();
    expect(await cache.get("a", source.read("a"))).toBe("a#1");
    now += 1499;
    expect(await cache.get("a", source.read("a"))).toBe("a#1");
    now += 1;
    expect(await cache.get("a", source.read("a"))).toBe("a#2");
    expect(await cache.get("b", source.read("b"))).toBe("b#3");
    expect(source.reads()).toBe(3);
  });

  it("shares one read between concurrent misses", async () => {
    const cache = shortLivedCache<string>({ ttlMs: 1000, maxEntries: 10, clock: () => 0 });
    const source = counter();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => cache.get("a", source.read("a"))),
    );
    expect(new Set(answers)).toEqual(new Set(["a#1"]));
    expect(source.reads()).toBe(1);
  });

  it("keeps at most maxEntries keys, letting the oldest read go", async () => {
    const cache = shortLivedCache<string>({ ttlMs: 60_000, maxEntries: 2, clock: () => 0 });
    const source = counter();
    await cache.get("a", source.read("a"));
    await cache.get("b", source.read("b"));
    await cache.get("c", source.read("c"));
    expect(await cache.get("b", source.read("b"))).toBe("b#2");
    expect(await cache.get("c", source.read("c"))).toBe("c#3");
    expect(await cache.get("a", source.read("a"))).toBe("a#4");
  });

  it("does not keep a failed read", async () => {
    const cache = shortLivedCache<string>({ ttlMs: 60_000, maxEntries: 2, clock: () => 0 });
    await expect(cache.get("a", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get("a", async () => "back")).toBe("back");
  });

  it("applies what the container learns to a kept value, and to nothing else", async () => {
    let now = 0;
    const cache = shortLivedCache<string[]>({ ttlMs: 1000, maxEntries: 10, clock: () => now });
    await cache.get("day", async () => ["09:00", "09:15", "09:30"]);
    cache.update("day", (times) => times.filter((time) => time !== "09:15"));
    cache.update("other", () => ["never read"]);
    expect(await cache.get("day", async () => [])).toEqual(["09:00", "09:30"]);
    expect(await cache.get("other", async () => ["read"])).toEqual(["read"]);
    now = 1000;
    expect(await cache.get("day", async () => ["fresh"])).toEqual(["fresh"]);
  });
});
