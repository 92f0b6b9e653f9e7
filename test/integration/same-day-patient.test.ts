import { type Principal, routes } from "@front-door/contracts";
import type { http } from "@front-door/lambda";
import { httpEvent, lambdaContext } from "@front-door/lambda/testing";
import { SimulatedSender } from "@front-door/notify";
import {
  addPatientIfAbsent,
  appointmentsOfPatient,
  demoPatients,
  getMessage,
  getSlot,
  keys,
  messagesFor,
  type NewSlot,
  publishSlots,
  readDailyCounts,
  requestsOfSiteDay,
} from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { deliverMessage } from "../../functions/src/handlers/deliver-messages.ts";
import {
  makeMyAppointmentCancel,
  makeMyAppointments,
} from "../../functions/src/same-day/handlers/my-appointments.ts";
import { recentSites } from "../../functions/src/same-day/handlers/recent-reads.ts";
import { makeSameDayBooking } from "../../functions/src/same-day/handlers/same-day-bookings.ts";
import { makeSameDayHold } from "../../functions/src/same-day/handlers/same-day-holds.ts";
import { makeSameDayQuestionnaire } from "../../functions/src/same-day/handlers/same-day-questionnaire.ts";
import {
  makeSameDayCallback,
  makeSameDayWaitingList,
} from "../../functions/src/same-day/handlers/same-day-queue.ts";
import { makeSameDaySlots } from "../../functions/src/same-day/handlers/same-day-slots.ts";
import { makeSameDayRequestCreate } from "../../functions/src/same-day/handlers/same-day-triage.ts";
import { checkedHttp, idempotencyFor } from "./route-caller.ts";
import { countingClient, freshTable, type TestTable } from "./support.ts";

const today = "2026-11-24"; // winter: London time is UTC
let clock = new Date(`${today}T09:00:00Z`);
let t: TestTable;
let api: ReturnType<typeof handlersFor>;

const patient = (id: string, nhsNumber = "9990000018") =>
  ({
    role: "patient",
    userId: `user-${id}`,
    patientId: id,
    nhsNumber,
  }) as const satisfies Principal;
const amira = patient("patient-amira");
const tom = patient("patient-tom", "9990001383");
const edith = patient("patient-edith", "9990002754");
const waiter = patient("patient-waiter", "9990003726");
const homeless = patient("patient-unregistered", "9990004633");

function slotAt(siteId: string, hhmm: string, channel: NewSlot["channel"] = "in-person"): NewSlot {
  const start = new Date(`${today}T${hhmm}:00Z`);
  return {
    id: `${siteId}_${today}_${hhmm}_same-day-gp_${channel}_0`,
    siteId,
    icbId: siteId === "site-york-clifton" ? "icb-humber-north-yorkshire" : "icb-west-yorkshire",
    service: "same-day-gp",
    channel,
    start: start.toISOString(),
    end: new Date(start.getTime() + 15 * 60_000).toISOString(),
    localDate: today,
    localStart: hhmm,
    sameDayOnly: true,
    templateId: "template-1",
  };
}

function handlersFor(table: TestTable) {
  const deps = { db: table.db, tableName: table.tableName, now: () => clock };
  return {
    questionnaire: checkedHttp(routes.sameDayQuestionnaire, makeSameDayQuestionnaire()),
    request: checkedHttp(
      routes.sameDayRequestCreate,
      makeSameDayRequestCreate(deps),
      idempotencyFor(routes.sameDayRequestCreate, table),
    ),
    slots: checkedHttp(routes.sameDaySlots, makeSameDaySlots(deps)),
    hold: checkedHttp(routes.sameDayHoldCreate, makeSameDayHold(deps)),
    book: checkedHttp(
      routes.sameDayBookingCreate,
      makeSameDayBooking(deps),
      idempotencyFor(routes.sameDayBookingCreate, table),
    ),
    mine: checkedHttp(routes.myAppointments, makeMyAppointments(deps)),
    cancel: checkedHttp(routes.myAppointmentCancel, makeMyAppointmentCancel(deps)),
    callback: checkedHttp(routes.sameDayCallback, makeSameDayCallback(deps)),
    waitingList: checkedHttp(routes.sameDayWaitingList, makeSameDayWaitingList(deps)),
  };
}

