import type { Principal, RouteDefinition } from "@front-door/contracts";
import { routes } from "@front-door/contracts";
import type { RouteHandler } from "@front-door/lambda";
import {
  getAppointment,
  getReferral,
  getSlot,
  messagesFor,
  publishSessionTemplates,
  readDailyCounts,
} from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import {
  makeMyReferralHold,
  makeMyReferralSlots,
  makeStaffReferralSlots,
} from "../../functions/src/referrals/handlers/referral-booking.ts";
import {
  makeMyReferral,
  makeMyReferralAction,
  makeSelfReferralCreate,
} from "../../functions/src/referrals/handlers/self-referral.ts";
import {
  makeStaffReferral,
  makeStaffReferralAction,
} from "../../functions/src/referrals/handlers/staff-referrals.ts";
import { makeHoldRelease } from "../../functions/src/same-day/handlers/hold-release.ts";
import {
  makeMyAppointmentCancel,
  makeMyAppointments,
} from "../../functions/src/same-day/handlers/my-appointments.ts";
import { makeStaffAppointmentAction } from "../../functions/src/staff/handlers/staff-appointments.ts";
import {
  amira,
  analyst,
  clinician,
  edith,
  now,
  physio,
  physioAnswers,
  receptionist,
  today,
  tom,
} from "./referral-fixtures.ts";
import { type Call, type HandlerDeps, routeCaller } from "./route-caller.ts";
import { freshTable, type TestTable } from "./support.ts";

/**
 * Booking accepted self-referrals into the receiving service's own slots: the patient's
 * hold-and-confirm, staff booking directly, cancelling from either side — each change to the
 * referral and its appointment in one transaction — over HTTP against DynamoDB Local.
 */

const york: Principal = { role: "clinician", userId: "c-york", siteId: "site-york-clifton" };

/** The physio clinic publishes Wednesday 9 and Thursday 10 December, 09:00–12:00, 2 in parallel. */
const clinicDays = ["2026-12-09", "2026-12-10"];

let t: TestTable;
const call = <R extends RouteDefinition>(
  route: R,
  make: (deps: HandlerDeps) => RouteHandler<R>,
): Call => routeCaller(t, route, make, () => now);

let submit: Call;
let myOne: Call;
let myAct: Call;
let mySlots: Call;
let myHold: Call;
let myAppointments: Call;
let myCancel: Call;
let staffOne: Call;
let staffAct: Call;
let staffSlots: Call;
let staffAppointment: Call;
let release: Call;

