import { getPhbApplication, messagesFor } from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import {
  amira,
  application,
  caseManager,
  clock,
  decisionMaker,
  phbCalls,
  plan,
} from "./phb-fixtures.ts";
import { freshTable, type TestTable } from "./support.ts";

/** A personal health budget from application to review, over HTTP against DynamoDB Local. */

let t: TestTable;
let c: ReturnType<typeof phbCalls>;

beforeAll(async () => {
  t = await freshTable();
  c = phbCalls(t);
});

async function team(id: string, body: unknown, principal = caseManager) {
  const current = await c.teamOne({ principal, params: { applicationId: id } });
  return c.teamAct({
    principal,
    params: { applicationId: id },
    body,
    headers: { "if-match": String(current.body.version) },
  });
}

describe("a personal health budget from application to review", () => {
  it("keeps a draft across a reload, then applies and clears it", async () => {
    const saved = await c.saveDraft({
      principal: amira,
      body: { routeId: "chc", outcomes: ["Stay at home"] },
    });
    expect(saved.status).toBe(200);
    expect((await c.draft({ principal: amira })).body.draft).toEqual({
      routeId: "chc",
      outcomes: ["Stay at home"],
    });
    const applied = await c.apply({ principal: amira, body: application });
    expect(applied.status).toBe(201);
    expect(applied.headers.location).toBe(`/api/me/phb/applications/${applied.body.id}`);
    expect(applied.body.tracker).toMatchObject({ withWhom: "team", dueBy: "2027-01-05" });
    expect((await c.draft({ principal: amira })).body.draft).toBeNull();
  });

  it("runs through eligibility, budget, plan, sign-off, agreement, direct payment and a review", async () => {
    clock.now = new Date("2026-12-08T10:00:00Z");
    const applied = await c.apply({ principal: amira, body: application });
    const id = applied.body.id as string;
    const queue = await c.queue({ principal: caseManager, query: { stage: "requested" } });
    expect(queue.body.applications.map((a: { id: string }) => a.id)).toContain(id);

    expect((await team(id, { type: "decide-eligible" })).body.stage).toBe("eligible");
    await team(id, {
      type: "record-assessment",
      date: "2026-12-07",
      summary: "Needs help with personal care",
    });
    const budget = await team(id, {
      type: "set-budget",
      annualPence: 2_400_000,
      basis: "21 hours a week at £22 an hour",
    });
    expect(budget.body.stage).toBe("budget-set");
    const mine = await c.myOne({ principal: amira, params: { applicationId: id } });
    expect(mine.body.case.budget).toMatchObject({
      annualPence: 2_400_000,
      basis: "21 hours a week at £22 an hour",
    });
    // The team sees who applied, told once in their profile; the applicant's own view does not.
    const seen = await c.teamOne({ principal: caseManager, params: { applicationId: id } });
    expect(seen.body.applicant).toMatchObject({
      id: "patient-amira",
      nhsNumber: "9990000018",
      communication: { britishSignLanguage: expect.any(Boolean) },
    });
    expect(mine.body.applicant).toBeUndefined();

    expect((await team(id, { type: "save-plan", plan: plan(1_638_000) })).body.stage).toBe(
      "planning",
    );
    expect(
      (
        await c.myAct({
          principal: amira,
          params: { applicationId: id },
          body: { type: "agree-plan", version: 1 },
        })
      ).body.stage,
    ).toBe("planning");
    expect((await team(id, { type: "sign-off", version: 1 })).body.stage).toBe("plan-agreed");
    await c.myAct({
      principal: amira,
      params: { applicationId: id },
      body: { type: "choose-holding", preference: "direct-payment" },
    });
    await team(id, {
      type: "record-holding",
      arrangement: { way: "direct-payment", agreementAccepted: true, accountSetUp: true },
    });
    const live = await team(id, { type: "mark-in-place", inPlaceOn: "2026-12-08" });
    expect(live.body).toMatchObject({ stage: "in-place", case: { nextReviewDue: "2027-03-08" } });

    clock.now = new Date("2027-03-09T10:00:00Z");
    const due = await c.queue({ principal: caseManager, query: { reviews: "due" } });
    expect(due.body.applications).toEqual([expect.objectContaining({ id, overdue: true })]);
    const reviewed = await team(id, {
      type: "record-review",
      reviewedOn: "2027-03-09",
      outcome: "continue",
      notes: "Going well",
    });
    expect(reviewed.body.case.nextReviewDue).toBe("2028-03-09");
    expect(
      (await c.queue({ principal: caseManager, query: { reviews: "due" } })).body.applications,
    ).toEqual([]);

    // The team sees every step with who took it; the person sees the patient-facing part.
    const full = await c.teamOne({ principal: decisionMaker, params: { applicationId: id } });
    expect(full.body.timeline.map((e: { action: string }) => e.action)).toContain("record-holding");
    expect(full.body.timeline.every((e: { actorId?: string }) => e.actorId)).toBe(true);
    const theirs = await c.myOne({ principal: amira, params: { applicationId: id } });
    expect(theirs.body.timeline.some((e: { actorId?: string }) => e.actorId)).toBe(false);

    // Messages say there is an update and where to sign in: no amounts, no health detail.
    const messages = await messagesFor(
      t.db,
      t.tableName,
      amira.role === "patient" ? amira.patientId : "",
    );
    expect(messages.length).toBeGreaterThan(3);
    for (const message of messages) {
      // The reference is random and may hold three digits in a row: it is not an amount.
      const withoutReference = message.text.replace(/PHB-[0-9A-Z]{6}/g, "PHB-REF");
      expect(withoutReference).not.toMatch(/£|\d{3,}|personal care|direct payment/i);
    }
    clock.now = new Date("2026-12-08T10:00:00Z");
  });

  it("reconsiders a refusal with written reasons", async () => {
    const id = (await c.apply({ principal: amira, body: application })).body.id as string;
    const refused = await team(id, {
      type: "decide-not-eligible",
      reasons: "No primary health need",
      signpost: "Leeds City Council adult social care",
    });
    expect(refused.body.stage).toBe("not-eligible");
    const asked = await c.myAct({
      principal: amira,
      params: { applicationId: id },
      body: {
        type: "ask-reconsideration",
        subject: "refusal",
        reasons: "My needs have grown since the checklist",
      },
    });
    expect(asked.body.stage).toBe("reconsideration");
    const decided = await team(id, {
      type: "decide-reconsideration",
      outcome: "changed",
      reasons: "The new assessment shows a primary health need",
    });
    expect(decided.body.stage).toBe("eligible");
    const theirs = await c.myOne({ principal: amira, params: { applicationId: id } });
    expect(
      theirs.body.timeline.map((e: { reasons?: string }) => e.reasons).filter(Boolean),
    ).toEqual(["No primary health need", "The new assessment shows a primary health need"]);
  });

  it("withdraws, and the withdrawn application leaves the queue", async () => {
    const id = (await c.apply({ principal: amira, body: application })).body.id as string;
    const withdrawn = await c.myAct({
      principal: amira,
      params: { applicationId: id },
      body: { type: "withdraw", reason: "Moving to Scotland" },
    });
    expect(withdrawn.body.stage).toBe("withdrawn");
    const queue = await c.queue({ principal: caseManager, query: {} });
    expect(queue.body.applications.map((a: { id: string }) => a.id)).not.toContain(id);
    const again = await c.myAct({
      principal: amira,
      params: { applicationId: id },
      body: { type: "withdraw" },
    });
    expect(again).toMatchObject({
      status: 409,
      body: { error: { code: "phb_not_at_this_stage" } },
    });
    expect((await getPhbApplication(t.db, t.tableName, id))?.record.version).toBe(2);
  });
});