beforeAll(async () => {
  t = await freshTable();
  api = handlersFor(t);
  const base = demoPatients[0];
  if (!base) throw new Error("no demo patient");
  await addPatientIfAbsent(t.db, t.tableName, {
    ...base,
    id: waiter.patientId,
    nhsNumber: waiter.nhsNumber,
    profile: { ...base.profile, consent: { sms: false, email: true } },
  });
  const { registeredSiteId: _none, ...unregistered } = base;
  await addPatientIfAbsent(t.db, t.tableName, {
    ...unregistered,
    id: homeless.patientId,
    nhsNumber: homeless.nhsNumber,
  });
  await publishSlots(t.db, t.tableName, [
    slotAt("site-chapeltown", "09:05"), // inside the 10-minute notice at 09:00: never offered
    slotAt("site-chapeltown", "10:00"),
    slotAt("site-chapeltown", "10:15"),
    slotAt("site-chapeltown", "10:30", "telephone"),
    slotAt("site-armley", "11:00"),
    slotAt("site-armley", "11:15"),
    slotAt("site-halifax", "12:00", "video"),
    slotAt("site-york-clifton", "13:00"),
  ]);
});

interface Call {
  method?: string;
  path: string;
  principal?: Principal;
  body?: unknown;
  query?: Record<string, string>;
  key?: string;
  /** API Gateway's pathParameters: the route's {names} with their values. */
  params?: Record<string, string>;
}

async function call(handler: ReturnType<typeof http>, c: Call) {
  const event = httpEvent({
    method: c.method ?? (c.body === undefined ? "GET" : "POST"),
    path: c.path,
    ...(c.query ? { query: c.query } : {}),
    ...(c.principal ? { principal: c.principal } : {}),
    headers: {
      ...(c.body === undefined ? {} : { "content-type": "application/json" }),
      ...(c.key ? { "idempotency-key": c.key } : {}),
    },
    ...(c.body === undefined ? {} : { body: JSON.stringify(c.body) }),
  });
  if (c.params) event.pathParameters = c.params;
  const response = await handler(event, lambdaContext());
  return {
    status: response.statusCode,
    headers: response.headers ?? {},
    body: JSON.parse(response.body || "null"),
  };
}

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
const okAnswers = (problem = "sore ear for 2 days") => ({
  questionnaireVersion: 1,
  appointmentFor: "myself",
  ...Object.fromEntries(adultNo.map((id) => [id, "no"])),
  problem,
  duration: "1-to-3-days",
});

const ask = (principal: Principal, body: unknown = okAnswers()) =>
  call(api.request, { path: "/api/same-day/requests", principal, body });
const slotsFor = (principal: Principal, requestId: string) =>
  call(api.slots, { path: "/api/same-day/slots", principal, query: { requestId } });
const hold = (principal: Principal, slotId: string) =>
  call(api.hold, { path: "/api/same-day/holds", principal, body: { slotId } });
const book = (principal: Principal, body: Record<string, string>, key?: string) =>
  call(api.book, { path: "/api/same-day/bookings", principal, body, ...(key ? { key } : {}) });
const cancel = (principal: Principal, appointmentId: string, reason = "I feel better") =>
  call(api.cancel, {
    path: `/api/me/appointments/${appointmentId}/cancel`,
    params: { appointmentId },
    principal,
    body: { reason },
  });

async function countsAt(siteId: string) {
  const rows = await readDailyCounts(t.db, t.tableName, "icb-west-yorkshire", today, today);
  return rows.find((row) => row.siteId === siteId && row.service === "same-day-gp");
}

