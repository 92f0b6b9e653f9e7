import { describe, expect, it } from "vitest";
import { counterShards, counterUpdate, shardOf, sumShards } from "./sharded-counter.ts";

const counter = { group: "PHB#icb-a", name: "2026-12-01#site-1", scope: { icbId: "icb-a" } };

describe("shard selection", () => {
  it("maps [0, 1) onto every shard, evenly, and nothing outside them", () => {
    const hits = new Array<number>(counterShards).fill(0);
    const steps = counterShards * 100;
    for (let step = 0; step < steps; step += 1) {
      const shard = shardOf(step / steps);
      hits[shard] = (hits[shard] ?? 0) + 1;
    }
    expect(hits).toEqual(new Array<number>(counterShards).fill(100));
    expect(shardOf(0)).toBe(0);
    expect(shardOf(0.999_999_9)).toBe(counterShards - 1);
    // A random source that strays out of range still lands on a real shard.
    expect(shardOf(1)).toBe(counterShards - 1);
    expect(shardOf(-0.1)).toBe(0);
  });

  it("writes the shard the random number picks, under the group's sharded partition", () => {
    const first = counterUpdate("t", counter, { decided: 1 }, () => 0);
    const last = counterUpdate("t", counter, { decided: 1 }, () => 0.99);
    expect(first.Update.Key).toEqual({ pk: "PHB#icb-a#SHARD#00", sk: "2026-12-01#site-1" });
    expect(last.Update.Key).toEqual({
      pk: `PHB#icb-a#SHARD#${String(counterShards - 1).padStart(2, "0")}`,
      sk: "2026-12-01#site-1",
    });
  });

  it("adds only the non-zero deltas, keeps the scope of the first write, and refuses nothing to add", () => {
    const update = counterUpdate(
      "t",
      counter,
      { decided: 2, approved: 0, declined: -1 },
      () => 0.5,
    );
    expect(update.Update.UpdateExpression).toBe(
      "SET #scope = if_not_exists(#scope, :scope) ADD #c0 :c0, #c1 :c1",
    );
    expect(update.Update.ExpressionAttributeNames).toEqual({
      "#c0": "decided",
      "#c1": "declined",
      "#scope": "scope",
    });
    expect(update.Update.ExpressionAttributeValues).toEqual({
      ":c0": 2,
      ":c1": -1,
      ":scope": { icbId: "icb-a" },
    });
    const bare = counterUpdate("t", { group: "G", name: "n" }, { seen: 1 }, () => 0);
    expect(bare.Update.UpdateExpression).toBe("ADD #c0 :c0");
    expect(() => counterUpdate("t", counter, { decided: 0, approved: undefined })).toThrow(
      /non-zero delta/,
    );
  });
});

describe("summing shards", () => {
  it("adds each count over a counter's shards, per name in name order, ignoring key strings", () => {
    const rows = sumShards([
      { pk: "G#SHARD#03", sk: "2026-12-02#b", scope: { siteId: "b" }, booked: 2 },
      { pk: "G#SHARD#00", sk: "2026-12-01#a", scope: { siteId: "a" }, booked: 1, cancelled: 1 },
      { pk: "G#SHARD#07", sk: "2026-12-01#a", scope: { siteId: "a" }, booked: 4 },
      { pk: "COUNTS#icb", sk: "2026-12-01#a", scope: { siteId: "a" }, booked: 10, blocked: -1 },
    ]);
    expect(rows).toEqual([
      {
        name: "2026-12-01#a",
        scope: { siteId: "a" },
        counts: { booked: 15, cancelled: 1, blocked: -1 },
      },
      { name: "2026-12-02#b", scope: { siteId: "b" }, counts: { booked: 2 } },
    ]);
    expect(sumShards([])).toEqual([]);
  });
});
