import { type Principal, routes } from "@front-door/contracts";
import type { http } from "@front-door/lambda";
import { httpEvent, lambdaContext } from "@front-door/lambda/testing";
import { getSameDayRequest, readDailyCounts, requestsOfSiteDay } from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { makeSameDaySlots } from "../../functions/src/same-day/handlers/same-day-slots.ts";
import { makeSameDayRequestCreate } from "../../functions/src/same-day/handlers/same-day-triage.ts";
import { makeStaffQueue } from "../../functions/src/staff/handlers/staff-queue.ts";
import { checkedHttp, idempotencyFor } from "./route-caller.ts";
import { freshTable, type TestTable } from "./support.ts";

// The patient's own words screened at same-day triage (DynamoDB Local, through the route caller).

const today = "2026-11-25";
const clock = new Date(`${today}T09:00:00Z`);
const amira = {
  role: "patient",
  userId: "user-amira",
  patientId: "patient-amira",
  nhsNumber: "9990000018",
} as const satisfies Principal;
const receptionist = {
  role: "receptionist",
  userId: "r-chapeltown",
  siteId: "site-chapeltown",
} as const satisfies Principal;

let t: TestTable;
let create: ReturnType<typeof http>;
let slots: ReturnType<typeof http>;
let queue: ReturnType<typeof http>;

beforeAll(async () => {
  t = await freshTable();
  const deps = { db: t.db, tableName: t.tableName, now: () => clock };
  create = checkedHttp(
    routes.sameDayRequestCreate,
    makeSameDayRequestCreate(deps),
    idempotencyFor(routes.sameDayRequestCreate, t),
  );
  slots = checkedHttp(routes.sameDaySlots, makeSameDaySlots(deps));
  queue = checkedHttp(routes.staffQueue, makeStaffQueue(deps));
});

const adultNo = [
  "chestPain",
  "strokeSigns",
  "breathing",
  "allergicReaction",
  "fit",
  "unconsciousOrConfused",
  "suddenHeadache",
  "bleeding",
  "seriousInjury",
  "burn",
  "abdominalPain",
  "suicideOrSelfHarm",
];
const answers = (problem: string, extra: Record<string, unknown> = {}) => ({
  questionnaireVersion: 1,
  appointmentFor: "myself",
  ...Object.fromEntries(adultNo.map((id) => [id, "no"])),
  problem,
  duration: "today",
  ...extra,
});

async function send(handler: ReturnType<typeof http>, event: Parameters<typeof httpEvent>[0]) {
  const response = await handler(httpEvent(event), lambdaContext());
  return { status: response.statusCode, body: JSON.parse(response.body || "null") };
}
const ask = (body: unknown) =>
  send(create, {
    method: "POST",
    path: "/api/same-day/requests",
    principal: amira,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

async function counts() {
  const rows = await readDailyCounts(t.db, t.tableName, "icb-west-yorkshire", today, today);
  const row = rows.find((r) => r.siteId === "site-chapeltown" && r.service === "same-day-gp");
  return { requests: row?.requests ?? 0, diversions: row?.diversions ?? 0 };
}

const requestsToday = () => requestsOfSiteDay(t.db, t.tableName, "site-chapeltown", today);

describe("same-day triage reads the patient's own words", () => {
  it.each([
    ["crushing chest pain", "chest-pain", "call-999"],
    ["I can't breathe", "breathing", "call-999"],
    ["I want to kill myself", "suicide-or-self-harm", "mental-health-crisis"],
  ])(
    "diverts %j after every 'no', recorded and counted as a diversion",
    async (problem, category, action) => {
      const before = await counts();
      const beforeIds = new Set((await requestsToday()).map((r) => r.id));
      const { status, body } = await ask(answers(problem));
      expect(status).toBe(200);
      expect(body.outcome).toMatchObject({
        kind: "red-flag",
        freeText: { categories: [category] },
        advice: { action },
      });
      expect(body.requestId).toBeUndefined();
      expect(await counts()).toEqual({
        requests: before.requests + 1,
        diversions: before.diversions + 1,
      });
      const added = (await requestsToday()).filter((r) => !beforeIds.has(r.id));
      expect(added).toHaveLength(1);
      expect(added[0]).toMatchObject({
        status: "diverted",
        triage: {
          outcome: "red-flag",
          freeText: { categories: [category], patientSaidNotEmergency: false },
        },
      });
      // Nobody works a diverted request: the words are not kept, only the category ids.
      expect(JSON.stringify(added[0])).not.toContain(problem);
    },
  );

  it("goes on normally when the words deny it: 'no chest pain'", async () => {
    const before = await counts();
    const { status, body } = await ask(answers("no chest pain, just a sore ear"));
    expect(status).toBe(200);
    expect(body.outcome.kind).toBe("proceed");
    expect(body.outcome.urgent).toBeUndefined();
    const request = await getSameDayRequest(t.db, t.tableName, body.requestId);
    expect(request).toMatchObject({ status: "started" });
    expect(request?.urgent).toBeUndefined();
    expect(await counts()).toEqual({
      requests: before.requests + 1,
      diversions: before.diversions,
    });
  });

  it("sends the request on, urgent and in the staff queue, when the patient says it was not meant that way", async () => {
    const before = await counts();
    const { status, body } = await ask(
      answers("crushing chest pain", { freeTextNotEmergency: true }),
    );
    expect(status).toBe(200);
    expect(body.outcome).toMatchObject({ kind: "proceed", urgent: true });
    const requestId: string = body.requestId;
    expect(requestId).toEqual(expect.any(String));
    expect(await counts()).toEqual({
      requests: before.requests + 1,
      diversions: before.diversions,
    });

    const stored = await getSameDayRequest(t.db, t.tableName, requestId);
    expect(stored).toMatchObject({
      status: "open",
      urgent: true,
      description: "crushing chest pain",
      triage: { outcome: "proceed", freeText: { patientSaidNotEmergency: true } },
    });

    const seen = await send(queue, {
      path: "/api/staff/queue",
      query: { date: today },
      principal: receptionist,
    });
    expect(seen.status).toBe(200);
    // Urgent first, before any other open request.
    expect(seen.body.requests[0]).toMatchObject({
      id: requestId,
      status: "open",
      urgent: true,
      description: "crushing chest pain",
    });

    // The patient may still choose a time.
    const offered = await send(slots, {
      path: "/api/same-day/slots",
      query: { requestId },
      principal: amira,
    });
    expect(offered.status).toBe(200);
  });

  it("never lets 'not meant that way' override a yes to a red-flag question", async () => {
    const { status, body } = await ask(
      answers("crushing chest pain", { chestPain: "yes", freeTextNotEmergency: true }),
    );
    expect(status).toBe(200);
    expect(body.outcome.kind).toBe("red-flag");
    expect(body.outcome.freeText).toBeUndefined();
    expect(body.requestId).toBeUndefined();
  });

  it("refuses a confirmation that is not true or false, with a field message", async () => {
    const { status, body } = await ask(answers("sore ear", { freeTextNotEmergency: "yes" }));
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain("freeTextNotEmergency");
  });
});