describe("the patient's same-day journey", () => {
  it("serves the triage questionnaire to anyone", async () => {
    const { status, body } = await call(api.questionnaire, {
      path: "/api/same-day/questionnaire",
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: "same-day-triage", version: 1 });
    expect(body.sections.length).toBeGreaterThan(3);
  });

  it("stops at a red flag with 999 advice, recorded as a diverted request and counted", async () => {
    const before = await countsAt("site-chapeltown");
    const { status, body } = await ask(amira, {
      questionnaireVersion: 1,
      appointmentFor: "myself",
      chestPain: "yes",
      problem: "crushing pain since breakfast",
    });
    expect(status).toBe(200);
    expect(body.outcome.kind).toBe("red-flag");
    expect(body.outcome.flags).toEqual(["chest-pain"]);
    expect(body.outcome.advice.accessibleRoutes.length).toBeGreaterThan(0);
    expect(body.requestId).toBeUndefined();
    const after = await countsAt("site-chapeltown");
    expect((after?.requests ?? 0) - (before?.requests ?? 0)).toBe(1);
    expect((after?.diversions ?? 0) - (before?.diversions ?? 0)).toBe(1);
    const recorded = (await requestsOfSiteDay(t.db, t.tableName, "site-chapeltown", today)).filter(
      (r) => r.status === "diverted",
    );
    expect(recorded).toHaveLength(1);
    expect(recorded[0]?.triage).toMatchObject({ outcome: "red-flag", flags: ["chest-pain"] });
    expect(JSON.stringify(recorded[0])).not.toContain("breakfast");
  });

  let requestId = "";
  let appointmentId = "";

  it("passes triage, then lists free slots today nearest first, by channel, in London time", async () => {
    const asked = await ask(amira);
    expect(asked.status).toBe(200);
    expect(asked.body.outcome.kind).toBe("proceed");
    expect(JSON.stringify(asked.body)).not.toContain("sore ear");
    requestId = asked.body.requestId;
    const { status, body } = await slotsFor(amira, requestId);
    expect(status).toBe(200);
    expect(body.sites.map((s: { site: { id: string } }) => s.site.id)).toEqual([
      "site-chapeltown",
      "site-armley",
      "site-halifax",
      "site-york-clifton",
    ]);
    const home = body.sites[0];
    expect(home.site.registered).toBe(true);
    expect(home.channels.map((c: { channel: string }) => c.channel)).toEqual([
      "in-person",
      "telephone",
    ]);
    // 09:05 is too soon to get there: not offered.
    expect(home.channels[0].slots.map((s: { localStart: string }) => s.localStart)).toEqual([
      "10:00",
      "10:15",
    ]);
    expect(home.channels[0].slots[0]).toMatchObject({ localEnd: "10:15", channel: "in-person" });
    expect(body.message).toBeUndefined();
  });

  it("holds and books: 201 with a reference, a message by consent with no clinical words", async () => {
    const slotId = slotAt("site-chapeltown", "10:00").id;
    const held = await hold(amira, slotId);
    expect(held.status).toBe(200);
    expect(held.body.heldUntil).toBe("2026-11-24T09:15:00.000Z");
    const booked = await book(amira, { slotId, requestId });
    expect(booked.status).toBe(201);
    expect(booked.headers.location).toBe(`/api/fhir/Appointment/${booked.body.appointment.id}`);
    expect(booked.body.bookingReference).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(booked.body.appointment).toMatchObject({
      status: "booked",
      localStart: "10:00",
      site: { id: "site-chapeltown", name: expect.any(String) },
    });
    appointmentId = booked.body.appointment.id;
    const [message] = await messagesFor(t.db, t.tableName, amira.patientId);
    expect(message).toMatchObject({ kind: "booking-confirmed", channels: ["sms"] });
    expect(message?.text).toContain(booked.body.bookingReference);
    expect(message?.text).not.toMatch(/ear|sore|pain/i);
    // The request that led here is allocated: it cannot be used again.
    expect((await slotsFor(amira, requestId)).status).toBe(409);
  });

  it("shows the booking in my appointments, upcoming", async () => {
    const { status, body } = await call(api.mine, {
      path: "/api/me/appointments",
      principal: amira,
    });
    expect(status).toBe(200);
    expect(body.upcoming).toHaveLength(1);
    expect(body.upcoming[0]).toMatchObject({
      id: appointmentId,
      status: "booked",
      localDate: today,
    });
    expect(body.upcoming[0].when).toBe("Tuesday 24 November at 10:00");
    expect(body.past).toEqual([]);
  });

  it("refuses to hold a second same-day time the same day: 409 already_booked_today naming the appointment", async () => {
    const slotId = slotAt("site-armley", "11:00").id;
    const second = await hold(amira, slotId);
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe("already_booked_today");
    expect(second.body.error.message).toMatch(/cancel it first/);
    expect(second.body.appointment).toMatchObject({
      id: appointmentId,
      localStart: "10:00",
      siteName: expect.any(String),
    });
    expect((await getSlot(t.db, t.tableName, slotId))?.status).toBe("free");
  });

  it("refuses to book a time that is not held for the caller", async () => {
    const refused = await book(tom, { slotId: slotAt("site-chapeltown", "10:15").id });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("hold_expired");
  });

  it("answers an idempotent retry of a booking with the same booking", async () => {
    const slotId = slotAt("site-halifax", "12:00", "video").id;
    expect((await hold(tom, slotId)).status).toBe(200);
    const first = await book(tom, { slotId }, "tom-booking-0001");
    const retry = await book(tom, { slotId }, "tom-booking-0001");
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    // The replay carries the first response's Location too.
    expect(retry.headers.location).toBe(first.headers.location);
    expect(await appointmentsOfPatient(t.db, t.tableName, tom.patientId)).toHaveLength(1);
  });

  it("cancels: the slot is freed at once and offered to the first on the waiting list", async () => {
    const waiting = await ask(waiter);
    expect(waiting.status).toBe(200);
    const joined = await call(api.waitingList, {
      path: "/api/same-day/waiting-list",
      principal: waiter,
      body: { requestId: waiting.body.requestId },
    });
    expect(joined.body).toMatchObject({ status: "joined", siteId: "site-chapeltown" });
    const { status, body } = await cancel(amira, appointmentId);
    expect(status).toBe(200);
    expect(body.appointment).toMatchObject({
      status: "cancelled",
      cancellationReason: "I feel better",
    });
    const slot = await getSlot(t.db, t.tableName, slotAt("site-chapeltown", "10:00").id);
    expect(slot).toMatchObject({ status: "busy-tentative", holdPatientId: waiter.patientId });
    // Nobody on the list is read for the offer: its message takes the channels the patient
    // agrees to when it is sent (the waiter agreed to email only).
    const [offer] = await messagesFor(t.db, t.tableName, waiter.patientId);
    expect(offer).toMatchObject({
      kind: "waiting-list-offer",
      channels: [],
      channelsAtSending: true,
    });
    const offerKey = keys.message(waiter.patientId, offer?.createdAt ?? "", offer?.id ?? "");
    const email = new SimulatedSender("email");
    const sms = new SimulatedSender("sms");
    await deliverMessage(
      { db: t.db, tableName: t.tableName, senders: { sms, email }, now: () => new Date() },
      offerKey,
    );
    expect(await getMessage(t.db, t.tableName, offerKey)).toMatchObject({
      status: "sent",
      channels: ["email"],
    });
    expect([email.accepted, sms.accepted]).toEqual([1, 0]);
    const amiraWasSent = (await messagesFor(t.db, t.tableName, amira.patientId)).map((m) => m.kind);
    expect(amiraWasSent.sort()).toEqual(["booking-cancelled-by-patient", "booking-confirmed"]);
    // Cancelling again is explained, not repeated.
    expect((await cancel(amira, appointmentId)).body.error.code).toBe("not_cancellable");
  });
});

