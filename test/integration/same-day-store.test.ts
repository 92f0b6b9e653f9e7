import { randomUUID } from "node:crypto";
import {
  appointmentsOfPatient,
  blockSlot,
  cancelAppointment,
  changeBooking,
  confirmBooking,
  getSlot,
  holdSlot,
  messagesFor,
  type NewSlot,
  publishSlots,
  readDailyCounts,
  recordAttendance,
  releaseHold,
  slotsOfDay,
  unblockSlot,
} from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { countingClient, freshTable, type TestTable } from "./support.ts";

let t: TestTable;
beforeAll(async () => {
  t = await freshTable({ seed: false });
});

const icbId = "icb-west-yorkshire";

/** Slots of one morning at a site: 15-minute slots from 08:00 in winter (UTC = London). */
function morning(siteId: string, localDate: string, count: number, parallel = 1): NewSlot[] {
  const slots: NewSlot[] = [];
  for (let n = 0; n < parallel; n++) {
    for (let i = 0; i < count; i++) {
      const start = new Date(`${localDate}T08:00:00Z`).getTime() + i * 15 * 60_000;
      const hhmm = new Date(start).toISOString().slice(11, 16);
      slots.push({
        id: `${siteId}_${localDate}_${hhmm}_same-day-gp_in-person_${n}`,
        siteId,
        icbId,
        service: "same-day-gp",
        channel: "in-person",
        start: new Date(start).toISOString(),
        end: new Date(start + 15 * 60_000).toISOString(),
        localDate,
        localStart: hhmm,
        sameDayOnly: true,
        templateId: "template-1",
      });
    }
  }
  return slots;
}

const message = (kind: string) => ({
  id: randomUUID(),
  kind,
  channels: ["sms" as const],
  text: `${kind} test`,
});

async function countsOf(siteId: string, localDate: string) {
  const rows = await readDailyCounts(t.db, t.tableName, icbId, localDate, localDate);
  return rows.find((row) => row.siteId === siteId);
}

describe("publishing slots", () => {
  it("publishes once: the same range again creates and counts nothing", async () => {
    const slots = morning("site-pub", "2026-12-01", 48, 3); // 144 slots: two transactions
    expect(await publishSlots(t.db, t.tableName, slots)).toEqual({
      created: 144,
      alreadyPublished: 0,
    });
    expect(await publishSlots(t.db, t.tableName, slots)).toEqual({
      created: 0,
      alreadyPublished: 144,
    });
    expect((await countsOf("site-pub", "2026-12-01"))?.published).toBe(144);
    const day = await slotsOfDay(t.db, t.tableName, "site-pub", "2026-12-01");
    expect(day).toHaveLength(144);
    expect(day.every((slot) => slot.status === "free")).toBe(true);
    expect(day.map((s) => s.start)).toEqual([...day.map((s) => s.start)].sort());
  });

  it("counts exactly when two receptionists publish the same range at once", async () => {
    const slots = morning("site-race", "2026-12-02", 40);
    const [a, b] = await Promise.all([
      publishSlots(t.db, t.tableName, slots),
      publishSlots(t.db, t.tableName, slots),
    ]);
    expect((a?.created ?? 0) + (b?.created ?? 0)).toBe(40);
    expect((await countsOf("site-race", "2026-12-02"))?.published).toBe(40);
  });
});

describe("blocking slots", () => {
  it("blocks a free slot with its reason, refuses a booked or held one, and counts blocked capacity", async () => {
    const [free, held] = morning("site-block", "2026-12-06", 2) as [NewSlot, NewSlot];
    await publishSlots(t.db, t.tableName, [free, held]);
    const now = new Date("2026-12-06T07:00:00Z");
    await holdSlot(t.db, t.tableName, held.id, "patient-x", now);

    const blocked = await blockSlot(t.db, t.tableName, free.id, "Clinician on training", now);
    expect(blocked.kind === "done" && blocked.slot).toMatchObject({
      status: "busy-unavailable",
      blockedReason: "Clinician on training",
    });
    expect(await blockSlot(t.db, t.tableName, held.id, "x", now)).toEqual({
      kind: "refused",
      status: "busy-tentative",
    });
    expect(await blockSlot(t.db, t.tableName, free.id, "again", now)).toEqual({
      kind: "refused",
      status: "busy-unavailable",
    });
    expect((await countsOf("site-block", "2026-12-06"))?.blocked).toBe(1);

    const unblocked = await unblockSlot(t.db, t.tableName, free.id, now);
    expect(unblocked.kind === "done" && unblocked.slot.status).toBe("free");
    expect(await unblockSlot(t.db, t.tableName, free.id, now)).toEqual({
      kind: "refused",
      status: "free",
    });
    expect((await countsOf("site-block", "2026-12-06"))?.blocked).toBe(0);
    expect(await blockSlot(t.db, t.tableName, "no-such-slot", "x", now)).toEqual({
      kind: "not-found",
    });
  });
});

