import { randomUUID } from "node:crypto";
import { type Principal, type RouteDefinition, routes } from "@front-door/contracts";
import { currentTriageQuestionnaire, redFlagQuestions } from "@front-door/domain";
import { http, type RouteHandler } from "@front-door/lambda";
import { httpEvent, lambdaContext } from "@front-door/lambda/testing";
import {
  addPatientIfAbsent,
  demoPatients,
  type NewSlot,
  publishSessionTemplates,
  publishSlots,
} from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { makeMyReferralSlots } from "../../functions/src/referrals/handlers/referral-booking.ts";
import { makeSelfReferralCreate } from "../../functions/src/referrals/handlers/self-referral.ts";
import { makeStaffReferralAction } from "../../functions/src/referrals/handlers/staff-referrals.ts";
import {
  recentSiteDays,
  recentSites,
  recentSitesNear,
} from "../../functions/src/same-day/handlers/recent-reads.ts";
import { makeSameDayBooking } from "../../functions/src/same-day/handlers/same-day-bookings.ts";
import { makeSameDayHold } from "../../functions/src/same-day/handlers/same-day-holds.ts";
import { makeSameDaySlots } from "../../functions/src/same-day/handlers/same-day-slots.ts";
import { makeSameDayRequestCreate } from "../../functions/src/same-day/handlers/same-day-triage.ts";
import { clinician, physio, physioAnswers, tom } from "./referral-fixtures.ts";
import { idempotencyFor } from "./route-caller.ts";
import { freshTable, measuringClient, type ReadCost, type TestTable } from "./support.ts";

/**
 * DynamoDB round trips each step of the patient journeys makes, counted by the client (calls
 * sent while none was in flight), with the function's copies warm as they are in a rush: no
 * step waits on more than 2 in turn. The routes that keep their Idempotency-Key record in their
 * own transaction (triage request, booking, self-referral) read it on the measured client, beside
 * their other reads; Powertools' Put before and Update after, for the routes that still use it,
 * is on a client of its own here.
 */
let t: TestTable;
const today = "2026-12-08"; // a Tuesday; London is on UTC
const clock = new Date(`${today}T09:00:00Z`);
const amira: Principal = {
  role: "patient",
  userId: "u-amira-trips",
  patientId: "patient-amira",
  nhsNumber: "9990000018",
};

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
    templateId: "template-trips",
  };
}

const measured = measuringClient();