describe("what a booking reads", () => {
  it("reads the slot and the patient every time, the site once in a while", async () => {
    const halifax = "Halifax Central Neighbourhood Health Centre";
    const [early, late] = [slotAt("site-halifax", "14:00"), slotAt("site-halifax", "14:15")];
    await publishSlots(t.db, t.tableName, [early, late]);
    const base = demoPatients[0];
    if (!base) throw new Error("no demo patient");
    const bookers = [
      patient("patient-booker-1", "9990006571"),
      patient("patient-booker-2", "9990006598"),
    ];
    for (const booker of bookers) {
      await addPatientIfAbsent(t.db, t.tableName, {
        ...base,
        id: booker.patientId,
        nhsNumber: booker.nhsNumber,
      });
    }
    const { db, calls } = countingClient();
    const deps = { db, tableName: t.tableName, now: () => new Date(`${today}T09:00:00Z`) };
    const cachedBook = checkedHttp(
      routes.sameDayBookingCreate,
      makeSameDayBooking({ ...deps, ...recentSites(db, t.tableName) }),
      // Sent no Idempotency-Key below: the calls counted are the booking's own.
      idempotencyFor(routes.sameDayBookingCreate, t),
    );
    const bookAs = async (booker: Principal, slotId: string) => {
      expect((await hold(booker, slotId)).status).toBe(200);
      calls.splice(0);
      const booked = await call(cachedBook, {
        path: "/api/same-day/bookings",
        principal: booker,
        body: { slotId },
      });
      expect(booked.status).toBe(201);
      expect(booked.body.appointment.site.name).toBe(halifax);
      return calls.splice(0).sort();
    };
    // The slot and the patient in one BatchGetItem, the site beside it.
    expect(await bookAs(bookers[0] as Principal, early.id)).toEqual([
      "BatchGetItemCommand",
      "GetItemCommand",
      "TransactWriteItemsCommand",
    ]);
    // The site's details from a moment ago: the slot and the patient are still read.
    expect(await bookAs(bookers[1] as Principal, late.id)).toEqual([
      "BatchGetItemCommand",
      "TransactWriteItemsCommand",
    ]);
    const [message] = await messagesFor(t.db, t.tableName, "patient-booker-2");
    expect(message?.text).toContain(halifax);
  });
});

