import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { type Principal, type RouteDefinition, routes } from "@front-door/contracts";
import { currentTriageQuestionnaire, redFlagQuestions } from "@front-door/domain";
import { http, type RouteHandler } from "@front-door/lambda";
import { idempotencyInTransaction } from "@front-door/lambda/idempotency-in-transaction";
import { httpEvent, lambdaContext } from "@front-door/lambda/testing";
import {
  addPatientIfAbsent,
  appointmentsOfPatient,
  demoPatients,
  type NewSlot,
  publishSlots,
  readDailyCounts,
  referralsOfPatient,
  requestsOfSiteDay,
} from "@front-door/store";
import type { FaultRule } from "@front-door/store/faults";
import { beforeAll, describe, expect, it } from "vitest";
import { makeSelfReferralCreate } from "../../functions/src/referrals/handlers/self-referral.ts";
import { recentSites } from "../../functions/src/same-day/handlers/recent-reads.ts";
import { makeSameDayBooking } from "../../functions/src/same-day/handlers/same-day-bookings.ts";
import { makeSameDayHold } from "../../functions/src/same-day/handlers/same-day-holds.ts";
import { makeSameDayRequestCreate } from "../../functions/src/same-day/handlers/same-day-triage.ts";
import { faultyTable, onKeys } from "./fault-fixture.ts";
import { physio, physioAnswers, tom as tomReferring } from "./referral-fixtures.ts";
import { freshTable, measuringClient, type TestTable } from "./support.ts";

/**
 * Idempotency-Key records saved by the route's own transaction (same-day request and booking),
 * against DynamoDB Local: a repeat answers what the first did and writes nothing; a key reused
 * for another body is a 422; two at once write once and answer alike; a fault is a retry or a
 * 503 that leaves the key free, never half a write.
 */
const today = "2026-12-09"; // winter: London time is UTC
const clock = new Date(`${today}T08:00:00Z`);
type PatientPrincipal = Extract<Principal, { role: "patient" }>;
const patient = (id: string, nhsNumber: string): PatientPrincipal => ({
  role: "patient",
  userId: `user-${id}`,
  patientId: id,
  nhsNumber,
});
const amira = patient("patient-amira", "9990000018");
const tom = patient("patient-tom", "9990001383");
const edith = patient("patient-edith", "9990002754");
let t: TestTable;

function slotAt(hhmm: string): NewSlot {
  const start = new Date(`${today}T${hhmm}:00Z`);
  return {
    id: `site-chapeltown_${today}_${hhmm}_same-day-gp_in-person_0`,
    siteId: "site-chapeltown",
    icbId: "icb-west-yorkshire",
    service: "same-day-gp",
    channel: "in-person",
    start: start.toISOString(),
    end: new Date(start.getTime() + 15 * 60_000).toISOString(),
    localDate: today,
    localStart: hhmm,
    sameDayOnly: true,
    templateId: "template-once",
  };
}

const answers = (problem: string) => ({
  questionnaireVersion: 1,
  appointmentFor: "myself",
  ...Object.fromEntries(
    redFlagQuestions(currentTriageQuestionnaire, { appointmentFor: "myself" }).map((q) => [
      q.id,
      "no",
    ]),
  ),
  problem,
  duration: "1-to-3-days",
});

type Db = TestTable["db"];

/** A route through the glue, its record in its transaction, on the given client. */
function route<R extends RouteDefinition>(
  r: R,
  make: (deps: { db: Db; tableName: string; now: () => Date }) => RouteHandler<R>,
  db: Db,
) {
  const handler = http(r, make({ db, tableName: t.tableName, now: () => clock }), {
    idempotency: idempotencyInTransaction({ db, tableName: t.tableName, now: () => clock }),
  });
  return async (who: Principal, body: unknown, key?: string) => {
    const response = await handler(
      httpEvent({
        method: "POST",
        path: r.path,
        principal: who,
        headers: { "content-type": "application/json", ...(key ? { "idempotency-key": key } : {}) },
        body: JSON.stringify(body),
      }),
      lambdaContext(),
    );
    return {
      status: response.statusCode,
      headers: response.headers ?? {},
      body: JSON.parse(response.body || "null"),
    };
  };
}

