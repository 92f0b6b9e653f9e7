import type { Principal } from "@front-door/contracts";
import { getPhbApplication, phbApplicationsOf } from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import {
  amira,
  analyst,
  application,
  caseManager,
  clinician,
  decisionMaker,
  edith,
  otherIcbTeam,
  phbCalls,
  plan,
  receptionist,
  secondCaseManager,
  tom,
} from "./phb-fixtures.ts";
import type { Result } from "./route-caller.ts";
import { freshTable, type TestTable } from "./support.ts";

/** Who may not see or change an application, two people at once, and hostile input. */

let t: TestTable;
let c: ReturnType<typeof phbCalls>;

beforeAll(async () => {
  t = await freshTable();
  c = phbCalls(t);
});

const errorOf = (result: Result) => ({
  status: result.status,
  code: result.body.error?.code,
  paths: (result.body.error?.fields ?? []).map((f: { path: string }) => f.path),
});

async function applied(principal: Principal = amira) {
  const result = await c.apply({ principal, body: application });
  expect(result.status).toBe(201);
  return result.body.id as string;
}

async function team(
  id: string,
  body: unknown,
  principal: Principal = caseManager,
  version?: number,
) {
  const v =
    version ??
    (await c.teamOne({ principal: caseManager, params: { applicationId: id } })).body.version;
  return c.teamAct({
    principal,
    params: { applicationId: id },
    body,
    headers: { "if-match": String(v) },
  });
}

/** An application with a budget of £150,000 a year and a plan costing all of it. */
async function bigPlan() {
  const id = await applied();
  await team(id, { type: "decide-eligible" });
  await team(id, { type: "record-assessment", date: "2026-12-07", summary: "Complex needs" });
  await team(id, { type: "set-budget", annualPence: 15_000_000, basis: "24-hour care" });
  await team(id, { type: "save-plan", plan: plan(15_000_000) });
  return id;
}

describe("who sees what", () => {
  it("another patient cannot read or act on someone's application", async () => {
    const id = await applied();
    expect((await c.myOne({ principal: tom, params: { applicationId: id } })).status).toBe(404);
    const act = await c.myAct({
      principal: tom,
      params: { applicationId: id },
      body: { type: "withdraw" },
    });
    expect(act.status).toBe(404);
    expect((await c.mine({ principal: tom })).body.applications).toEqual([]);
  });

  it("another ICB's team sees neither the application nor it in their queue", async () => {
    const id = await applied();
    expect(
      (await c.teamOne({ principal: otherIcbTeam, params: { applicationId: id } })).status,
    ).toBe(404);
    expect((await team(id, { type: "decide-eligible" }, otherIcbTeam)).status).toBe(404);
    const queue = await c.queue({ principal: otherIcbTeam, query: {} });
    expect(queue.body.applications.map((a: { id: string }) => a.id)).not.toContain(id);
  });

  it.each([
    ["an analyst", analyst],
    ["a receptionist", receptionist],
    ["a clinician", clinician],
  ])("%s is refused every PHB route", async (_label, principal) => {
    const id = await applied();
    const params = { applicationId: id };
    expect((await c.queue({ principal, query: {} })).status).toBe(403);
    expect((await c.teamOne({ principal, params })).status).toBe(403);
    expect((await c.teamAct({ principal, params, body: { type: "decide-eligible" } })).status).toBe(
      403,
    );
    expect((await c.myOne({ principal, params })).status).toBe(403);
    expect((await c.apply({ principal, body: application })).status).toBe(403);
  });

  it("a carer sees only the applications they made, not those of the person they care for", async () => {
    const forEdith = await c.apply({
      principal: amira,
      body: {
        ...application,
        forSomeoneElse: {
          nhsNumber: "999 000 2754",
          givenName: "Edith",
          familyName: "Clarke",
          dateOfBirth: "1941-02-03",
          relationship: "Neighbour and carer",
          isRepresentative: true,
        },
      },
    });
    expect(forEdith.status).toBe(201);
    expect(forEdith.body.forSomeoneElse).toEqual({
      name: "Edith Clarke",
      relationship: "Neighbour and carer",
    });
    const edithOwn = await applied(edith);
    const ofAmira = await phbApplicationsOf(t.db, t.tableName, "patient-amira");
    expect(ofAmira.map((h) => h.applicationId)).toContain(forEdith.body.id);
    expect(ofAmira.map((h) => h.applicationId)).not.toContain(edithOwn);
    expect((await c.myOne({ principal: amira, params: { applicationId: edithOwn } })).status).toBe(
      404,
    );
    expect(
      (await c.myOne({ principal: edith, params: { applicationId: forEdith.body.id } })).status,
    ).toBe(404);
  });

  it("a case manager above their limit is refused sign-off; a decision-maker signs", async () => {
    const id = await bigPlan();
    const refused = await team(id, { type: "sign-off", version: 1 });
    expect(errorOf(refused)).toMatchObject({ status: 403, code: "over_approval_limit" });
    expect(
      (await getPhbApplication(t.db, t.tableName, id))?.record.case.plans[0]?.signOff,
    ).toBeUndefined();
    const signed = await team(id, { type: "sign-off", version: 1 }, decisionMaker);
    expect(signed.status).toBe(200);
    expect(signed.body.case.plans[0].signOff.by).toBe("phb-dm-wy");
  });
});