beforeAll(async () => {
  t = await freshTable();
  submit = call(routes.selfReferralCreate, makeSelfReferralCreate);
  myOne = call(routes.myReferral, makeMyReferral);
  myAct = call(routes.myReferralAction, makeMyReferralAction);
  mySlots = call(routes.myReferralSlots, makeMyReferralSlots);
  myHold = call(routes.myReferralHold, makeMyReferralHold);
  myAppointments = call(routes.myAppointments, makeMyAppointments);
  myCancel = call(routes.myAppointmentCancel, makeMyAppointmentCancel);
  staffOne = call(routes.staffReferral, makeStaffReferral);
  staffAct = call(routes.staffReferralAction, makeStaffReferralAction);
  staffSlots = call(routes.staffReferralSlots, makeStaffReferralSlots);
  staffAppointment = call(routes.staffAppointmentAction, makeStaffAppointmentAction);
  release = call(routes.myHoldRelease, makeHoldRelease);
  const armley = { id: "site-armley", icbId: "icb-west-yorkshire" };
  await publishSessionTemplates(
    t.db,
    t.tableName,
    armley,
    [
      {
        id: "physio",
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
      // Same site, another service: never offered for a physio referral.
      {
        id: "gp",
        siteId: "site-armley",
        service: "same-day-gp",
        daysOfWeek: ["tue", "wed"],
        startTime: "11:00",
        endTime: "12:00",
        slotMinutes: 15,
        parallel: 1,
        channel: "in-person",
        sameDayOnly: true,
      },
    ],
    today,
    "2027-01-20",
  );
});

const physioSlot = (date: string, time: string, column = 1) =>
  `site-armley_physiotherapy_in-person_${date.replaceAll("-", "")}_${time.replace(":", "")}_${column}`;

/** A referral by `patient`, accepted (routine) by the Armley clinician: ready to book. */
async function acceptedReferral(patient: Principal = tom) {
  const made = await submit({
    principal: patient,
    body: { serviceId: physio, questionnaireVersion: 1, answers: physioAnswers },
  });
  expect(made.status).toBe(200);
  const id: string = made.body.referral.id;
  const accepted = await staffAct({
    principal: clinician,
    params: { referralId: id },
    body: { type: "accept", priority: "routine" },
  });
  expect(accepted.status).toBe(200);
  return { id, params: { referralId: id }, version: accepted.body.referral.version as number };
}

async function physioCounts(date: string) {
  const rows = await readDailyCounts(t.db, t.tableName, "icb-west-yorkshire", date, date);
  return rows.find((r) => r.siteId === "site-armley" && r.service === "physiotherapy");
}

describe("a patient books their accepted referral", () => {
  it("lists the service's free times, holds one, confirms it: referral, appointment, slot, counts and message in one step", async () => {
    const { id, params, version } = await acceptedReferral();
    const before = await myOne({ principal: tom, params });
    expect(before.body.referral).toMatchObject({ stage: "accepted", mayBook: true });

    const slots = await mySlots({ principal: tom, params });
    expect(slots.status).toBe(200);
    expect(slots.body.window).toEqual({ from: today, to: "2027-01-04" });
    expect(slots.body.site).toEqual({ id: "site-armley", name: expect.any(String) });
    // Only physio times, only published days inside the window, soonest first.
    const days = slots.body.days as { localDate: string; slots: { id: string }[] }[];
    expect(days[0]?.localDate).toBe("2026-12-09");
    expect(days.at(-1)?.localDate).toBe("2026-12-31");
    expect(days.flatMap((d) => d.slots).every((s) => s.id.includes("_physiotherapy_"))).toBe(true);
    expect(days[0]?.slots).toHaveLength(12);

    const slotId = physioSlot(clinicDays[0] as string, "09:30");
    const hold = await myHold({ principal: tom, params, body: { slotId } });
    expect(hold).toMatchObject({ status: 200, body: { slot: { id: slotId } } });
    const countsBefore = await physioCounts(clinicDays[0] as string);
    const todayBefore = await physioCounts(today);

    const booked = await myAct({
      principal: tom,
      params,
      headers: { "if-match": `"${version}"` },
      body: { type: "book", slotId },
    });
    expect(booked.status).toBe(200);
    expect(booked.body.referral).toMatchObject({
      stage: "booked",
      mayBook: false,
      appointment: {
        status: "booked",
        localDate: "2026-12-09",
        localStart: "09:30",
        referral: { id, reference: booked.body.referral.reference },
      },
    });
    const appointmentId = booked.body.referral.appointmentId as string;
    expect(booked.body.referral.timeline.at(-1)).toMatchObject({ type: "booked", by: "patient" });

    expect(await getSlot(t.db, t.tableName, slotId)).toMatchObject({
      status: "busy",
      appointmentId,
    });
    expect(await getAppointment(t.db, t.tableName, appointmentId)).toMatchObject({
      referralId: id,
      patientId: "patient-tom",
      service: "physiotherapy",
      sameDay: false,
      bookedBy: "patient",
    });
    expect((await physioCounts(clinicDays[0] as string))?.booked).toBe(
      (countsBefore?.booked ?? 0) + 1,
    );
    const todayAfter = await physioCounts(today);
    expect(todayAfter?.referrals.referralsBooked).toBe(
      (todayBefore?.referrals.referralsBooked ?? 0) + 1,
    );
    // Submitted today at 10:00, seen Wednesday 09:30: a wait of 23.5 hours, in the 24-hour bucket.
    expect(todayAfter?.referrals["bookingWait:24"]).toBeGreaterThanOrEqual(1);

    const message = (await messagesFor(t.db, t.tableName, "patient-tom")).find(
      (m) => m.kind === "referral-booked",
    );
    expect(message?.text).toContain("Wednesday 9 December at 09:30");
    expect(message?.text).toContain(booked.body.referral.reference);
    expect(message?.text.toLowerCase()).not.toContain("physio");

    const appointments = await myAppointments({ principal: tom });
    expect(
      appointments.body.upcoming.find((a: { id: string }) => a.id === appointmentId),
    ).toMatchObject({ service: "physiotherapy", referral: { id } });

    // The time is no longer offered to anyone.
    const after = await mySlots({
      principal: amira,
      params: (await acceptedReferral(amira)).params,
    });
    expect(
      (after.body.days as { slots: { id: string }[] }[]).flatMap((d) => d.slots.map((s) => s.id)),
    ).not.toContain(slotId);
  });

  it("cancels the booking from the referral: appointment cancelled, slot free, referral accepted to book again", async () => {
    const { id, params } = await acceptedReferral();
    const slotId = physioSlot(clinicDays[1] as string, "10:00");
    expect((await myHold({ principal: tom, params, body: { slotId } })).status).toBe(200);
    const booked = await myAct({ principal: tom, params, body: { type: "book", slotId } });
    const appointmentId = booked.body.referral.appointmentId as string;
    const cancelledBefore = (await physioCounts(clinicDays[1] as string))?.cancelled ?? 0;

    const cancelled = await myAct({ principal: tom, params, body: { type: "cancel-booking" } });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.referral).toMatchObject({ stage: "accepted", mayBook: true });
    expect(cancelled.body.referral.appointment).toBeUndefined();
    expect(await getAppointment(t.db, t.tableName, appointmentId)).toMatchObject({
      status: "cancelled",
      cancellationReason: "Cancelled by the patient",
    });
    expect((await getSlot(t.db, t.tableName, slotId))?.status).toBe("free");
    expect((await physioCounts(clinicDays[1] as string))?.cancelled).toBe(cancelledBefore + 1);
    const message = (await messagesFor(t.db, t.tableName, "patient-tom")).find(
      (m) => m.kind === "referral-booking-cancelled",
    );
    expect(message?.text).toContain("choose another time");

    // And book again: the same time is free.
    expect((await myHold({ principal: tom, params, body: { slotId } })).status).toBe(200);
    const again = await myAct({ principal: tom, params, body: { type: "book", slotId } });
    expect(again.body.referral.stage).toBe("booked");
    expect((await getReferral(t.db, t.tableName, id))?.events.map((e) => e.type)).toEqual([
      "submitted",
      "accepted",
      "booked",
      "booking-cancelled",
      "booked",
    ]);
  });

  it("cancelling the appointment from Your appointments reopens the referral too", async () => {
    const { id, params } = await acceptedReferral();
    const slotId = physioSlot(clinicDays[1] as string, "11:00");
    await myHold({ principal: tom, params, body: { slotId } });
    const booked = await myAct({ principal: tom, params, body: { type: "book", slotId } });
    const appointmentId = booked.body.referral.appointmentId as string;

    const cancelled = await myCancel({
      principal: tom,
      params: { appointmentId },
      body: { reason: "I feel better" },
    });
    expect(cancelled).toMatchObject({
      status: 200,
      body: { appointment: { id: appointmentId, status: "cancelled" } },
    });
    const referral = (await getReferral(t.db, t.tableName, id))?.referral;
    expect(referral?.stage).toBe("accepted");
    expect(referral?.appointmentId).toBeUndefined();
    expect((await getSlot(t.db, t.tableName, slotId))?.status).toBe("free");
    expect((await getAppointment(t.db, t.tableName, appointmentId))?.cancellationReason).toBe(
      "I feel better",
    );
  });

  it("refuses to confirm a time the patient does not hold, and changes nothing", async () => {
    const { id, params } = await acceptedReferral();
    const slotId = physioSlot(clinicDays[1] as string, "09:00", 2);
    const result = await myAct({ principal: tom, params, body: { type: "book", slotId } });
    expect(result).toMatchObject({ status: 409, body: { error: { code: "hold_expired" } } });
    const stored = await getReferral(t.db, t.tableName, id);
    expect(stored?.referral).toMatchObject({ stage: "accepted", version: 2 });
    expect(stored?.events).toHaveLength(2);
    expect((await getSlot(t.db, t.tableName, slotId))?.status).toBe("free");
  });
});

