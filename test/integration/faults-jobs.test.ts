import { randomUUID } from "node:crypto";
import {
  confirmBooking,
  getAppointment,
  getSameDayRequest,
  getSlot,
  holdSlot,
  joinWaitingList,
  type NewSlot,
  offerSlotToWaitingList,
  publishSlots,
  readDailyCounts,
  recordSameDayRequest,
  type SlotRecord,
  waitingList,
} from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { closeSameDayQueues } from "../../functions/src/same-day/handlers/close-same-day-queues.ts";
import { passOnExpiredOffers } from "../../functions/src/same-day/handlers/pass-on-expired-offers.ts";
import { sendAppointmentReminders } from "../../functions/src/same-day/handlers/send-appointment-reminders.ts";
import { faultyTable, onKeys } from "./fault-fixture.ts";
import { freshTable, type TestTable } from "./support.ts";

let t: TestTable;
beforeAll(async () => {
  t = await freshTable();
});

const slotAt = (localDate: string, hhmm: string, tag: string): NewSlot => ({
  id: `site-armley_${localDate}_${hhmm}_${tag}_${randomUUID()}`,
  siteId: "site-armley",
  icbId: "icb-west-yorkshire",
  service: "same-day-gp",
  channel: "in-person",
  start: `${localDate}T${hhmm}:00.000Z`,
  end: new Date(Date.parse(`${localDate}T${hhmm}:00.000Z`) + 15 * 60_000).toISOString(),
  localDate,
  localStart: hhmm,
  sameDayOnly: false,
  templateId: "faults",
});

const offerMessage = () => ({
  id: randomUUID(),
  kind: "waiting-list-offer",
  channels: [],
  text: "Offer",
});

async function waitingFor(localDate: string, patients: readonly string[]) {
  for (const [index, patientId] of patients.entries()) {
    await joinWaitingList(t.db, t.tableName, {
      siteId: "site-armley",
      service: "same-day-gp",
      localDate,
      patientId,
      joinedAt: `${localDate}T09:0${index}:00.000Z`,
    });
  }
}

const listOf = async (localDate: string) =>
  (await waitingList(t.db, t.tableName, "site-armley", "same-day-gp", localDate)).map(
    (e) => `${e.patientId}:${e.status}`,
  );