describe("holding and booking", () => {
  it("gives a slot to exactly one of 50 patients racing for it", async () => {
    const [slot] = morning("site-hold", "2026-12-03", 1);
    await publishSlots(t.db, t.tableName, [slot as NewSlot]);
    const now = new Date("2026-12-03T07:00:00Z");
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        holdSlot(t.db, t.tableName, slot?.id ?? "", `patient-${i}`, now),
      ),
    );
    expect(outcomes.filter((o) => o.kind === "held")).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === "slot-taken")).toHaveLength(49);
    const held = await getSlot(t.db, t.tableName, slot?.id ?? "");
    expect(held?.status).toBe("busy-tentative");
    expect(held?.holdExpiresAt).toBe("2026-12-03T07:15:00.000Z");
  });

  it("checks a hold's requirements in the same write, telling taken, not bookable and missing apart in one call", async () => {
    const [early, late, other] = morning("site-required", "2026-12-07", 3) as [
      NewSlot,
      NewSlot,
      NewSlot,
    ];
    const physio = { ...other, id: `${other.id}-physio`, service: "physiotherapy" };
    await publishSlots(t.db, t.tableName, [early, late, physio]);
    const now = new Date("2026-12-07T08:10:00Z");
    // From 08:15 (so 08:00 has gone) to midnight: 08:15 and 08:30 qualify by time.
    const requirements = {
      service: "same-day-gp",
      startsFrom: "2026-12-07T08:15:00.000Z",
      startsBefore: "2026-12-08T00:00:00.000Z",
    };
    const { db: counted, calls } = countingClient();
    const hold = (slotId: string, patientId: string) =>
      holdSlot(counted, t.tableName, slotId, patientId, now, requirements);

    expect(await hold(early.id, "patient-a")).toMatchObject({
      kind: "not-bookable",
      slot: { id: early.id, status: "free" },
    });
    expect(await hold(physio.id, "patient-a")).toMatchObject({ kind: "not-bookable" });
    expect(await hold("no-such-slot", "patient-a")).toEqual({ kind: "not-found" });
    expect(await hold(late.id, "patient-a")).toMatchObject({
      kind: "held",
      slot: { id: late.id, holdPatientId: "patient-a" },
    });
    const taken = await hold(late.id, "patient-b");
    expect(taken).toMatchObject({
      kind: "slot-taken",
      slot: { id: late.id, siteId: "site-required", sameDayOnly: true, holdPatientId: "patient-a" },
    });
    // The same patient holding again is a retry: it works.
    expect((await hold(late.id, "patient-a")).kind).toBe("held");
    expect(calls).toEqual(Array(6).fill("UpdateItemCommand"));
    // Nothing was written by a refused hold.
    expect(await getSlot(t.db, t.tableName, early.id)).toMatchObject({ status: "free" });
    expect((await getSlot(t.db, t.tableName, early.id))?.holdPatientId).toBeUndefined();
    // Without requirements, a taken slot comes back too, still in one call.
    expect(await holdSlot(t.db, t.tableName, late.id, "patient-b", now)).toMatchObject({
      kind: "slot-taken",
      slot: { id: late.id },
    });
  });

  it("releases a hold only for its holder, freeing the slot at once", async () => {
    const [slot] = morning("site-release", "2026-12-04", 1) as [NewSlot];
    await publishSlots(t.db, t.tableName, [slot]);
    const now = new Date("2026-12-04T07:00:00Z");
    await holdSlot(t.db, t.tableName, slot.id, "patient-holder", now);
    expect(await releaseHold(t.db, t.tableName, slot.id, "patient-other")).toBe(false);
    expect((await getSlot(t.db, t.tableName, slot.id))?.status).toBe("busy-tentative");
    expect(await releaseHold(t.db, t.tableName, slot.id, "patient-holder")).toBe(true);
    expect(await getSlot(t.db, t.tableName, slot.id)).toMatchObject({ status: "free" });
    expect((await getSlot(t.db, t.tableName, slot.id))?.holdPatientId).toBeUndefined();
  });

  it("lets someone else take a slot once its hold has run out, and then the first cannot confirm", async () => {
    const [slot] = morning("site-expiry", "2026-12-04", 1) as [NewSlot];
    await publishSlots(t.db, t.tableName, [slot]);
    const start = new Date("2026-12-04T07:00:00Z");
    expect((await holdSlot(t.db, t.tableName, slot.id, "patient-a", start)).kind).toBe("held");
    const beforeExpiry = new Date(start.getTime() + 14 * 60_000);
    expect((await holdSlot(t.db, t.tableName, slot.id, "patient-b", beforeExpiry)).kind).toBe(
      "slot-taken",
    );
    const atExpiry = new Date(start.getTime() + 15 * 60_000);
    const taken = await holdSlot(t.db, t.tableName, slot.id, "patient-b", atExpiry);
    expect(taken.kind).toBe("held");
    const late = await confirmBooking(t.db, t.tableName, {
      slot: (await getSlot(t.db, t.tableName, slot.id)) as NonNullable<
        Awaited<ReturnType<typeof getSlot>>
      >,
      appointmentId: randomUUID(),
      bookingReference: "LATE0001",
      patientId: "patient-a",
      bookedBy: "patient",
      sameDay: true,
      now: atExpiry,
      message: message("booking-confirmed"),
    });
    expect(late.kind).toBe("hold-lost");
    expect((await countsOf("site-expiry", "2026-12-04"))?.booked ?? 0).toBe(0);
  });

  it("books, counts, queues the message; one same-day appointment per patient per day; cancel frees it all", async () => {
    const [first, second] = morning("site-book", "2026-12-05", 2) as [NewSlot, NewSlot];
    await publishSlots(t.db, t.tableName, [first, second]);
    const now = new Date("2026-12-05T07:30:00Z");
    const patientId = `patient-${randomUUID()}`;
    const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
    const book = async (slot: NewSlot, reference: string, at = now) => {
      const held = await holdSlot(t.db, t.tableName, slot.id, patientId, at);
      if (held.kind !== "held") throw new Error(held.kind);
      return confirmBooking(t.db, t.tableName, {
        slot: held.slot,
        appointmentId: randomUUID(),
        bookingReference: reference,
        patientId,
        bookedBy: "patient",
        sameDay: true,
        now: at,
        message: message("booking-confirmed"),
      });
    };
    const booked = await book(first, "BOOK0001");
    expect(booked.kind).toBe("booked");
    expect((await getSlot(t.db, t.tableName, first.id))?.status).toBe("busy");

    const again = await book(second, "BOOK0002");
    expect(again.kind).toBe("already-booked-today");
    // Nothing of the refused booking was written: the count and the messages are unchanged.
    expect((await countsOf("site-book", "2026-12-05"))?.booked).toBe(1);
    expect(await messagesFor(t.db, t.tableName, patientId)).toHaveLength(1);

    if (booked.kind !== "booked") throw new Error("not booked");
    const cancelled = await cancelAppointment(t.db, t.tableName, {
      appointmentId: booked.appointment.id,
      reason: "Feeling better",
      now: later(1),
      message: message("booking-cancelled"),
    });
    expect(cancelled.kind).toBe("cancelled");
    expect((await getSlot(t.db, t.tableName, first.id))?.status).toBe("free");
    const twice = await cancelAppointment(t.db, t.tableName, {
      appointmentId: booked.appointment.id,
      reason: "again",
      now,
      message: message("booking-cancelled"),
    });
    expect(twice).toEqual({ kind: "not-cancellable", status: "cancelled" });

    // The guard is released, so the patient can book again the same day.
    expect((await book(second, "BOOK0003", later(2))).kind).toBe("booked");
    const counts = await countsOf("site-book", "2026-12-05");
    expect(counts).toMatchObject({ published: 2, booked: 2, cancelled: 1 });
    const messages = await messagesFor(t.db, t.tableName, patientId);
    expect(messages.map((m) => m.kind)).toEqual(
      ["booking-confirmed", "booking-cancelled", "booking-confirmed"].reverse(),
    );
  });

  it("records arrival and did-not-attend once each, counting the did-not-attend", async () => {
    const [a, b] = morning("site-attend", "2026-12-05", 2) as [NewSlot, NewSlot];
    await publishSlots(t.db, t.tableName, [a, b]);
    const now = new Date("2026-12-05T07:00:00Z");
    const bookFor = async (slot: NewSlot, patientId: string) => {
      const held = await holdSlot(t.db, t.tableName, slot.id, patientId, now);
      if (held.kind !== "held") throw new Error(held.kind);
      const booked = await confirmBooking(t.db, t.tableName, {
        slot: held.slot,
        appointmentId: randomUUID(),
        bookingReference: "ATTEND01",
        patientId,
        bookedBy: "staff",
        sameDay: false,
        now,
        message: message("booking-confirmed"),
      });
      if (booked.kind !== "booked") throw new Error(booked.kind);
      return booked.appointment;
    };
    const arriving = await bookFor(a, "patient-arrives");
    const absent = await bookFor(b, "patient-absent");
    const arrived = await recordAttendance(t.db, t.tableName, {
      appointment: arriving,
      to: "arrived",
      now,
    });
    expect(arrived.kind).toBe("done");
    // A second receptionist acting on the stale "booked" status is told what happened.
    expect(
      await recordAttendance(t.db, t.tableName, { appointment: arriving, to: "noshow", now }),
    ).toEqual({
      kind: "changed-meanwhile",
      status: "arrived",
    });
    await recordAttendance(t.db, t.tableName, { appointment: absent, to: "noshow", now });
    await recordAttendance(t.db, t.tableName, { appointment: absent, to: "noshow", now });
    expect((await countsOf("site-attend", "2026-12-05"))?.didNotAttend).toBe(1);
    const mine = await appointmentsOfPatient(t.db, t.tableName, "patient-absent");
    expect(mine.map((m) => m.status)).toEqual(["noshow"]);
  });

  it("changes an appointment in one step, and keeps the old one when the new slot cannot be had", async () => {
    const [first, second, third] = morning("site-change", "2026-12-05", 3) as [
      NewSlot,
      NewSlot,
      NewSlot,
    ];
    await publishSlots(t.db, t.tableName, [first, second, third]);
    const now = new Date("2026-12-05T07:00:00Z");
    const patientId = `patient-${randomUUID()}`;
    const held = await holdSlot(t.db, t.tableName, first.id, patientId, now);
    if (held.kind !== "held") throw new Error(held.kind);
    const original = await confirmBooking(t.db, t.tableName, {
      slot: held.slot,
      appointmentId: randomUUID(),
      bookingReference: "CHANGE01",
      patientId,
      bookedBy: "patient",
      sameDay: true,
      now,
      message: message("booking-confirmed"),
    });
    if (original.kind !== "booked") throw new Error(original.kind);

    // The new slot's hold has run out: nothing changes, the original appointment stands.
    const staleHold = await holdSlot(t.db, t.tableName, third.id, patientId, now);
    if (staleHold.kind !== "held") throw new Error(staleHold.kind);
    const refused = await changeBooking(t.db, t.tableName, {
      appointmentId: original.appointment.id,
      patientId,
      newSlot: staleHold.slot,
      newAppointmentId: randomUUID(),
      bookingReference: "CHANGE02",
      sameDay: true,
      now: new Date("2026-12-05T07:16:00Z"),
      message: message("booking-changed"),
    });
    expect(refused.kind).toBe("hold-lost");
    expect((await getSlot(t.db, t.tableName, first.id))?.status).toBe("busy");

    const hold = await holdSlot(t.db, t.tableName, second.id, patientId, now);
    if (hold.kind !== "held") throw new Error(hold.kind);
    const changed = await changeBooking(t.db, t.tableName, {
      appointmentId: original.appointment.id,
      patientId,
      newSlot: hold.slot,
      newAppointmentId: randomUUID(),
      bookingReference: "CHANGE03",
      sameDay: true,
      now,
      message: message("booking-changed"),
    });
    expect(changed.kind).toBe("changed");
    expect((await getSlot(t.db, t.tableName, first.id))?.status).toBe("free");
    expect((await getSlot(t.db, t.tableName, second.id))?.status).toBe("busy");
    const mine = await appointmentsOfPatient(t.db, t.tableName, patientId);
    expect(mine.map((a) => `${a.bookingReference}:${a.status}`)).toEqual([
      "CHANGE01:cancelled",
      "CHANGE03:booked",
    ]);
    expect(await countsOf("site-change", "2026-12-05")).toMatchObject({ booked: 2, cancelled: 1 });
    // Someone else's appointment cannot be changed.
    expect(
      (
        await changeBooking(t.db, t.tableName, {
          appointmentId: original.appointment.id,
          patientId: "patient-someone-else",
          newSlot: hold.slot,
          newAppointmentId: randomUUID(),
          bookingReference: "CHANGE04",
          sameDay: true,
          now,
          message: message("booking-changed"),
        })
      ).kind,
    ).toBe("not-found");
  });

  it("reads an ICB's counts for a date range in one query, per day, site and service", async () => {
    const rows = await readDailyCounts(t.db, t.tableName, icbId, "2026-12-01", "2026-12-05");
    const days = new Set(rows.map((r) => r.localDate));
    expect([...days].sort()).toEqual([
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
      "2026-12-05",
    ]);
    expect(
      await readDailyCounts(
        t.db,
        t.tableName,
        "icb-humber-north-yorkshire",
        "2026-12-01",
        "2026-12-05",
      ),
    ).toEqual([]);
  });
});