describe("withdrawing or rejecting a booked referral", () => {
  it("cancels its appointment and frees the slot in the same step", async () => {
    const { id, params } = await acceptedReferral();
    const slotId = physioSlot("2026-12-24", "09:00");
    await myHold({ principal: tom, params, body: { slotId } });
    const booked = await myAct({ principal: tom, params, body: { type: "book", slotId } });
    const appointmentId = booked.body.referral.appointmentId as string;
    const withdrawn = await myAct({ principal: tom, params, body: { type: "withdraw" } });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.referral).toMatchObject({ stage: "withdrawn", mayBook: false });
    expect((await getAppointment(t.db, t.tableName, appointmentId))?.status).toBe("cancelled");
    expect((await getSlot(t.db, t.tableName, slotId))?.status).toBe("free");
    expect((await getReferral(t.db, t.tableName, id))?.events.at(-1)).toMatchObject({
      type: "withdrawn",
      appointmentId,
    });
  });
});

describe("letting go of a hold", () => {
  it("frees the caller's own hold at once, and never anyone else's or a booked slot", async () => {
    const a = await acceptedReferral(tom);
    const slotId = physioSlot("2026-12-24", "10:00");
    expect((await myHold({ principal: tom, params: a.params, body: { slotId } })).status).toBe(200);
    // Amira cannot release Tom's hold.
    expect(await release({ principal: amira, body: { slotId } })).toMatchObject({
      status: 200,
      body: { released: false },
    });
    expect((await getSlot(t.db, t.tableName, slotId))?.status).toBe("busy-tentative");
    expect(await release({ principal: tom, body: { slotId } })).toMatchObject({
      status: 200,
      body: { released: true },
    });
    const freed = await getSlot(t.db, t.tableName, slotId);
    expect(freed?.status).toBe("free");
    expect(freed?.holdPatientId).toBeUndefined();
    // Again: nothing left to release. A booked slot is never touched.
    expect((await release({ principal: tom, body: { slotId } })).body.released).toBe(false);
    await myHold({ principal: tom, params: a.params, body: { slotId } });
    await myAct({ principal: tom, params: a.params, body: { type: "book", slotId } });
    expect((await release({ principal: tom, body: { slotId } })).body.released).toBe(false);
    expect((await getSlot(t.db, t.tableName, slotId))?.status).toBe("busy");
    // A slot that does not exist is not made by trying.
    expect((await release({ principal: tom, body: { slotId: "no-such-slot" } })).body).toEqual({
      released: false,
    });
    expect(await getSlot(t.db, t.tableName, "no-such-slot")).toBeUndefined();
    expect((await release({ principal: tom, body: { slotId: "a b" } })).status).toBe(400);
    expect((await release({ principal: receptionist, body: { slotId } })).status).toBe(403);
  });
});

