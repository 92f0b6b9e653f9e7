import type { Principal } from "@front-door/contracts";
import { getPhbApplication } from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { remindPhbReviews } from "../../functions/src/phb/handlers/remind-phb-reviews.ts";
import { faultyTable, onKeys } from "./fault-fixture.ts";
import {
  amira,
  application,
  caseManager,
  clock,
  decisionMaker,
  otherIcbTeam,
  phbCalls,
  plan,
  tom,
} from "./phb-fixtures.ts";
import { freshTable, type TestTable } from "./support.ts";

/** The PHB review reminders job against DynamoDB Local: once per review, failures counted. */

let t: TestTable;
let c: ReturnType<typeof phbCalls>;
let amiras: string;
let toms: string;

async function team(id: string, body: unknown, principal: Principal = caseManager) {
  const current = await c.teamOne({ principal, params: { applicationId: id } });
  const result = await c.teamAct({
    principal,
    params: { applicationId: id },
    body,
    headers: { "if-match": String(current.body.version) },
  });
  expect(result.status, JSON.stringify(result.body)).toBe(200);
}

/** An application taken to a budget in place on 8 December 2026: first review due 8 March. */
async function inPlace(patient: Principal): Promise<string> {
  const id = (await c.apply({ principal: patient, body: application })).body.id as string;
  await team(id, { type: "decide-eligible" });
  await team(id, { type: "record-assessment", date: "2026-12-07", summary: "Personal care" });
  await team(id, { type: "set-budget", annualPence: 2_400_000, basis: "21 hours a week" });
  await team(id, { type: "save-plan", plan: plan(1_638_000) });
  await c.myAct({
    principal: patient,
    params: { applicationId: id },
    body: { type: "agree-plan", version: 1 },
  });
  await team(id, { type: "sign-off", version: 1 }, decisionMaker);
  await team(id, {
    type: "record-holding",
    arrangement: { way: "direct-payment", agreementAccepted: true, accountSetUp: true },
  });
  await team(id, { type: "mark-in-place", inPlaceOn: "2026-12-08" });
  return id;
}

const run = (db = t.db) => remindPhbReviews({ db, tableName: t.tableName, now: () => clock.now });

const upcoming = async (principal: Principal = caseManager) =>
  (await c.queue({ principal, query: { reviews: "upcoming" } })).body.applications as {
    id: string;
    reviewReminder?: { dueOn: string; remindedAt: string };
  }[];

beforeAll(async () => {
  t = await freshTable();
  c = phbCalls(t);
  clock.now = new Date("2026-12-08T10:00:00Z");
  amiras = await inPlace(amira);
  toms = await inPlace(tom);
});

describe("reminding the PHB team of reviews", () => {
  it("reminds nobody while the reviews are more than two weeks away", async () => {
    clock.now = new Date("2027-02-21T07:00:00Z");
    expect(await run()).toEqual({ icbs: 2, reminded: 0, skipped: 0, failed: 0 });
    expect(await upcoming()).toEqual([]);
  });

  it("counts the reviews it could not mark when the table stays busy, and leaves them for the next run", async () => {
    clock.now = new Date("2027-02-22T07:00:00Z");
    const busy = faultyTable(t, [
      { kind: "throttle", commands: ["TransactWriteItems"], key: onKeys("PHB#") },
    ]);
    expect(await run(busy.db)).toEqual({ icbs: 2, reminded: 0, skipped: 0, failed: 2 });
    expect((await upcoming()).map((a) => a.reviewReminder)).toEqual([undefined, undefined]);
  });

  it("marks each review once, even when two runs overlap, and the team's queue shows it", async () => {
    clock.now = new Date("2027-02-22T07:00:00Z");
    const before = await getPhbApplication(t.db, t.tableName, amiras);
    const [first, second] = await Promise.all([run(), run()]);
    expect(first.reminded + second.reminded).toBe(2);
    expect(first.failed + second.failed).toBe(0);
    const queue = await upcoming();
    expect(queue.map((a) => a.id).sort()).toEqual([amiras, toms].sort());
    for (const entry of queue) {
      expect(entry.reviewReminder).toEqual({
        dueOn: "2027-03-08",
        remindedAt: "2027-02-22T07:00:00.000Z",
      });
    }
    // Not yet due today: the "due" view is for reviews whose date has come.
    expect(
      (await c.queue({ principal: caseManager, query: { reviews: "due" } })).body.applications,
    ).toEqual([]);
    // Another ICB's team sees none of it.
    expect(await upcoming(otherIcbTeam)).toEqual([]);

    clock.now = new Date("2027-02-23T07:00:00Z");
    expect(await run()).toEqual({ icbs: 2, reminded: 0, skipped: 0, failed: 0 });
    // The mark is not a change to the case: nobody's If-Match is spent on it.
    const stored = await getPhbApplication(t.db, t.tableName, amiras);
    expect(stored?.record.version).toBe(before?.record.version);
  });

  it("reminds again of the next review once one is recorded", async () => {
    clock.now = new Date("2027-03-09T10:00:00Z");
    await team(amiras, {
      type: "record-review",
      reviewedOn: "2027-03-09",
      outcome: "continue",
      notes: "Going well",
    });
    expect((await upcoming()).map((a) => a.id)).toEqual([toms]);
    expect(await run()).toMatchObject({ reminded: 0, failed: 0 });

    clock.now = new Date("2028-02-25T07:00:00Z");
    expect(await run()).toMatchObject({ reminded: 1, failed: 0 });
    const queue = await upcoming();
    expect(queue.find((a) => a.id === amiras)?.reviewReminder?.dueOn).toBe("2028-03-09");
    clock.now = new Date("2026-12-08T10:00:00Z");
  });
});
