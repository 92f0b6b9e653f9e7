import { routes } from "@front-door/contracts";
import {
  getAdviceRequest,
  getPhbApplication,
  readAdviceCounts,
  readPhbCounts,
} from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { makeAdviceRequestCreate } from "../../functions/src/advice/handlers/patient-advice.ts";
import { makeStaffAdviceAction } from "../../functions/src/advice/handlers/staff-advice.ts";
import { adviceCallers, rashRequest } from "./advice-fixtures.ts";
import { faultyTable, onKeys } from "./fault-fixture.ts";
import {
  amira,
  application,
  caseManager,
  clock,
  phbCalls,
  receptionist,
  tom,
} from "./phb-fixtures.ts";
import { freshTable, type TestTable } from "./support.ts";

/**
 * The dashboard's counters are items in the change's own transaction: when DynamoDB keeps
 * refusing a counter shard the whole change fails and nothing is written; when it refuses once
 * the store's retry gets it through, counted exactly once.
 */

let t: TestTable;
beforeAll(async () => {
  t = await freshTable();
  clock.now = new Date("2026-12-08T10:00:00Z");
});

const busyThroughout = (prefix: string) =>
  faultyTable(t, [{ kind: "conflict", key: onKeys(prefix) }]);
const busyOnce = (prefix: string) =>
  faultyTable(t, [{ kind: "throttle", key: onKeys(prefix), times: 1 }]);
const on = (faulty: ReturnType<typeof faultyTable>) => ({ ...t, db: faulty.db });

describe("dashboard counts when a counter shard is busy", () => {
  it("decides eligibility all or nothing: never a decision without its count, nor a count twice", async () => {
    const clean = phbCalls(t);
    const applied = await clean.apply({ principal: amira, body: application });
    const id = applied.body.id as string;
    const range = { from: "2026-12-08", to: "2026-12-08", today: "2026-12-08" };
    const decisions = async () =>
      (await readPhbCounts(t.db, t.tableName, "icb-west-yorkshire", range)).days.reduce(
        (sum, row) => sum + (row.counts.eligibilityDecisions ?? 0),
        0,
      );
    const decide = (calls: ReturnType<typeof phbCalls>) =>
      calls.teamAct({
        principal: caseManager,
        params: { applicationId: id },
        body: { type: "decide-eligible" },
        headers: { "if-match": "1" },
      });

    const refused = await decide(phbCalls(on(busyThroughout("PHBCOUNTS#"))));
    expect(refused.status).toBe(503);
    expect((await getPhbApplication(t.db, t.tableName, id))?.record).toMatchObject({
      version: 1,
      case: { stage: "requested" },
    });
    expect(await decisions()).toBe(0);

    const once = busyOnce("PHBCOUNTS#");
    const decided = await decide(phbCalls(on(once)));
    expect(decided.status).toBe(200);
    expect(once.log.injected("throttle")).toBe(1);
    expect(await decisions()).toBe(1);
  });

  it("answers an advice request all or nothing: the first answer and its wait counted once", async () => {
    const callers = adviceCallers(t, clock);
    const sent = await callers(
      routes.adviceRequestCreate,
      makeAdviceRequestCreate,
    )({
      principal: tom,
      body: rashRequest,
      headers: { "idempotency-key": "count-faults-1" },
    });
    const requestId = sent.body.requestId as string;
    const firstAnswers = async () => {
      const counts = await readAdviceCounts(t.db, t.tableName, "icb-west-yorkshire", {
        from: "2026-12-08",
        to: "2026-12-08",
      });
      return counts.days.reduce((sum, row) => sum + (row.counts.adviceFirstResponses ?? 0), 0);
    };
    const answer = (faulty: ReturnType<typeof faultyTable>) =>
      adviceCallers(on(faulty), clock)(routes.staffAdviceAction, makeStaffAdviceAction)({
        principal: receptionist,
        params: { requestId },
        body: { type: "reply", text: "Try an emollient cream." },
      });

    const refused = await answer(busyThroughout("ADVICECOUNTS#"));
    expect(refused.status).toBe(503);
    expect((await getAdviceRequest(t.db, t.tableName, requestId))?.request.firstResponseAt).toBe(
      undefined,
    );
    expect(await firstAnswers()).toBe(0);

    const once = busyOnce("ADVICECOUNTS#");
    expect((await answer(once)).status).toBe(200);
    expect(once.log.injected("throttle")).toBe(1);
    expect(await firstAnswers()).toBe(1);
  });
});