describe("holds race like same-day ones", () => {
  it("two patients holding the same time: one gets it, the other a 409 with alternatives", async () => {
    const [a, b] = await Promise.all([acceptedReferral(tom), acceptedReferral(amira)]);
    const slotId = physioSlot(clinicDays[0] as string, "11:30", 2);
    const results = await Promise.all([
      myHold({ principal: tom, params: a.params, body: { slotId } }),
      myHold({ principal: amira, params: b.params, body: { slotId } }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.status === 409);
    expect(loser?.body.error.code).toBe("slot_taken");
    expect(loser?.body.alternatives.length).toBeGreaterThan(0);
    expect(
      loser?.body.alternatives.every((s: { id: string }) => s.id.includes("_physiotherapy_")),
    ).toBe(true);
    expect(loser?.body.alternatives.map((s: { id: string }) => s.id)).not.toContain(slotId);
  });
});

describe("staff book for the patient", () => {
  it("a clinician accepts and books in one step, straight into a free time", async () => {
    const made = await submit({
      principal: tom,
      body: { serviceId: physio, questionnaireVersion: 1, answers: physioAnswers },
    });
    const params = { referralId: made.body.referral.id as string };
    const slots = await staffSlots({ principal: clinician, params });
    expect(slots.status).toBe(200);
    const slotId = physioSlot(clinicDays[1] as string, "11:30", 2);
    expect(
      (slots.body.days as { slots: { id: string }[] }[]).flatMap((d) => d.slots.map((s) => s.id)),
    ).toContain(slotId);
    const todayBefore = await physioCounts(today);

    const result = await staffAct({
      principal: clinician,
      params,
      body: { type: "accept-and-book", priority: "urgent", slotId },
    });
    expect(result.status).toBe(200);
    expect(result.body.referral).toMatchObject({
      stage: "booked",
      priority: "urgent",
      appointment: { status: "booked", when: "Thursday 10 December at 11:30" },
    });
    expect(result.body.referral.timeline.at(-1)).toMatchObject({
      type: "accepted-and-booked",
      by: "clinician",
      actorId: "c-armley",
      from: "submitted",
      to: "booked",
    });
    const todayAfter = await physioCounts(today);
    for (const name of ["referralsAccepted", "referralsBooked"]) {
      expect(todayAfter?.referrals[name]).toBe((todayBefore?.referrals[name] ?? 0) + 1);
    }
    expect(
      (await getAppointment(t.db, t.tableName, result.body.referral.appointment.id))?.bookedBy,
    ).toBe("staff");
    const message = (await messagesFor(t.db, t.tableName, "patient-tom")).find(
      (m) => m.kind === "referral-accepted-and-booked",
    );
    expect(message?.text).toMatch(/has accepted your self-referral .* and booked you/);
  });

  it("a receptionist books an accepted referral, but may not accept one", async () => {
    const { params } = await acceptedReferral(amira);
    const fresh = await submit({
      principal: amira,
      body: { serviceId: physio, questionnaireVersion: 1, answers: physioAnswers },
    });
    const slotId = physioSlot("2026-12-16", "09:00");
    const refused = await staffAct({
      principal: receptionist,
      params: { referralId: fresh.body.referral.id },
      body: { type: "accept-and-book", priority: "routine", slotId },
    });
    expect(refused.status).toBe(403);
    const booked = await staffAct({
      principal: receptionist,
      params,
      body: { type: "book", slotId },
    });
    expect(booked.status).toBe(200);
    expect(booked.body.referral.stage).toBe("booked");
  });

  it("cannot book a time another patient holds; can book one whose hold ran out", async () => {
    const a = await acceptedReferral(tom);
    const b = await acceptedReferral(amira);
    const slotId = physioSlot("2026-12-17", "09:00");
    expect((await myHold({ principal: tom, params: a.params, body: { slotId } })).status).toBe(200);
    const taken = await staffAct({
      principal: receptionist,
      params: b.params,
      body: { type: "book", slotId },
    });
    expect(taken).toMatchObject({ status: 409, body: { error: { code: "slot_taken" } } });
    expect((await getReferral(t.db, t.tableName, b.id))?.referral.stage).toBe("accepted");
    // Tom's own referral, booked by staff while Tom holds the time: his hold counts as his.
    const forTom = await staffAct({
      principal: receptionist,
      params: a.params,
      body: { type: "book", slotId },
    });
    expect(forTom.status).toBe(200);
  });

  it("a receptionist cancelling the appointment from the day list puts the referral back to accepted", async () => {
    const { id, params } = await acceptedReferral(amira);
    const slotId = physioSlot("2026-12-17", "10:00");
    const booked = await staffAct({
      principal: receptionist,
      params,
      body: { type: "book", slotId },
    });
    const appointmentId = booked.body.referral.appointment.id as string;
    const result = await staffAppointment({
      principal: receptionist,
      params: { appointmentId },
      body: { action: "cancel", reason: "Physio off sick" },
    });
    expect(result).toMatchObject({ status: 200, body: { appointment: { status: "cancelled" } } });
    const stored = await getReferral(t.db, t.tableName, id);
    expect(stored?.referral.stage).toBe("accepted");
    expect(stored?.events.at(-1)).toMatchObject({ type: "booking-cancelled", by: "receptionist" });
    const message = (await messagesFor(t.db, t.tableName, "patient-amira")).find(
      (m) => m.kind === "referral-booking-cancelled",
    );
    expect(message?.text).toMatch(/has had to cancel your appointment/);
  });
});

describe("refused plainly, writing nothing", () => {
  it("times that are not the referral's: another service, past the window, missing, already started", async () => {
    const { params } = await acceptedReferral();
    const gp = "site-armley_same-day-gp_in-person_20261209_1100_1";
    expect(await myHold({ principal: tom, params, body: { slotId: gp } })).toMatchObject({
      status: 409,
      body: { error: { code: "slot_not_bookable" } },
    });
    const late = physioSlot("2027-01-06", "09:00");
    expect(await myHold({ principal: tom, params, body: { slotId: late } })).toMatchObject({
      status: 409,
      body: { error: { message: expect.stringContaining("28 days") } },
    });
    expect((await getSlot(t.db, t.tableName, late))?.status).toBe("free");
    const missing = await myHold({ principal: tom, params, body: { slotId: "no-such-slot" } });
    expect(missing.status).toBe(404);
    const bad = await myHold({ principal: tom, params, body: { slotId: "a b#c" } });
    expect(bad).toMatchObject({
      status: 400,
      body: { error: { code: "validation_failed", fields: [{ path: "slotId" }] } },
    });
    const staffGp = await staffAct({
      principal: receptionist,
      params,
      body: { type: "book", slotId: gp },
    });
    expect(staffGp).toMatchObject({ status: 409, body: { error: { code: "slot_not_bookable" } } });
  });

  it("a referral not yet accepted, already booked, or at a service that books itself", async () => {
    const made = await submit({
      principal: tom,
      body: { serviceId: physio, questionnaireVersion: 1, answers: physioAnswers },
    });
    const params = { referralId: made.body.referral.id as string };
    expect(await mySlots({ principal: tom, params })).toMatchObject({
      status: 409,
      body: { error: { code: "referral_booking_unavailable" } },
    });
    const slotId = physioSlot("2026-12-23", "09:00");
    expect((await myHold({ principal: tom, params, body: { slotId } })).status).toBe(409);
    expect((await myAct({ principal: tom, params, body: { type: "book", slotId } })).status).toBe(
      409,
    );

    // York's physiotherapy arranges its own appointments (bookOnline false).
    const yorkMade = await submit({
      principal: edith,
      body: {
        serviceId: "york-msk-physiotherapy",
        questionnaireVersion: 1,
        answers: physioAnswers,
      },
    });
    expect(yorkMade.body.referral.bookOnline).toBe(false);
    const yorkParams = { referralId: yorkMade.body.referral.id as string };
    await staffAct({
      principal: york,
      params: yorkParams,
      body: { type: "accept", priority: "routine" },
    });
    expect((await myOne({ principal: edith, params: yorkParams })).body.referral.mayBook).toBe(
      false,
    );
    expect(await mySlots({ principal: edith, params: yorkParams })).toMatchObject({
      status: 409,
      body: { error: { message: expect.stringContaining("contact you") } },
    });
    expect(
      await myAct({ principal: edith, params: yorkParams, body: { type: "book", slotId } }),
    ).toMatchObject({ status: 409, body: { error: { code: "online_booking_off" } } });
  });
});

describe("who may see and book", () => {
  it("another patient, another site and other roles are refused", async () => {
    const { params } = await acceptedReferral(tom);
    const slotId = physioSlot("2026-12-23", "10:00");
    expect((await mySlots({ principal: amira, params })).status).toBe(404);
    expect((await myHold({ principal: amira, params, body: { slotId } })).status).toBe(404);
    expect((await myAct({ principal: amira, params, body: { type: "book", slotId } })).status).toBe(
      404,
    );
    expect((await staffSlots({ principal: york, params })).status).toBe(404);
    expect(
      (await staffAct({ principal: york, params, body: { type: "book", slotId } })).status,
    ).toBe(404);
    expect((await staffSlots({ principal: analyst, params })).status).toBe(403);
    expect((await staffSlots({ principal: tom, params })).status).toBe(403);
    expect((await mySlots({ principal: receptionist, params })).status).toBe(403);
    expect((await mySlots({ params })).status).toBe(401);
    expect((await getSlot(t.db, t.tableName, slotId))?.status).toBe("free");
    expect((await staffOne({ principal: receptionist, params })).status).toBe(200);
  });
});