const measured = measuringClient();
// A warm function's copy of the sites, as the booking entry wires it.
let sitesCopy: ReturnType<typeof recentSites>;
const book = (db: Db = measured.db) =>
  route(routes.sameDayBookingCreate, (deps) => makeSameDayBooking({ ...deps, ...sitesCopy }), db);
const ask = (db: Db = measured.db) =>
  route(routes.sameDayRequestCreate, makeSameDayRequestCreate, db);
const hold = (who: Principal, slotId: string) =>
  route(routes.sameDayHoldCreate, makeSameDayHold, t.db)(who, { slotId });

async function records(routeId: string) {
  const { Items = [] } = await t.db.send(
    new ScanCommand({
      TableName: t.tableName,
      FilterExpression: "begins_with(pk, :prefix)",
      ExpressionAttributeValues: { ":prefix": `IDEMPOTENCY#${routeId}#` },
      ConsistentRead: true,
    }),
  );
  return Items;
}

async function counts() {
  const rows = await readDailyCounts(t.db, t.tableName, "icb-west-yorkshire", today, today);
  const row = rows.find((r) => r.siteId === "site-chapeltown" && r.service === "same-day-gp");
  return { requests: row?.requests ?? 0, booked: row?.booked ?? 0 };
}

const booked = async (who: PatientPrincipal) =>
  (await appointmentsOfPatient(t.db, t.tableName, who.patientId)).filter(
    (a) => a.localDate === today,
  );

beforeAll(async () => {
  t = await freshTable();
  sitesCopy = recentSites(t.db, t.tableName);
  await sitesCopy.siteOf("site-chapeltown");
  await publishSlots(t.db, t.tableName, ["10:00", "10:15", "10:30", "10:45", "11:00"].map(slotAt));
});

describe("same-day booking with its Idempotency-Key record in the booking's transaction", () => {
  it("answers a repeat with the first answer, from the record read beside the handler's reads: no second write", async () => {
    const slotId = slotAt("10:00").id;
    expect((await hold(amira, slotId)).status).toBe(200);
    const before = await counts();
    measured.reset();
    const first = await book()(amira, { slotId }, "once-book-0001");
    expect(first.status).toBe(201);
    // The record looked for beside the slot and the patient, then one transaction.
    expect(measured.cost.calls.filter((c) => c === "TransactWriteItemsCommand")).toHaveLength(1);
    expect(measured.cost.calls).not.toContain("PutItemCommand");
    expect(measured.cost.calls).not.toContain("UpdateItemCommand");
    expect(measured.cost.roundTrips).toBe(2);
    measured.reset();
    const again = await book()(amira, { slotId }, "once-book-0001");
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.location).toBe(first.headers.location);
    expect(measured.cost.calls).not.toContain("TransactWriteItemsCommand");
    expect(await booked(amira)).toHaveLength(1);
    expect(await counts()).toEqual({ ...before, booked: before.booked + 1 });
    const [record, ...others] = await records(routes.sameDayBookingCreate.id);
    expect(others).toEqual([]);
    expect(record?.sk).toBe("IDEMPOTENCY");
    expect(Number(record?.ttl)).toBe(Math.floor(clock.getTime() / 1000) + 24 * 60 * 60);
  });

  it("refuses the same key with another body (422), and books nothing for it", async () => {
    const slotId = slotAt("10:15").id;
    expect((await hold(tom, slotId)).status).toBe(200);
    const first = await book()(tom, { slotId }, "once-book-0002");
    expect(first.status).toBe(201);
    const reused = await book()(tom, { slotId: slotAt("10:30").id }, "once-book-0002");
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe("idempotency_key_reused");
    expect(await booked(tom)).toHaveLength(1);
  });

  it("books once for two requests with one key at once, and answers both alike", async () => {
    const slotId = slotAt("10:45").id;
    expect((await hold(edith, slotId)).status).toBe(200);
    const before = await counts();
    const both = await Promise.all([
      book(t.db)(edith, { slotId }, "once-book-0003"),
      book(t.db)(edith, { slotId }, "once-book-0003"),
    ]);
    expect(both.map((answer) => answer.status)).toEqual([201, 201]);
    expect(both[1]?.body).toEqual(both[0]?.body);
    expect(await booked(edith)).toHaveLength(1);
    expect(await counts()).toEqual({ ...before, booked: before.booked + 1 });
  });
});

