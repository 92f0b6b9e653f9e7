import { type Principal, routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";
import { httpEvent, lambdaContext } from "@front-door/lambda/testing";
import {
  appointmentsOfPatient,
  getSlot,
  messagesFor,
  type NewSlot,
  publishSlots,
  readDailyCounts,
  requestsOfSiteDay,
} from "@front-door/store";
import type { FaultRule } from "@front-door/store/faults";
import { beforeAll, describe, expect, it } from "vitest";
import { makeMyAppointmentCancel } from "../../functions/src/same-day/handlers/my-appointments.ts";
import { makeSameDayBooking } from "../../functions/src/same-day/handlers/same-day-bookings.ts";
import { makeSameDayHold } from "../../functions/src/same-day/handlers/same-day-holds.ts";
import { makeSameDayRequestCreate } from "../../functions/src/same-day/handlers/same-day-triage.ts";
import { faultyTable, onKeys } from "./fault-fixture.ts";
import { idempotencyFor } from "./route-caller.ts";
import { freshTable, type TestTable } from "./support.ts";

const today = "2026-11-24"; // winter: London time is UTC
const clock = new Date(`${today}T09:00:00Z`);
const amira = {
  role: "patient",
  userId: "user-patient-amira",
  patientId: "patient-amira",
  nhsNumber: "9990000018",
} as const satisfies Principal;
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
    templateId: "template-1",
  };
}

/** The patient's routes, each call through a client that injects `rules`. */
function api(rules: readonly FaultRule[]) {
  const faulty = faultyTable(t, rules);
  const deps = { db: faulty.db, tableName: t.tableName, now: () => clock };
  const handlers = {
    request: http(
      routes.sameDayRequestCreate,
      makeSameDayRequestCreate(deps),
      idempotencyFor(routes.sameDayRequestCreate, faulty),
    ),
    hold: http(routes.sameDayHoldCreate, makeSameDayHold(deps)),
    book: http(
      routes.sameDayBookingCreate,
      makeSameDayBooking(deps),
      idempotencyFor(routes.sameDayBookingCreate, faulty),
    ),
    cancel: http(routes.myAppointmentCancel, makeMyAppointmentCancel(deps)),
  };
  const call = async (
    handler: keyof typeof handlers,
    path: string,
    body: unknown,
    extra: { key?: string; params?: Record<string, string> } = {},
  ) => {
    const event = httpEvent({
      method: "POST",
      path,
      principal: amira,
      headers: {
        "content-type": "application/json",
        ...(extra.key ? { "idempotency-key": extra.key } : {}),
      },
      body: JSON.stringify(body),
    });
    if (extra.params) event.pathParameters = extra.params;
    const response = await handlers[handler](event, lambdaContext());
    return {
      status: response.statusCode,
      headers: response.headers ?? {},
      body: JSON.parse(response.body || "null"),
    };
  };
  return {
    log: faulty.log,
    ask: (key: string) => call("request", "/api/same-day/requests", answers, { key }),
    hold: (slotId: string) => call("hold", "/api/same-day/holds", { slotId }),
    book: (body: Record<string, string>, key: string) =>
      call("book", "/api/same-day/bookings", body, { key }),
    cancel: (appointmentId: string) =>
      call(
        "cancel",
        `/api/me/appointments/${appointmentId}/cancel`,
        { reason: "I feel better" },
        { params: { appointmentId } },
      ),
  };
}

const answers = {
  questionnaireVersion: 1,
  appointmentFor: "myself",
  ...Object.fromEntries(
    [
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
    ].map((id) => [id, "no"]),
  ),
  problem: "sore ear for 2 days",
  duration: "1-to-3-days",
};

async function counts() {
  const rows = await readDailyCounts(t.db, t.tableName, "icb-west-yorkshire", today, today);
  const row = rows.find((r) => r.siteId === "site-chapeltown" && r.service === "same-day-gp");
  return { requests: row?.requests ?? 0, booked: row?.booked ?? 0, cancelled: row?.cancelled ?? 0 };
}

const requestsNow = async () =>
  (await requestsOfSiteDay(t.db, t.tableName, "site-chapeltown", today)).length;

function expectUnavailable(answer: { status?: number; headers: object; body: unknown }) {
  expect(answer.status).toBe(503);
  expect(answer.headers).toMatchObject({ "retry-after": "2" });
  expect(answer.body).toMatchObject({ error: { code: "service_unavailable" } });
}

// Every transaction or conditional write the journey makes, on the items it contends for.
const journeyWrites = onKeys("SLOT#", "APPT#", "REQ#", "COUNTS#", "PATIENT#");
const always = (kind: FaultRule["kind"]): FaultRule[] => [
  { kind, commands: ["TransactWriteItems", "UpdateItem"], key: journeyWrites },
];
const once = (kind: FaultRule["kind"]): FaultRule[] => [
  { ...always(kind)[0], times: 1 } as FaultRule,
];

beforeAll(async () => {
  t = await freshTable();
  await publishSlots(t.db, t.tableName, [slotAt("10:00"), slotAt("10:15")]);
});