describe("when nothing is free", () => {
  it("answers with no sites and offers the call-back queue and the waiting list", async () => {
    clock = new Date("2026-11-25T09:00:00Z");
    try {
      const asked = await ask(edith);
      const { status, body } = await slotsFor(edith, asked.body.requestId);
      expect(status).toBe(200);
      expect(body.sites).toEqual([]);
      expect(body.message).toMatch(/call you back.*waiting list/);
      expect(body.nextSteps.callback.path).toBe(
        `/api/same-day/requests/${asked.body.requestId}/callback`,
      );
      const callback = {
        path: body.nextSteps.callback.path,
        params: { requestId: asked.body.requestId },
        principal: edith,
        body: {},
      };
      const queued = await call(api.callback, callback);
      expect(queued).toMatchObject({ status: 200, body: { status: "open" } });
      expect((await call(api.callback, callback)).status).toBe(200);
      const waitingList = { path: "/api/same-day/waiting-list", principal: edith };
      const requestBody = { requestId: asked.body.requestId };
      expect((await call(api.waitingList, { ...waitingList, body: requestBody })).body.status).toBe(
        "joined",
      );
      expect((await call(api.waitingList, { ...waitingList, body: requestBody })).body.status).toBe(
        "already-waiting",
      );
    } finally {
      clock = new Date(`${today}T09:00:00Z`);
    }
  });

  it("says clearly when the patient has no registered practice (422)", async () => {
    const { status, body } = await ask(homeless);
    expect(status).toBe(422);
    expect(body.error.code).toBe("no_registered_site");
  });
});

