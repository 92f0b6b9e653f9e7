import { DashboardResponse, type Principal, routes } from "@front-door/contracts";
import { counterShards } from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { makeAdviceRequestCreate } from "../../functions/src/advice/handlers/patient-advice.ts";
import {
  makeStaffAdviceAction,
  makeStaffAdviceRequest,
} from "../../functions/src/advice/handlers/staff-advice.ts";
import { makeIcbDashboard } from "../../functions/src/dashboard/handlers/icb-dashboard.ts";
import { adviceCallers, fitNoteRequest, rashRequest } from "./advice-fixtures.ts";
import {
  amira,
  analyst,
  application,
  caseManager,
  clock,
  decisionMaker,
  phbCalls,
  plan,
  receptionist,
  tom,
} from "./phb-fixtures.ts";
import { type Call, routeCaller } from "./route-caller.ts";
import { freshTable, measuringClient, type TestTable } from "./support.ts";

/**
 * The ICB dashboard's PHB and online advice sections equal what happened: budgets driven
 * through their lifecycle and advice requests sent and answered over HTTP, then read back as
 * counts only, by the ICB's own analysts, at a read cost that does not grow with the volume.
 */

let t: TestTable;
let phb: ReturnType<typeof phbCalls>;
let create: Call;
let staffOne: Call;
let act: Call;
let dashboard: Call;

const humberAnalyst: Principal = {
  role: "icb-analyst",
  userId: "a-hny",
  icbId: "icb-humber-north-yorkshire",
};

beforeAll(async () => {
  t = await freshTable();
  phb = phbCalls(t);
  const advice = adviceCallers(t, clock);
  create = advice(routes.adviceRequestCreate, makeAdviceRequestCreate);
  staffOne = advice(routes.staffAdviceRequest, makeStaffAdviceRequest);
  act = advice(routes.staffAdviceAction, makeStaffAdviceAction);
  dashboard = routeCaller(t, routes.icbDashboard, makeIcbDashboard, () => clock.now);
});

async function team(id: string, body: unknown, principal = caseManager) {
  const current = await phb.teamOne({ principal, params: { applicationId: id } });
  const result = await phb.teamAct({
    principal,
    params: { applicationId: id },
    body,
    headers: { "if-match": String(current.body.version) },
  });
  expect(result.status, JSON.stringify(result.body)).toBe(200);
  return result;
}

async function apply(): Promise<string> {
  const applied = await phb.apply({ principal: amira, body: application });
  expect(applied.status).toBe(201);
  return applied.body.id as string;
}

const direct = (arrangement: object) => (arrangement as { way: string }).way === "direct-payment";

/** Eligible today, then budget, plan, agreement and sign-off, the way of holding, in place. */
async function putInPlace(id: string, annualPence: number, arrangement: object, on: string) {
  await team(id, { type: "decide-eligible" });
  await team(id, { type: "record-assessment", date: on, summary: "Needs help with personal care" });
  await team(id, { type: "set-budget", annualPence, basis: "Hours a week at £22 an hour" });
  await team(id, { type: "save-plan", plan: plan(annualPence) });
  await phb.myAct({
    principal: amira,
    params: { applicationId: id },
    body: { type: "agree-plan", version: 1 },
  });
  await team(id, { type: "sign-off", version: 1 }, decisionMaker);
  // Not the direct payment the person asked for: that needs written reasons.
  const reasons = "The person chose a notional budget when the plan was agreed";
  await team(id, {
    type: "record-holding",
    arrangement,
    ...(direct(arrangement) ? {} : { reasons }),
  });
  await team(id, { type: "mark-in-place", inPlaceOn: on });
}

const read = async (principal: Principal, query: Record<string, string>) => {
  const response = await dashboard({ principal, query });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return z.parse(DashboardResponse, response.body);
};

async function sendAdvice(body: unknown, key: string) {
  const sent = await create({ principal: tom, body, headers: { "idempotency-key": key } });
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  return sent.body as { kind: string; requestId?: string };
}

async function staffAct(requestId: string, body: unknown) {
  const seen = await staffOne({ principal: receptionist, params: { requestId } });
  const result = await act({
    principal: receptionist,
    params: { requestId },
    body,
    headers: { "if-match": `"${seen.body.request.version}"` },
  });
  expect(result.status, JSON.stringify(result.body)).toBe(200);
}