describe("two case managers at once", () => {
  it("one wins, the other gets a clear 409 and nothing of theirs is written", async () => {
    const id = await applied();
    const version = (await c.teamOne({ principal: caseManager, params: { applicationId: id } }))
      .body.version;
    const [first, second] = await Promise.all([
      team(id, { type: "decide-eligible" }, caseManager, version),
      team(
        id,
        { type: "decide-not-eligible", reasons: "No need", signpost: "Council" },
        secondCaseManager,
        version,
      ),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const loser = first.status === 409 ? first : second;
    expect(loser.body.error.code).toBe("phb_changed_meanwhile");
    const stored = await getPhbApplication(t.db, t.tableName, id);
    expect(stored?.record.version).toBe(version + 1);
    expect(stored?.events).toHaveLength(2);
  });

  it("a stale If-Match is refused before anything is tried", async () => {
    const id = await applied();
    await team(id, { type: "decide-eligible" });
    const stale = await team(
      id,
      { type: "request-information", question: "Latest assessment?" },
      caseManager,
      1,
    );
    expect(errorOf(stale)).toMatchObject({ status: 409, code: "phb_changed_meanwhile" });
  });
});

describe("bad input: a 4xx naming the field, nothing half-written", () => {
  it.each([
    ["negative", -100, "annualPence"],
    ["zero", 0, "annualPence"],
    ["not whole pence", 1234.5, "annualPence"],
    ["absurd (over £10 million a year)", 1_000_000_001, "annualPence"],
    ["not a number", "lots", "annualPence"],
  ])("a %s budget", async (_label, annualPence, path) => {
    const id = await applied();
    await team(id, { type: "decide-eligible" });
    await team(id, { type: "record-assessment", date: "2026-12-07", summary: "s" });
    const before = await getPhbApplication(t.db, t.tableName, id);
    const result = await team(id, { type: "set-budget", annualPence, basis: "b" });
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(result.status).toBeLessThan(500);
    expect(errorOf(result).paths).toContain(path);
    expect(await getPhbApplication(t.db, t.tableName, id)).toEqual(before);
  });

  it("more than 50 lines, a refused line and a plan over budget", async () => {
    const id = await applied();
    await team(id, { type: "decide-eligible" });
    await team(id, { type: "record-assessment", date: "2026-12-07", summary: "s" });
    await team(id, { type: "set-budget", annualPence: 1_000_000, basis: "b" });
    const base = plan(100);
    const tooMany = await team(id, {
      type: "save-plan",
      plan: { ...base, lines: Array(51).fill(base.lines[0]) },
    });
    expect(errorOf(tooMany)).toMatchObject({ status: 422, paths: ["plan.lines"] });
    const line = { ...base.lines[0], what: "Wine with meals" };
    const refused = await team(id, {
      type: "save-plan",
      plan: { ...base, lines: [base.lines[0], line] },
    });
    expect(errorOf(refused)).toMatchObject({ status: 422, paths: ["plan.lines.1.what"] });
    expect(refused.body.error.fields[0].message).toMatch(/alcohol/);
    const over = await team(id, { type: "save-plan", plan: plan(1_000_001) });
    expect(errorOf(over)).toMatchObject({ status: 422, paths: ["plan.lines"] });
    expect((await getPhbApplication(t.db, t.tableName, id))?.record.case.plans).toEqual([]);
  });

  it("a mix that does not add up to the budget", async () => {
    const id = await applied();
    await team(id, { type: "decide-eligible" });
    await team(id, { type: "record-assessment", date: "2026-12-07", summary: "s" });
    await team(id, { type: "set-budget", annualPence: 1_000_000, basis: "b" });
    await team(id, { type: "save-plan", plan: plan(900_000) });
    await c.myAct({
      principal: amira,
      params: { applicationId: id },
      body: { type: "agree-plan", version: 1 },
    });
    await team(id, { type: "sign-off", version: 1 });
    const mix = await team(id, {
      type: "record-holding",
      arrangement: {
        way: "mix",
        parts: [
          { way: "notional", annualPence: 400_000 },
          { way: "third-party", annualPence: 500_000, organisation: "Leeds Support Trust" },
        ],
      },
      reasons: "A direct payment needs an account first",
    });
    expect(errorOf(mix)).toMatchObject({ status: 422, paths: ["arrangement.parts"] });
    expect((await getPhbApplication(t.db, t.tableName, id))?.record.case.holding).toBeUndefined();
  });

  it("an unknown route and a bad NHS number, and nothing is created", async () => {
    const unknown = await c.apply({
      principal: tom,
      body: { ...application, routeId: "gym-membership" },
    });
    expect(errorOf(unknown)).toMatchObject({ status: 422, paths: ["routeId"] });
    const badNhs = await c.apply({
      principal: tom,
      body: {
        ...application,
        forSomeoneElse: {
          nhsNumber: "943 476 5918",
          givenName: "A",
          familyName: "B",
          dateOfBirth: "1950-01-01",
          relationship: "Son",
          isRepresentative: false,
        },
      },
    });
    expect(errorOf(badNhs)).toMatchObject({ status: 422, paths: ["forSomeoneElse.nhsNumber"] });
    const sixOutcomes = await c.apply({
      principal: tom,
      body: { ...application, outcomes: Array(6).fill("x") },
    });
    expect(errorOf(sixOutcomes).paths).toEqual(["outcomes"]);
    expect(await phbApplicationsOf(t.db, t.tableName, "patient-tom")).toEqual([]);
  });
});
