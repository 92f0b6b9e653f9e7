import { randomUUID } from "node:crypto";
import {
  blockSlot,
  claimMessage,
  confirmBooking,
  demoPatients,
  getAppointment,
  getPatient,
  getSlot,
  holdSlot,
  keys,
  messagesFor,
  type NewSlot,
  publishSlots,
  readDailyCounts,
  recordAttendance,
  replaceProfile,
  unblockSlot,
} from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { faultyTable, onKeys } from "./fault-fixture.ts";
import { freshTable, type TestTable } from "./support.ts";

let t: TestTable;
beforeAll(async () => {
  t = await freshTable();
});

const localDate = "2026-11-25";
const now = new Date(`${localDate}T08:00:00Z`);
const slotAt = (hhmm: string): NewSlot => ({
  id: `site-armley_${localDate}_${hhmm}_store-faults_${randomUUID()}`,
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

async function counts() {
  const rows = await readDailyCounts(t.db, t.tableName, "icb-west-yorkshire", localDate, localDate);
  const row = rows.find((r) => r.siteId === "site-armley" && r.service === "same-day-gp");
  return { blocked: row?.blocked ?? 0, didNotAttend: row?.didNotAttend ?? 0 };
}

const busyThroughout = (...prefixes: string[]) =>
  faultyTable(t, [{ kind: "conflict", key: onKeys(...prefixes) }]);
const busyOnce = (...prefixes: string[]) =>
  faultyTable(t, [{ kind: "throttle", key: onKeys(...prefixes), times: 1 }]);

describe("staff and patient writes when DynamoDB conflicts or throttles", () => {
  it("blocks and unblocks after a conflict, counted once; a block that never gets through is an error, not 'refused', and changes nothing", async () => {
    const slot = slotAt("14:00");
    await publishSlots(t.db, t.tableName, [slot]);
    const before = await counts();
    const busy = busyThroughout("SLOT#");
    await expect(blockSlot(busy.db, t.tableName, slot.id, "Training", now)).rejects.toMatchObject({
      name: "TransactionCanceledException",
    });
    expect((await getSlot(t.db, t.tableName, slot.id))?.status).toBe("free");
    expect(await counts()).toEqual(before);

    const once = busyOnce("SLOT#");
    expect((await blockSlot(once.db, t.tableName, slot.id, "Training", now)).kind).toBe("done");
    expect(await counts()).toEqual({ ...before, blocked: before.blocked + 1 });
    await expect(unblockSlot(busy.db, t.tableName, slot.id, now)).rejects.toMatchObject({
      name: "TransactionCanceledException",
    });
    expect((await getSlot(t.db, t.tableName, slot.id))?.status).toBe("busy-unavailable");
    const again = busyOnce("SLOT#");
    expect((await unblockSlot(again.db, t.tableName, slot.id, now)).kind).toBe("done");
    expect(await counts()).toEqual(before);
    expect(once.log.injected() + again.log.injected()).toBe(2);
  });

  it("records a did-not-attend after a throttled attempt, counted once; when the table stays busy the status is unchanged and the error is not 'changed meanwhile'", async () => {
    const slot = slotAt("15:00");
    await publishSlots(t.db, t.tableName, [slot]);
    const held = await holdSlot(t.db, t.tableName, slot.id, "patient-tom", now);
    if (held.kind !== "held") throw new Error(held.kind);
    const booked = await confirmBooking(t.db, t.tableName, {
      slot: held.slot,
      appointmentId: randomUUID(),
      bookingReference: "STORE001",
      patientId: "patient-tom",
      bookedBy: "staff",
      sameDay: false,
      now,
      message: { id: randomUUID(), kind: "booking-confirmed", channels: [], text: "Booked" },
    });
    if (booked.kind !== "booked") throw new Error(booked.kind);
    const before = await counts();
    const input = { appointment: booked.appointment, to: "noshow" as const, now };
    await expect(
      recordAttendance(busyThroughout("APPT#").db, t.tableName, input),
    ).rejects.toMatchObject({ name: "TransactionCanceledException" });
    expect((await getAppointment(t.db, t.tableName, booked.appointment.id))?.status).toBe("booked");
    expect(await counts()).toEqual(before);
    const once = busyOnce("APPT#");
    expect((await recordAttendance(once.db, t.tableName, input)).kind).toBe("done");
    expect(once.log.injected("throttle")).toBe(1);
    expect(await counts()).toEqual({ ...before, didNotAttend: before.didNotAttend + 1 });
  });

  it("saves a profile after a conflict; a save that never gets through leaves the old profile", async () => {
    const patient = demoPatients[0];
    if (!patient) throw new Error("no demo patient");
    const changed = { ...patient.profile, preferredName: "Changed" };
    await expect(
      replaceProfile(busyThroughout("PATIENT#").db, t.tableName, patient.id, changed, now),
    ).rejects.toMatchObject({ name: "TransactionConflictException" });
    expect((await getPatient(t.db, t.tableName, patient.id))?.profile).toEqual(patient.profile);
    const once = busyOnce("PATIENT#");
    expect(await replaceProfile(once.db, t.tableName, patient.id, changed, now)).toMatchObject({
      profile: changed,
    });
    expect((await getPatient(t.db, t.tableName, patient.id))?.profile.preferredName).toBe(
      "Changed",
    );
  });

  it("claims a message after a throttled attempt with one attempt counted; a claim that never gets through leaves it pending", async () => {
    const [message] = await messagesFor(t.db, t.tableName, "patient-tom");
    if (!message) throw new Error("no message");
    const key = keys.message("patient-tom", message.createdAt, message.id);
    await expect(
      claimMessage(busyThroughout("PATIENT#").db, t.tableName, key, now),
    ).rejects.toMatchObject({ name: "TransactionConflictException" });
    expect((await messagesFor(t.db, t.tableName, "patient-tom"))[0]?.status).toBe("pending");
    const once = busyOnce("PATIENT#");
    const claimed = await claimMessage(once.db, t.tableName, key, now);
    expect(claimed).toMatchObject({ status: "sending", attempts: 1 });
    expect(once.log.injected("throttle")).toBe(1);
  });
});