describe("the same-day journey when DynamoDB conflicts, throttles or is unreachable", () => {
  let requestId = "";
  let appointmentId = "";
  const slotId = slotAt("10:00").id;

  it("records a request once after a throttled attempt; answers 503 and records nothing when every attempt fails", async () => {
    const before = await counts();
    const beforeRequests = await requestsNow();
    expectUnavailable(await api(always("throttle")).ask("request-key-0001"));
    expect(await requestsNow()).toBe(beforeRequests);
    expect(await counts()).toEqual(before);
    // The same Idempotency-Key may be sent again: nothing was kept under it.
    const faulty = api(once("throttle"));
    const asked = await faulty.ask("request-key-0001");
    expect(asked.status).toBe(200);
    expect(faulty.log.injected("throttle")).toBe(1);
    requestId = asked.body.requestId;
    expect(await requestsNow()).toBe(beforeRequests + 1);
    expect(await counts()).toEqual({ ...before, requests: before.requests + 1 });
  });

  it("holds after a conflict; a hold that never gets through is a 503 and leaves the slot free", async () => {
    expectUnavailable(await api(always("conflict")).hold(slotId));
    expect((await getSlot(t.db, t.tableName, slotId))?.status).toBe("free");
    const faulty = api(once("conflict"));
    expect((await faulty.hold(slotId)).status).toBe(200);
    expect(faulty.log.injected("conflict")).toBe(1);
    expect(await getSlot(t.db, t.tableName, slotId)).toMatchObject({
      status: "busy-tentative",
      holdPatientId: amira.patientId,
    });
  });

  it("books after a conflicting transaction, counted once; when the table stays busy, 503 and nothing half-written", async () => {
    const before = await counts();
    const body = { slotId, requestId };
    // Its one read (slot, patient, request and Idempotency-Key record), throttled throughout.
    const reads = api([{ kind: "throttle", commands: ["BatchGetItem"], key: onKeys("SLOT#") }]);
    expectUnavailable(await reads.book(body, "booking-key-0001"));
    expect(reads.log.injected("throttle")).toBeGreaterThan(1);
    for (const kind of ["conflict", "throttle", "connection", "timeout", "server"] as const) {
      expectUnavailable(await api(always(kind)).book(body, "booking-key-0001"));
    }
    expect((await getSlot(t.db, t.tableName, slotId))?.status).toBe("busy-tentative");
    expect(await appointmentsOfPatient(t.db, t.tableName, amira.patientId)).toEqual([]);
    expect(await messagesFor(t.db, t.tableName, amira.patientId)).toEqual([]);
    expect(await counts()).toEqual(before);
    const faulty = api(once("conflict"));
    const booked = await faulty.book(body, "booking-key-0001");
    expect(booked.status).toBe(201);
    expect(faulty.log.injected("conflict")).toBe(1);
    // Every attempt of the transaction carried the same ClientRequestToken.
    const tokens = faulty.log.attempts
      .filter((a) => a.operation === "TransactWriteItems")
      .map((a) => a.clientRequestToken);
    expect(tokens).toHaveLength(2);
    expect(new Set(tokens).size).toBe(1);
    appointmentId = booked.body.appointment.id;
    expect((await getSlot(t.db, t.tableName, slotId))?.status).toBe("busy");
    expect(await counts()).toEqual({ ...before, booked: before.booked + 1 });
  });

  it("cancels after a conflict; a cancel that meets conflicts throughout is a 503, never a 409, and the appointment stays booked", async () => {
    const before = await counts();
    const refused = await api(always("conflict")).cancel(appointmentId);
    expectUnavailable(refused);
    const [still] = await appointmentsOfPatient(t.db, t.tableName, amira.patientId);
    expect(still?.status).toBe("booked");
    expect((await getSlot(t.db, t.tableName, slotId))?.status).toBe("busy");
    expect(await counts()).toEqual(before);
    const faulty = api(once("throttle"));
    const cancelled = await faulty.cancel(appointmentId);
    expect(cancelled.status).toBe(200);
    expect(faulty.log.injected("throttle")).toBe(1);
    expect((await getSlot(t.db, t.tableName, slotId))?.status).toBe("free");
    expect(await counts()).toEqual({ ...before, cancelled: before.cancelled + 1 });
  });

  it("answers a booking sent again after its answer was lost (committed, then timed out and 503) with that booking, booked and counted once", async () => {
    const before = await counts();
    const slotId = slotAt("10:15").id;
    expect((await api([]).hold(slotId)).status).toBe(200);
    // Every attempt reaches the table and then times out: the first commits, the retries
    // (same ClientRequestToken) are the same transaction, and the patient is told 503.
    const lost: FaultRule[] = [{ ...always("timeout")[0], afterCommit: true } as FaultRule];
    expectUnavailable(await api(lost).book({ slotId }, "booking-key-0002"));
    const [made] = (await appointmentsOfPatient(t.db, t.tableName, amira.patientId)).filter(
      (a) => a.slotId === slotId,
    );
    expect(made?.status).toBe("booked");
    // The patient waits the Retry-After and sends the same request again.
    const again = await api([]).book({ slotId }, "booking-key-0002");
    expect(again.status).toBe(201);
    expect(again.body.appointment.id).toBe(made?.id);
    expect(again.body.bookingReference).toBe(made?.bookingReference);
    const mine = (await appointmentsOfPatient(t.db, t.tableName, amira.patientId)).filter(
      (a) => a.slotId === slotId,
    );
    expect(mine).toHaveLength(1);
    expect(await getSlot(t.db, t.tableName, slotId)).toMatchObject({
      status: "busy",
      appointmentId: made?.id,
    });
    expect(await counts()).toEqual({ ...before, booked: before.booked + 1 });
    expect(
      (await messagesFor(t.db, t.tableName, amira.patientId)).filter(
        (m) => m.kind === "booking-confirmed",
      ),
    ).toHaveLength(2);
  });
});