describe("the dashboard's online advice section", () => {
  let fitNote: string;

  it("counts requests by site, day and type, diversions, first answers and their waits", async () => {
    clock.now = new Date("2026-12-08T10:00:00Z");
    const rash = await sendAdvice(rashRequest, "dash-rash");
    fitNote = (await sendAdvice(fitNoteRequest, "dash-fit-note")).requestId as string;
    const diverted = await sendAdvice(
      { ...rashRequest, emergencyCheck: { population: "adult", signs: ["chest-pain"] } },
      "dash-chest-pain",
    );
    expect(diverted.kind).toBe("emergency");
    clock.now = new Date("2026-12-08T10:30:00Z");
    await staffAct(rash.requestId as string, { type: "reply", text: "Try an emollient cream." });

    // Thursday 10 December ends at 18:30: the fit note, unanswered, is past its target after it.
    clock.now = new Date("2026-12-11T10:00:00Z");
    const result = await read(analyst, { from: "2026-12-08", to: "2026-12-11" });
    expect(result.advice.days).toEqual([
      {
        date: "2026-12-08",
        siteId: "site-armley",
        siteName: "Armley Neighbourhood Health Centre",
        requests: 2,
        medical: 1,
        admin: 1,
        redFlagDiversions: 1,
      },
    ]);
    expect(result.advice.totals).toMatchObject({
      requests: 2,
      medical: 1,
      admin: 1,
      redFlagDiversions: 1,
      firstResponses: 1,
      answeredWithinTarget: 1,
      answeredWithinTargetShare: 1,
      closed: 0,
      timeToFirstResponse: { count: 1, median: { withinHours: 1 }, p90: { withinHours: 1 } },
      awaitingFirstResponse: 1,
      openPastTarget: 1,
    });
    expect(result.advice.sites.map((s) => [s.siteName, s.openPastTarget])).toEqual([
      ["Armley Neighbourhood Health Centre", 1],
    ]);
  });

  it("releases a request from past-target when it closes, and counts the outcome and wait", async () => {
    clock.now = new Date("2026-12-11T10:00:00Z");
    await staffAct(fitNote, { type: "close", outcome: "admin-done" });
    const result = await read(analyst, { from: "2026-12-08", to: "2026-12-11" });
    expect(result.advice.totals).toMatchObject({
      closed: 1,
      outcomes: { "admin-done": 1 },
      timeToClose: { count: 1, median: { withinHours: 72 } },
      awaitingFirstResponse: 0,
      openPastTarget: 0,
    });
    // Another ICB's analyst sees their own ICB: none of Armley's requests.
    const humber = await read(humberAnalyst, { from: "2026-12-08", to: "2026-12-11" });
    expect(humber.advice.totals.requests).toBe(0);
    expect(humber.advice.days).toEqual([]);
  });
});

describe("the dashboard's personal health budget section", () => {
  it("counts stages, decisions in time, budgets in place, reviews and the quarterly return", async () => {
    clock.now = new Date("2026-12-08T10:00:00Z");
    const direct = await apply();
    await putInPlace(
      direct,
      2_400_000,
      { way: "direct-payment", agreementAccepted: true, accountSetUp: true },
      "2026-12-08",
    );
    const notional = await apply();
    await putInPlace(notional, 1_000_000, { way: "notional" }, "2026-12-08");
    const refused = await apply();
    await apply(); // left waiting for its eligibility decision
    const withdrawn = await apply();
    await phb.myAct({
      principal: amira,
      params: { applicationId: withdrawn },
      body: { type: "withdraw" },
    });

    // 33 days after it was made, in the next quarter: a decision out of time.
    clock.now = new Date("2027-01-10T10:00:00Z");
    await team(refused, {
      type: "decide-not-eligible",
      reasons: "No primary health need",
      signpost: "Leeds City Council adult social care",
    });
    // The notional budget ends at its first review, in the next quarter too.
    clock.now = new Date("2027-02-01T10:00:00Z");
    await team(notional, {
      type: "record-review",
      reviewedOn: "2027-02-01",
      outcome: "end",
      notes: "Moving to residential care",
      reasons: "Care will be arranged by the home",
      noticeEnds: "2027-04-30",
    });

    const result = await read(analyst, { from: "2026-12-01", to: "2027-02-01" });
    const chc = result.phb.applicationsByStage.find((r) => r.routeId === "chc");
    expect(chc).toMatchObject({
      routeName: "NHS Continuing Healthcare (adults)",
      total: 5,
      stages: { requested: 1, "in-place": 1, "not-eligible": 1, withdrawn: 1, ended: 1 },
    });
    expect(result.phb.applicationsReceived).toBe(5);
    expect(result.phb.eligibility).toEqual({
      decisions: 3,
      within28Days: 2,
      within28DaysShare: 2 / 3,
      medianDays: { days: 0 },
      p90Days: { days: 33 },
    });
    expect(result.phb.inPlace).toMatchObject({ budgets: 1, annualPence: 2_400_000, newInRange: 2 });
    expect(result.phb.inPlace.byWay).toContainEqual({
      way: "direct-payment",
      budgets: 1,
      annualPence: 2_400_000,
    });
    // The direct payment's first review is 8 March: within 28 days of 1 February? No — 35 days.
    expect(result.phb.reviews).toEqual({ overdue: 0, dueWithin28Days: 0 });
    expect(result.phb.quarterlyReturn.quarter).toBe("2026-27-Q4");
    const q4 = (way: string) =>
      result.phb.quarterlyReturn.rows.find((r) => r.routeId === "chc" && r.way === way);
    expect(q4("notional")).toMatchObject({ inPlaceAtQuarterEnd: 0, newInQuarter: 0 });
    expect(q4("direct-payment")).toMatchObject({
      inPlaceAtQuarterEnd: 1,
      annualPenceAtQuarterEnd: 2_400_000,
      newInQuarter: 0,
    });

    const q3 = await read(analyst, { from: "2026-12-01", to: "2027-02-01", quarter: "2026-27-Q3" });
    const row = (way: string) =>
      q3.phb.quarterlyReturn.rows.find((r) => r.routeId === "chc" && r.way === way);
    expect(row("notional")).toMatchObject({ inPlaceAtQuarterEnd: 1, newInQuarter: 1 });
    expect(row("direct-payment")).toMatchObject({ inPlaceAtQuarterEnd: 1, newInQuarter: 1 });
    // Every route the ICB offers has its rows, zeros included: the collection's shape.
    expect(q3.phb.quarterlyReturn.rows.filter((r) => r.routeId === "wheelchair")).toHaveLength(4);
    expect(JSON.stringify(q3)).not.toMatch(/amira|PHB-[0-9A-Z]{6}|Moving to residential/i);
  });

  it("counts a review as due, then overdue, as the days pass", async () => {
    clock.now = new Date("2027-02-20T10:00:00Z");
    expect((await read(analyst, { from: "2027-02-20", to: "2027-02-20" })).phb.reviews).toEqual({
      overdue: 0,
      dueWithin28Days: 1,
    });
    clock.now = new Date("2027-03-09T10:00:00Z");
    expect((await read(analyst, { from: "2027-03-09", to: "2027-03-09" })).phb.reviews).toEqual({
      overdue: 1,
      dueWithin28Days: 0,
    });
  });
});

