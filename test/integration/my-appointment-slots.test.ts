import { randomUUID } from "node:crypto";
import { type Principal, routes, type SameDaySiteSlots } from "@front-door/contracts";
import type { http } from "@front-door/lambda";
import { dynamoDbIdempotency } from "@front-door/lambda/idempotency";
import { httpEvent, lambdaContext } from "@front-door/lambda/testing";
import {
  cancelAppointment,
  confirmBooking,
  holdSlot,
  type NewSlot,
  publishSlots,
} from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { makeMyAppointmentChange } from "../../functions/src/same-day/handlers/my-appointment-change.ts";
import { makeMyAppointmentSlots } from "../../functions/src/same-day/handlers/my-appointment-slots.ts";
import { checkedHttp } from "./route-caller.ts";
import { freshTable, type TestTable } from "./support.ts";

const today = "2026-11-24"; // winter: London time is UTC
const now = new Date(`${today}T09:00:00Z`);
let t: TestTable;
let slotsHandler: ReturnType<typeof http>;
let changeHandler: ReturnType<typeof http>;

const patient = (id: string, nhsNumber: string) =>
  ({
    role: "patient",
    userId: `user-${id}`,
    patientId: id,
    nhsNumber,
  }) as const satisfies Principal;
const amira = patient("patient-amira", "9990000018");
const tom = patient("patient-tom", "9990001383");

function slotAt(siteId: string, hhmm: string, channel: NewSlot["channel"] = "in-person"): NewSlot {
  const start = new Date(`${today}T${hhmm}:00Z`);
  return {
    id: `${siteId}_${today}_${hhmm}_same-day-gp_${channel}_change`,
    siteId,
    icbId: "icb-west-yorkshire",
    service: "same-day-gp",
    channel,
    start: start.toISOString(),
    end: new Date(start.getTime() + 15 * 60_000).toISOString(),
    localDate: today,
    localStart: hhmm,
    sameDayOnly: true,
    templateId: "template-change",
  };
}

const booked = slotAt("site-chapeltown", "10:00");
const phone = slotAt("site-chapeltown", "10:30", "telephone");
const armley = slotAt("site-armley", "11:00");

async function bookFor(patientId: string, slot: NewSlot): Promise<string> {
  const held = await holdSlot(t.db, t.tableName, slot.id, patientId, now);
  if (held.kind !== "held") throw new Error(held.kind);
  const outcome = await confirmBooking(t.db, t.tableName, {
    slot: held.slot,
    appointmentId: randomUUID(),
    bookingReference: randomUUID().slice(0, 8).toUpperCase(),
    patientId,
    bookedBy: "patient",
    sameDay: true,
    now,
    message: { id: randomUUID(), kind: "booking-confirmed", channels: [], text: "Booked" },
  });
  if (outcome.kind !== "booked") throw new Error(outcome.kind);
  return outcome.appointment.id;
}

async function slotsFor(
  principal: Principal,
  appointmentId: string,
  query?: Record<string, string>,
) {
  const event = httpEvent({
    method: "GET",
    path: `/api/me/appointments/${appointmentId}/slots`,
    principal,
    ...(query ? { query } : {}),
  });
  event.pathParameters = { appointmentId };
  const response = await slotsHandler(event, lambdaContext());
  return { status: response.statusCode, body: JSON.parse(response.body || "null") };
}

const slotIds = (sites: SameDaySiteSlots[]) =>
  sites.flatMap((site) => site.channels.flatMap((group) => group.slots.map((slot) => slot.id)));

let amirasAppointment = "";

beforeAll(async () => {
  t = await freshTable();
  const deps = { db: t.db, tableName: t.tableName, now: () => now };
  slotsHandler = checkedHttp(routes.myAppointmentSlots, makeMyAppointmentSlots(deps));
  changeHandler = checkedHttp(routes.myAppointmentChange, makeMyAppointmentChange(deps), {
    idempotency: dynamoDbIdempotency({ client: t.client, tableName: t.tableName }),
  });
  await publishSlots(t.db, t.tableName, [booked, phone, armley]);
  amirasAppointment = await bookFor("patient-amira", booked);
});