describe("same-day request with its record in the request's transaction", () => {
  it("records a request once for a repeat, a 422 for the key reused, and once for two at once", async () => {
    const before = await counts();
    const queue = async () =>
      (await requestsOfSiteDay(t.db, t.tableName, "site-chapeltown", today)).length;
    const inQueue = await queue();
    const first = await ask()(amira, answers("sore ear"), "once-ask-0001");
    expect(first.status).toBe(200);
    const again = await ask()(amira, answers("sore ear"), "once-ask-0001");
    expect(again.body.requestId).toBe(first.body.requestId);
    const reused = await ask()(amira, answers("a different problem"), "once-ask-0001");
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe("idempotency_key_reused");
    const both = await Promise.all([
      ask(t.db)(amira, answers("cough"), "once-ask-0002"),
      ask(t.db)(amira, answers("cough"), "once-ask-0002"),
    ]);
    expect(both.map((answer) => answer.status)).toEqual([200, 200]);
    expect(both[1]?.body.requestId).toBe(both[0]?.body.requestId);
    expect(await queue()).toBe(inQueue + 2);
    expect(await counts()).toEqual({ ...before, requests: before.requests + 2 });
  });
});

describe("self-referral with its record in the referral's transaction", () => {
  it("makes one referral for a repeat and for two at once, answering each alike", async () => {
    const submit = route(routes.selfReferralCreate, makeSelfReferralCreate, t.db);
    const referral = { serviceId: physio, questionnaireVersion: 1, answers: physioAnswers };
    const mine = async () => (await referralsOfPatient(t.db, t.tableName, "patient-tom")).length;
    const before = await mine();
    const first = await submit(tomReferring, referral, "once-refer-0001");
    expect(first.status).toBe(200);
    const again = await submit(tomReferring, referral, "once-refer-0001");
    expect(again.body).toEqual(first.body);
    const both = await Promise.all([
      submit(tomReferring, referral, "once-refer-0002"),
      submit(tomReferring, referral, "once-refer-0002"),
    ]);
    expect(both[1]?.body.referral.id).toBe(both[0]?.body.referral.id);
    expect(await mine()).toBe(before + 2);
    expect(await records(routes.selfReferralCreate.id)).toHaveLength(2);
  });
});

describe("faults on a write that carries its record", () => {
  const writes = onKeys("SLOT#", "APPT#", "REQ#", "COUNTS#");
  const rule = (kind: FaultRule["kind"], times?: number): FaultRule[] => [
    { kind, commands: ["TransactWriteItems"], key: writes, ...(times ? { times } : {}) },
  ];

  it("books after a conflicting attempt, once; a throttled booking is a 503 that keeps no record, and the same key then books", async () => {
    const slotId = slotAt("11:00").id;
    const who = patient("patient-faults", "9990000026");
    const base = demoPatients.find((p) => p.id === "patient-amira");
    if (!base) throw new Error("demo patient missing");
    await addPatientIfAbsent(t.db, t.tableName, {
      ...base,
      id: who.patientId,
      nhsNumber: who.nhsNumber,
    });
    expect((await hold(who, slotId)).status).toBe(200);
    const before = await counts();
    const throttled = await book(faultyTable(t, rule("throttle")).db)(
      who,
      { slotId },
      "once-book-0004",
    );
    expect(throttled.status).toBe(503);
    expect(throttled.headers["retry-after"]).toBe("2");
    expect(await booked(who)).toEqual([]);
    const saved = await records(routes.sameDayBookingCreate.id);
    const conflicted = faultyTable(t, rule("conflict", 1));
    const made = await book(conflicted.db)(who, { slotId }, "once-book-0004");
    expect(made.status).toBe(201);
    expect(conflicted.log.injected("conflict")).toBe(1);
    expect(await booked(who)).toHaveLength(1);
    expect(await counts()).toEqual({ ...before, booked: before.booked + 1 });
    expect(await records(routes.sameDayBookingCreate.id)).toHaveLength(saved.length + 1);
    const again = await book()(who, { slotId }, "once-book-0004");
    expect(again.body).toEqual(made.body);
  });
});