describe("scheduled jobs and the waiting list when DynamoDB conflicts or throttles", () => {
  it("closing the day's queue counts the requests it could not close, leaves them open, and the next run closes them, counted once", async () => {
    const localDate = "2026-03-30";
    const now = new Date(`${localDate}T22:55:00Z`);
    const ids = [randomUUID(), randomUUID()];
    for (const id of ids) {
      await recordSameDayRequest(t.db, t.tableName, {
        id,
        patientId: `patient-${id}`,
        siteId: "site-armley",
        icbId: "icb-west-yorkshire",
        service: "same-day-gp",
        localDate,
        createdAt: `${localDate}T08:00:00.000Z`,
        status: "open",
        triage: {},
      });
    }
    const busy = faultyTable(t, [
      { kind: "conflict", commands: ["TransactWriteItems"], key: onKeys("REQ#") },
    ]);
    const failed = await closeSameDayQueues({
      db: busy.db,
      tableName: t.tableName,
      now: () => now,
    });
    expect(failed).toMatchObject({ unmet: 0, failed: 2 });
    for (const id of ids) {
      expect((await getSameDayRequest(t.db, t.tableName, id))?.status).toBe("open");
    }
    const once = faultyTable(t, [
      { kind: "throttle", commands: ["TransactWriteItems"], key: onKeys("REQ#"), times: 1 },
    ]);
    const repaired = await closeSameDayQueues({
      db: once.db,
      tableName: t.tableName,
      now: () => now,
    });
    expect(repaired).toMatchObject({ unmet: 2, failed: 0 });
    expect(once.log.injected("throttle")).toBe(1);
    const counts = await readDailyCounts(
      t.db,
      t.tableName,
      "icb-west-yorkshire",
      localDate,
      localDate,
    );
    expect(counts.find((row) => row.siteId === "site-armley")?.unmet).toBe(2);
  });

  it("a freed slot goes to the first patient in line even when their entry met a conflict; a busy table is an error, not a skip", async () => {
    const localDate = "2026-12-15";
    const published = slotAt(localDate, "15:00", "first-in-line");
    await publishSlots(t.db, t.tableName, [published]);
    await waitingFor(localDate, ["patient-amira", "patient-tom"]);
    const slot = (await getSlot(t.db, t.tableName, published.id)) as SlotRecord;
    const at = new Date(`${localDate}T12:00:00Z`);
    const amirasEntry = onKeys(`WAIT#site-armley#same-day-gp#${localDate}`);

    const busy = faultyTable(t, [{ kind: "conflict", key: amirasEntry }]);
    await expect(
      offerSlotToWaitingList(busy.db, t.tableName, slot, at, offerMessage),
    ).rejects.toMatchObject({ name: "TransactionCanceledException" });
    expect(await listOf(localDate)).toEqual(["patient-amira:waiting", "patient-tom:waiting"]);
    expect((await getSlot(t.db, t.tableName, published.id))?.status).toBe("free");

    const once = faultyTable(t, [{ kind: "conflict", key: amirasEntry, times: 1 }]);
    const outcome = await offerSlotToWaitingList(once.db, t.tableName, slot, at, offerMessage);
    expect(outcome).toMatchObject({ kind: "offered", entry: { patientId: "patient-amira" } });
    expect(once.log.injected("conflict")).toBe(1);
    expect(await listOf(localDate)).toEqual(["patient-amira:offered", "patient-tom:waiting"]);
  });

  it("an expired offer the job could not pass on still stands, is counted as failed, and the next run passes it to the next patient", async () => {
    const localDate = "2026-12-20"; // not the day after the test above: its offer stands too
    const published = slotAt(localDate, "15:00", "pass-on");
    await publishSlots(t.db, t.tableName, [published]);
    await waitingFor(localDate, ["patient-amira", "patient-tom"]);
    const slot = (await getSlot(t.db, t.tableName, published.id)) as SlotRecord;
    await offerSlotToWaitingList(
      t.db,
      t.tableName,
      slot,
      new Date(`${localDate}T12:00:00Z`),
      offerMessage,
    );
    const late = () => new Date(`${localDate}T12:31:00Z`);

    const busy = faultyTable(t, [
      {
        kind: "throttle",
        commands: ["TransactWriteItems", "UpdateItem"],
        key: onKeys("WAIT#", "SLOT#"),
      },
    ]);
    expect(await passOnExpiredOffers({ db: busy.db, tableName: t.tableName, now: late })).toEqual({
      accepted: 0,
      passedOn: 0,
      reoffered: 0,
      owedOffered: 0,
      failed: 1,
    });
    expect(await listOf(localDate)).toEqual(["patient-amira:offered", "patient-tom:waiting"]);

    expect(await passOnExpiredOffers({ db: t.db, tableName: t.tableName, now: late })).toEqual({
      accepted: 0,
      passedOn: 1,
      reoffered: 1,
      owedOffered: 0,
      failed: 0,
    });
    expect(await listOf(localDate)).toEqual(["patient-amira:passed-on", "patient-tom:offered"]);
  });

  it("a reminder the store could not write is counted as failed, not skipped in silence, and the next run sends it once", async () => {
    const now = new Date("2026-11-09T18:00:00Z");
    const published = slotAt("2026-11-10", "09:00", "reminder");
    await publishSlots(t.db, t.tableName, [published]);
    const held = await holdSlot(t.db, t.tableName, published.id, "patient-amira", now);
    if (held.kind !== "held") throw new Error(held.kind);
    const booked = await confirmBooking(t.db, t.tableName, {
      slot: held.slot,
      appointmentId: randomUUID(),
      bookingReference: "FAULTS01",
      patientId: "patient-amira",
      bookedBy: "staff",
      sameDay: false,
      now,
      message: { id: randomUUID(), kind: "booking-confirmed", channels: [], text: "Booked" },
    });
    if (booked.kind !== "booked") throw new Error(booked.kind);
    const appointmentKey = onKeys(`APPT#${booked.appointment.id}`);

    const busy = faultyTable(t, [{ kind: "conflict", key: appointmentKey }]);
    const failed = await sendAppointmentReminders({
      db: busy.db,
      tableName: t.tableName,
      now: () => now,
    });
    expect(failed).toMatchObject({ reminded: 0, failed: 1 });
    expect(
      (await getAppointment(t.db, t.tableName, booked.appointment.id))?.reminderSentAt,
    ).toBeUndefined();

    const once = faultyTable(t, [{ kind: "throttle", key: appointmentKey, times: 1 }]);
    const sent = await sendAppointmentReminders({
      db: once.db,
      tableName: t.tableName,
      now: () => now,
    });
    expect(sent).toMatchObject({ reminded: 1, failed: 0 });
    expect(once.log.injected("throttle")).toBe(1);
    expect(
      await sendAppointmentReminders({ db: t.db, tableName: t.tableName, now: () => now }),
    ).toMatchObject({ reminded: 0, failed: 0 });
  });
});