describe("who may read the sections, and what it costs", () => {
  it("refuses patients, receptionists and the PHB team, and another ICB's site", async () => {
    const query = { from: "2026-12-08", to: "2026-12-08" };
    for (const principal of [tom, receptionist, caseManager]) {
      const refused = await dashboard({ principal, query });
      expect(refused.status).toBe(403);
      expect(JSON.stringify(refused.body)).not.toMatch(/advice|phb/i);
    }
    const foreign = await dashboard({
      principal: humberAnalyst,
      query: { ...query, siteId: "site-armley" },
    });
    expect(foreign.status).toBe(404);
  });

  it("refuses a quarter that is not one, naming the field", async () => {
    const refused = await dashboard({
      principal: analyst,
      query: { from: "2026-12-08", to: "2026-12-08", quarter: "2026-28-Q2" },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual([
      { path: "quarter", message: "Enter a financial quarter like 2026-27-Q3" },
    ]);
  });

  it("reads the same number of Queries, in one round of them, however many requests there are", async () => {
    clock.now = new Date("2026-12-14T10:00:00Z");
    const measured = measuringClient();
    const measuredDashboard = routeCaller(
      { ...t, db: measured.db },
      routes.icbDashboard,
      makeIcbDashboard,
      () => clock.now,
    );
    const query = { from: "2026-12-01", to: "2026-12-31" };
    const cost = async () => {
      measured.reset();
      const response = await measuredDashboard({ principal: analyst, query });
      expect(response.status).toBe(200);
      return { ...measured.cost, calls: [...measured.cost.calls] };
    };
    const before = await cost();
    for (let i = 0; i < 6; i++) await sendAdvice(rashRequest, `dash-more-${i}`);
    await apply();
    await apply();
    const after = await cost();
    expect(after.calls).toEqual(before.calls);
    // Six counter ranges (demand, PHB days, quarters and reviews, advice days and waiting), one
    // Query a shard each, beside the ICB, its sites and the demand counts' older partition.
    const queries = after.calls.filter((name) => name === "QueryCommand").length;
    expect(queries - 6 * counterShards).toBeLessThanOrEqual(3);
    expect(after.roundTrips).toBe(before.roundTrips);
    // At most: the ICB and its sites, then every counter range at once.
    expect(after.roundTrips).toBeLessThanOrEqual(2);
    // Bounded by counters × shards: 8 more changes add at most their new counters' shards.
    expect(after.readUnits).toBeLessThan(before.readUnits + 16);
  });
});