describe("GET /api/me/appointments/{id}/slots", () => {
  it("lists today's free times near the patient, her practice first, without her own time", async () => {
    const { status, body } = await slotsFor(amira, amirasAppointment);
    expect(status).toBe(200);
    expect(body.appointment).toMatchObject({
      id: amirasAppointment,
      status: "booked",
      localStart: "10:00",
      site: { id: "site-chapeltown" },
    });
    expect(body.localDate).toBe(today);
    expect(body.sites[0].site).toMatchObject({ id: "site-chapeltown", registered: true });
    expect(body.sites.map((s: SameDaySiteSlots) => s.site.id)).toContain("site-armley");
    expect(slotIds(body.sites)).toEqual(expect.arrayContaining([phone.id, armley.id]));
    expect(slotIds(body.sites)).not.toContain(booked.id);
    expect(body.message).toBeUndefined();
  });

  it("offers the old time again once the appointment has changed to a new one", async () => {
    await holdSlot(t.db, t.tableName, phone.id, "patient-amira", now);
    const event = httpEvent({
      method: "POST",
      path: `/api/me/appointments/${amirasAppointment}/change`,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ slotId: phone.id }),
      principal: amira,
    });
    event.pathParameters = { appointmentId: amirasAppointment };
    const changed = await changeHandler(event, lambdaContext());
    expect(changed.statusCode).toBe(200);
    amirasAppointment = JSON.parse(changed.body ?? "{}").appointment.id;

    const { status, body } = await slotsFor(amira, amirasAppointment);
    expect(status).toBe(200);
    expect(body.appointment).toMatchObject({ localStart: "10:30", channel: "telephone" });
    expect(slotIds(body.sites)).toContain(booked.id);
    expect(slotIds(body.sites)).not.toContain(phone.id);
  });

  it("says nothing else is free, and that the appointment stands, when every other time is taken", async () => {
    for (const slot of [booked, armley]) {
      expect((await holdSlot(t.db, t.tableName, slot.id, "patient-someone-else", now)).kind).toBe(
        "held",
      );
    }
    const { status, body } = await slotsFor(amira, amirasAppointment);
    expect(status).toBe(200);
    expect(body.sites).toEqual([]);
    expect(body.message).toContain("Your appointment has not changed");
  });

  it("lists a busy site's soonest times with where to go on from, and then only that site's later ones", async () => {
    // 60 free times at Armley from noon, five minutes apart: more than a site lists at once.
    const many = Array.from({ length: 60 }, (_, index) => {
      const minutes = 12 * 60 + index * 5;
      const hhmm = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
      return { ...slotAt("site-armley", hhmm), id: `site-armley_${today}_${hhmm}_later` };
    });
    await publishSlots(t.db, t.tableName, many);
    const first = await slotsFor(amira, amirasAppointment);
    expect(first.status).toBe(200);
    const listed = first.body.sites.find((s: SameDaySiteSlots) => s.site.id === "site-armley");
    const firstIds = slotIds([listed]);
    expect(firstIds.length).toBeLessThan(60);
    expect(listed.laterAfter).toBe(many[firstIds.length - 1]?.start);

    const later = await slotsFor(amira, amirasAppointment, {
      siteId: "site-armley",
      after: listed.laterAfter,
    });
    expect(later.status).toBe(200);
    expect(later.body.sites.map((s: SameDaySiteSlots) => s.site.id)).toEqual(["site-armley"]);
    const laterIds = slotIds(later.body.sites);
    expect(laterIds).toEqual(many.slice(firstIds.length).map((slot) => slot.id));
    expect(later.body.sites[0].laterAfter).toBeUndefined();

    const noSite = await slotsFor(amira, amirasAppointment, { after: listed.laterAfter });
    expect(noSite.status).toBe(400);
    expect(noSite.body.error.fields).toEqual([
      expect.objectContaining({ path: "siteId", message: "Choose a place from the list" }),
    ]);
  });

  it("does not tell another patient the appointment exists", async () => {
    const { status, body } = await slotsFor(tom, amirasAppointment);
    expect(status).toBe(404);
    expect(body.error.code).toBe("not_found");
  });

  it("refuses an appointment that is no longer booked", async () => {
    const cancelled = await cancelAppointment(t.db, t.tableName, {
      appointmentId: amirasAppointment,
      reason: "Feeling better",
      now,
      message: { id: randomUUID(), kind: "booking-cancelled-by-patient", channels: [], text: "x" },
    });
    expect(cancelled.kind).toBe("cancelled");
    const { status, body } = await slotsFor(amira, amirasAppointment);
    expect(status).toBe(409);
    expect(body.error.code).toBe("not_cancellable");
  });
});