describe("denials and bad input", () => {
  it("never lets one patient cancel another's appointment or use their request (404)", async () => {
    const asked = await ask(amira);
    expect((await slotsFor(tom, asked.body.requestId)).status).toBe(404);
    const [appointment] = await appointmentsOfPatient(t.db, t.tableName, tom.patientId);
    const refused = await cancel(amira, appointment?.id ?? "missing");
    expect(refused.status).toBe(404);
    expect(refused.body.error.message).not.toContain(appointment?.id ?? "missing");
    expect(
      (
        await call(api.waitingList, {
          path: "/api/same-day/waiting-list",
          principal: tom,
          body: { requestId: asked.body.requestId },
        })
      ).status,
    ).toBe(404);
    const callback = `/api/same-day/requests/${asked.body.requestId}/callback`;
    const params = { requestId: asked.body.requestId };
    expect(
      (await call(api.callback, { path: callback, params, principal: tom, body: {} })).status,
    ).toBe(404);
  });

  it("gives staff and analysts 403 on every patient route", async () => {
    const staff: Principal[] = [
      { role: "receptionist", userId: "r", siteId: "site-chapeltown" },
      { role: "clinician", userId: "c", siteId: "site-chapeltown" },
      { role: "icb-analyst", userId: "a", icbId: "icb-west-yorkshire" },
    ];
    for (const principal of staff) {
      expect((await ask(principal)).status).toBe(403);
      expect((await slotsFor(principal, "r1")).status).toBe(403);
      expect((await hold(principal, "s1")).status).toBe(403);
      expect((await book(principal, { slotId: "s1" })).status).toBe(403);
      expect((await call(api.mine, { path: "/api/me/appointments", principal })).status).toBe(403);
      expect((await cancel(principal, "a1")).status).toBe(403);
    }
  });

  it("answers bad input with 400 and one message per field", async () => {
    const noSlot = await hold(amira, "");
    expect(noSlot.status).toBe(400);
    expect(noSlot.body.error.fields).toEqual([
      { path: "slotId", message: "Choose a time from the list" },
    ]);
    const unanswered = await ask(amira, { questionnaireVersion: 1, appointmentFor: "myself" });
    expect(unanswered.status).toBe(400);
    const paths = unanswered.body.error.fields.map((f: { path: string }) => f.path);
    expect(paths).toContain("chestPain");
    expect(new Set(paths).size).toBe(paths.length);
    const noReason = await cancel(amira, "a1", "   ");
    expect(noReason.body.error.fields).toEqual([
      { path: "reason", message: "Enter why the appointment is cancelled" },
    ]);
    const noRequest = await call(api.slots, {
      path: "/api/same-day/slots",
      principal: amira,
      query: {},
    });
    expect(noRequest.status).toBe(400);
    expect(noRequest.body.error.fields[0].path).toBe("requestId");
  });

  it("refuses a time too soon, not today or not a same-day GP time with 409 slot_not_bookable", async () => {
    const prober = patient("patient-prober", "9990005761");
    const tomorrow: NewSlot = {
      ...slotAt("site-armley", "09:30"),
      id: "site-armley_2026-11-25_09:30_same-day-gp_in-person_0",
      start: "2026-11-25T09:30:00.000Z",
      end: "2026-11-25T09:45:00.000Z",
      localDate: "2026-11-25",
    };
    const physio: NewSlot = {
      ...slotAt("site-armley", "13:00"),
      id: "site-armley_2026-11-24_13:00_physiotherapy_in-person_0",
      service: "physiotherapy",
    };
    await publishSlots(t.db, t.tableName, [tomorrow, physio]);
    // 09:05 is inside the 10 minutes' notice at 09:00.
    for (const slotId of [slotAt("site-chapeltown", "09:05").id, tomorrow.id, physio.id]) {
      const refused = await hold(prober, slotId);
      expect(refused.status, slotId).toBe(409);
      expect(refused.body.error).toEqual({
        code: "slot_not_bookable",
        message: "This time cannot be booked now. Choose another time from the list",
      });
      expect(await getSlot(t.db, t.tableName, slotId)).toMatchObject({ status: "free" });
    }
  });

  it("answers 404 for a slot that does not exist", async () => {
    expect((await hold(amira, "no-such-slot")).status).toBe(404);
    expect((await book(amira, { slotId: "no-such-slot" })).status).toBe(404);
  });
});