/** A route's handler on the measured client, the way its Lambda entry wires it. */
function step<R extends RouteDefinition>(
  route: R,
  make: (deps: { db: typeof measured.db; tableName: string; now: () => Date }) => RouteHandler<R>,
) {
  const handler = http(
    route,
    make({ db: measured.db, tableName: t.tableName, now: () => clock }),
    idempotencyFor(route, { client: t.client, db: measured.db, tableName: t.tableName }),
  );
  return async (
    principal: Principal,
    options: { body?: unknown; query?: object; params?: object },
  ) => {
    const event = httpEvent({
      method: route.method,
      path: route.path,
      principal,
      ...(options.query ? { query: options.query as Record<string, string> } : {}),
      headers: {
        "content-type": "application/json",
        "idempotency-key": randomUUID(),
      },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
    if (options.params) event.pathParameters = options.params as Record<string, string>;
    measured.reset();
    const response = await handler(event, lambdaContext());
    const cost: ReadCost = { ...measured.cost, calls: [...measured.cost.calls] };
    return { status: response.statusCode, body: JSON.parse(response.body ?? "null"), cost };
  };
}

/**
 * The same-day journey's four steps, each a function of its own with fresh copies, as their
 * Lambda entries wire them; the booking function's copy of sites is given, so a test can warm it.
 */
function sameDaySteps(bookingSites: ReturnType<typeof recentSites>) {
  return {
    request: step(routes.sameDayRequestCreate, (deps) =>
      makeSameDayRequestCreate({ ...deps, ...recentSites(deps.db, deps.tableName) }),
    ),
    slots: step(routes.sameDaySlots, (deps) =>
      makeSameDaySlots({
        ...deps,
        ...recentSitesNear(deps.db, deps.tableName),
        ...recentSites(deps.db, deps.tableName),
      }),
    ),
    hold: step(routes.sameDayHoldCreate, (deps) =>
      makeSameDayHold({ ...deps, ...recentSiteDays(deps.db, deps.tableName) }),
    ),
    book: step(routes.sameDayBookingCreate, (deps) =>
      makeSameDayBooking({ ...deps, ...bookingSites }),
    ),
  };
}

const demoPatient =
  demoPatients.find((patient) => patient.id === "patient-amira") ?? demoPatients[0];
if (!demoPatient) throw new Error("no demo patient");

/** The red-flag questions an adult is asked, as the published questionnaire lists them. */
const adultNo = redFlagQuestions(currentTriageQuestionnaire, { appointmentFor: "myself" }).map(
  (question) => question.id,
);

/** An adult's answers with no red flags, and the problem in their words. */
const triageAnswers = (problem: string) => ({
  questionnaireVersion: 1,
  appointmentFor: "myself",
  ...Object.fromEntries(adultNo.map((id) => [id, "no"])),
  problem,
  duration: "1-to-3-days",
});

beforeAll(async () => {
  t = await freshTable();
  await publishSlots(t.db, t.tableName, [slotAt("10:00"), slotAt("10:15"), slotAt("10:30")]);
  await publishSessionTemplates(
    t.db,
    t.tableName,
    { id: "site-armley", icbId: "icb-west-yorkshire" },
    [
      {
        id: "physio-trips",
        siteId: "site-armley",
        service: "physiotherapy",
        daysOfWeek: ["wed", "thu"],
        startTime: "09:00",
        endTime: "12:00",
        slotMinutes: 30,
        parallel: 2,
        channel: "in-person",
        sameDayOnly: false,
      },
    ],
    today,
    "2027-01-05",
  );
});

describe("round trips per journey step", () => {
  it("same day: triage request, slots page, hold and booking each wait on at most 2", async () => {
    const sitesCopy = recentSites(measured.db, t.tableName);
    const { request, slots, hold, book } = sameDaySteps(sitesCopy);

    const answers = triageAnswers("sore ear for 2 days");
    await request(amira, { body: answers }); // warms the function's copy of the practice
    const asked = await request(amira, { body: answers });
    expect(asked.status).toBe(200);
    const requestId = asked.body.requestId as string;
    await slots(amira, { query: { requestId } }); // warms the function's copies
    const page = await slots(amira, { query: { requestId } });
    expect(page.status).toBe(200);
    const slotId = page.body.sites[0].channels[0].slots[0].id as string;
    const held = await hold(amira, { body: { slotId } });
    expect(held.status).toBe(200);
    await sitesCopy.siteOf("site-chapeltown"); // a warm booking function knows the site
    const booked = await book(amira, { body: { slotId, requestId } });
    expect(booked.status).toBe(201);

    const trips = [asked, page, held, booked].map((s) => s.cost.roundTrips);
    console.log(`same-day round trips (request, slots, hold, booking): ${trips.join(", ")}`);
    // The request and the booking: their reads with the Idempotency-Key record's, then one
    // transaction that saves it; the hold: one look (slot, marker, guard), then its transaction.
    expect(trips).toEqual([2, 2, 2, 2]);
    // The patient and the Idempotency-Key record in one BatchGetItem, the practice from the copy.
    expect(asked.cost.calls).toEqual(["BatchGetItemCommand", "TransactWriteItemsCommand"]);
    expect(held.cost.calls.filter((call) => call !== "QueryCommand")).toEqual([
      "BatchGetItemCommand",
      "TransactWriteItemsCommand",
    ]);
    // The slot, the patient, the request and the Idempotency-Key record: one BatchGetItem.
    expect(booked.cost.calls).toEqual(["BatchGetItemCommand", "TransactWriteItemsCommand"]);
  });

  it("self-referral: submitting and the accepted referral's free times each wait on at most 2", async () => {
    const submit = step(routes.selfReferralCreate, (deps) =>
      makeSelfReferralCreate({ ...deps, ...recentSites(deps.db, deps.tableName) }),
    );
    const accept = step(routes.staffReferralAction, makeStaffReferralAction);
    const freeTimes = step(routes.myReferralSlots, makeMyReferralSlots);

    const referral = { serviceId: physio, questionnaireVersion: 1, answers: physioAnswers };
    await submit(tom, { body: referral }); // warms the function's copy of the sites
    const made = await submit(tom, { body: referral });
    expect(made.status).toBe(200);
    const referralId = made.body.referral.id as string;
    const accepted = await accept(clinician, {
      params: { referralId },
      body: { type: "accept", priority: "routine" },
    });
    expect(accepted.status).toBe(200);
    const times = await freeTimes(tom, { params: { referralId } });
    expect(times.status).toBe(200);
    expect(times.body.days.length).toBeGreaterThan(0);
    // The referral (one Query, with its events), then 28 dates of the referral's own service
    // and the site at once: its open slots only, every other service and booked time unread.
    expect(times.cost.calls).toEqual([
      "QueryCommand",
      "GetItemCommand",
      ...new Array(28).fill("QueryCommand"),
    ]);
    const listed = times.body.days.flatMap((day: { slots: unknown[] }) => day.slots).length;
    expect(listed).toBeGreaterThan(0);

    const trips = [made, times].map((s) => s.cost.roundTrips);
    console.log(
      `self-referral round trips (submit, free times): ${trips.join(", ")}; free times ${times.cost.readUnits} read units`,
    );
    expect(trips).toEqual([2, 2]);
    // Accepting: the referral beside the staff member's site, then the transaction beside the
    // patient's read for the answer (the message takes their channels when it is sent).
    expect(accepted.cost.calls.slice(0, 2).sort()).toEqual(["GetItemCommand", "QueryCommand"]);
    expect(accepted.cost.calls.slice(2).sort()).toEqual([
      "GetItemCommand",
      "TransactWriteItemsCommand",
    ]);
    expect(accepted.cost.chain).toBe(2);
    expect(accepted.cost.roundTrips).toBeLessThanOrEqual(2);
    expect(accepted.body.referral.patient.name).toBe("Thomas Whitaker");

    // Accepting and booking a time at once: the slot is read beside the referral too.
    const another = await submit(tom, { body: referral });
    const slotId = times.body.days[0].slots[0].id as string;
    const booked = await accept(clinician, {
      params: { referralId: another.body.referral.id },
      body: { type: "accept-and-book", priority: "routine", slotId },
    });
    expect(booked.status).toBe(200);
    expect(booked.body.referral.stage).toBe("booked");
    expect(booked.cost.calls.slice(0, 3).sort()).toEqual([
      "GetItemCommand",
      "GetItemCommand",
      "QueryCommand",
    ]);
    // Then the transaction beside the patient's read; the answer shows the appointment as written.
    expect(booked.cost.calls.slice(3).sort()).toEqual([
      "GetItemCommand",
      "TransactWriteItemsCommand",
    ]);
    expect(booked.cost.chain).toBe(2);
    expect(booked.body.referral.appointment).toMatchObject({
      status: "booked",
      bookingReference: expect.any(String),
    });
    expect(made.cost.calls.filter((call) => call === "TransactWriteItemsCommand")).toHaveLength(1);
    // The patient with the Idempotency-Key record: one BatchGetItem, no GetItem of the record.
    expect(made.cost.calls.filter((call) => call === "BatchGetItemCommand")).toHaveLength(1);
    expect(made.cost.calls).not.toContain("PutItemCommand");
  });

  it("cold: a function's first request, its copies empty, waits on at most 2 in turn for the slots page, hold and booking; the slots page stays within 10 read units", async () => {
    // A fresh function per step: copies made here and never warmed.
    const { request, slots, hold, book } = sameDaySteps(recentSites(measured.db, t.tableName));
    const cassie: Principal = { ...amira, userId: "u-cassie-trips", patientId: "patient-cassie" };
    await addPatientIfAbsent(t.db, t.tableName, {
      ...demoPatient,
      id: cassie.patientId,
      nhsNumber: "9990000026",
    });
    const asked = await request(cassie, { body: triageAnswers("sore throat") });
    expect(asked.status).toBe(200);
    const requestId = asked.body.requestId as string;
    const page = await slots(cassie, { query: { requestId } });
    expect(page.status).toBe(200);
    const slotId = page.body.sites[0].channels[0].slots.at(-1).id as string;
    const held = await hold(cassie, { body: { slotId } });
    expect(held.status).toBe(200);
    const booked = await book(cassie, { body: { slotId, requestId } });
    expect(booked.status).toBe(201);

    const trips = [asked, page, held, booked].map((s) => s.cost.chain);
    console.log(
      `same-day round trips cold (request, slots, hold, booking): ${trips.join(", ")}; slots page ${page.cost.readUnits} read units cold`,
    );
    // The slots page: the request beside the practice's item of its nearest, then the days.
    expect(page.cost.chain).toBe(2);
    expect(page.cost.readUnits).toBeLessThanOrEqual(10);
    expect(held.cost.chain).toBeLessThanOrEqual(2);
    // The booking: its one BatchGetItem beside the site's read, then the transaction.
    expect(booked.cost.chain).toBe(2);
    expect(booked.cost.calls.sort()).toEqual([
      "BatchGetItemCommand",
      "GetItemCommand",
      "TransactWriteItemsCommand",
    ]);
    // The triage request: the patient (whose record names the practice and its ICB) with the
    // Idempotency-Key record, then the write; no read of the practice.
    expect(asked.cost.chain).toBe(2);
    expect(asked.cost.calls).toEqual(["BatchGetItemCommand", "TransactWriteItemsCommand"]);

    // A record written before it named the practice's ICB: the practice is read, one more in turn.
    const { registeredIcbId: _older, ...olderRecord } = demoPatient;
    const dora: Principal = { ...amira, userId: "u-dora-trips", patientId: "patient-dora" };
    await addPatientIfAbsent(t.db, t.tableName, {
      ...olderRecord,
      id: dora.patientId,
      nhsNumber: "9990000034",
    });
    const older = await step(routes.sameDayRequestCreate, (deps) =>
      makeSameDayRequestCreate({ ...deps, ...recentSites(deps.db, deps.tableName) }),
    )(dora, { body: triageAnswers("sore throat") });
    expect(older.status).toBe(200);
    expect(older.cost.chain).toBe(3);
  });

  it("cold: a self-referral's first submit waits on at most 2 in turn", async () => {
    const submit = step(routes.selfReferralCreate, (deps) =>
      makeSelfReferralCreate({ ...deps, ...recentSites(deps.db, deps.tableName) }),
    );
    const made = await submit(tom, {
      body: { serviceId: physio, questionnaireVersion: 1, answers: physioAnswers },
    });
    expect(made.status).toBe(200);
    expect(made.body.referral).toBeDefined();
    // The patient (naming their practice's ICB) with the record, beside the receiving site; then
    // the write.
    expect(made.cost.chain).toBe(2);
  });
});
