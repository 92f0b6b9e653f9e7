import { keys, readCounters } from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { amira, application, caseManager, clock, phbCalls } from "./phb-fixtures.ts";
import { freshTable, type TestTable } from "./support.ts";

/** PHB counts are sharded (no hot key) yet exact: every shard summed on read. */

let t: TestTable;
let c: ReturnType<typeof phbCalls>;

beforeAll(async () => {
  t = await freshTable();
  c = phbCalls(t);
});

describe("PHB counts", () => {
  it("are exact after several applications and a decision, summed over the shards", async () => {
    clock.now = new Date("2026-12-08T10:00:00Z");
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const applied = await c.apply({ principal: amira, body: application });
      expect(applied.status).toBe(201);
      ids.push(applied.body.id as string);
    }
    const first = ids[0] as string;
    const current = await c.teamOne({ principal: caseManager, params: { applicationId: first } });
    const decided = await c.teamAct({
      principal: caseManager,
      params: { applicationId: first },
      body: { type: "decide-eligible" },
      headers: { "if-match": String(current.body.version) },
    });
    expect(decided.status).toBe(200);

    const group = keys.phbCounts("icb-west-yorkshire", "", "").group;
    const counters = await readCounters(t.db, t.tableName, group, {
      from: "2026-12-08#",
      to: "2026-12-08#~",
    });
    expect(counters).toEqual([
      {
        name: "2026-12-08#chc",
        scope: { icbId: "icb-west-yorkshire", localDate: "2026-12-08", routeId: "chc" },
        counts: {
          applications: 5,
          eligibilityDecisions: 1,
          eligibilityWithin28Days: 1,
          "decisionDays:0": 1,
        },
      },
    ]);
    // Where each application stands is counted in its financial quarter's counter.
    const quarter = await readCounters(t.db, t.tableName, group, { from: "Q", to: "Q~" });
    expect(quarter).toEqual([
      {
        name: "Q2026-10#chc",
        scope: { icbId: "icb-west-yorkshire", quarter: "Q2026-10", routeId: "chc" },
        counts: { "stage:requested": 4, "stage:eligible": 1 },
      },
    ]);
    // Nothing is left in the one-item-per-day partition the counts used to be written to.
    const unsharded = await readCounters(t.db, t.tableName, "unused", {
      from: "2026-12-08#",
      to: "2026-12-08#~",
      alsoPartitions: [group],
    });
    expect(unsharded).toEqual([]);
  });
});
