import { randomUUID } from "node:crypto";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import {
  confirmBooking,
  getSlot,
  holdSlotFairly,
  keys,
  type NewSlot,
  publishSlots,
} from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { faultyTable, onKeys } from "./fault-fixture.ts";
import { freshTable, measuringClient, type TestTable } from "./support.ts";

/** One live hold per patient per journey, let go in the same write that takes the next. */

let t: TestTable;
const localDate = "2026-12-15";
const now = new Date(`${localDate}T08:00:00Z`);

const slot = (hhmm: string, tag: string): NewSlot => ({
  id: `site-armley_${localDate}_${hhmm.replace(":", "")}_fair-${tag}`,
  siteId: "site-armley",
  icbId: "icb-west-yorkshire",
  service: "same-day-gp",
  channel: "in-person",
  start: `${localDate}T${hhmm}:00.000Z`,
  end: new Date(Date.parse(`${localDate}T${hhmm}:00.000Z`) + 15 * 60_000).toISOString(),
  localDate,
  localStart: hhmm,
  sameDayOnly: false,
  templateId: "fair",
});

const times = ["09:00", "09:15", "09:30", "09:45", "10:00", "10:15", "10:30", "10:45"];

beforeAll(async () => {
  t = await freshTable({ seed: false });
});

async function freshSlots(tag: string) {
  const slots = times.map((time) => slot(time, `${tag}-${randomUUID().slice(0, 8)}`));
  await publishSlots(t.db, t.tableName, slots);
  return slots.map((s) => s.id);
}

const hold = (slotId: string, patientId: string, journey: "same-day" | "referral" = "same-day") =>
  holdSlotFairly(t.db, t.tableName, { slotId, patientId, journey, now });

/** The held slot as the store has it now (a booking confirms the slot record, not the answer). */
const heldSlot = async (slotId: string) => {
  const found = await getSlot(t.db, t.tableName, slotId);
  if (!found) throw new Error(`slot ${slotId} missing`);
  return found;
};

const statusOf = async (slotId: string) => (await getSlot(t.db, t.tableName, slotId))?.status;

describe("a patient's holds", () => {
  it("lets the previous time go when the patient holds another, in the same journey", async () => {
    const [a, b] = await freshSlots("move");
    expect((await hold(a as string, "patient-1")).kind).toBe("held");
    expect((await hold(b as string, "patient-1")).kind).toBe("held");
    expect(await statusOf(a as string)).toBe("free");
    expect(await getSlot(t.db, t.tableName, b as string)).toMatchObject({
      status: "busy-tentative",
      holdPatientId: "patient-1",
    });
    // Holding the same time again renews it and lets nothing go.
    expect((await hold(b as string, "patient-1")).kind).toBe("held");
    expect(await statusOf(b as string)).toBe("busy-tentative");
  });

  it("keeps one hold in each journey: a referral hold does not let a same-day hold go", async () => {
    const [a, b] = await freshSlots("journeys");
    await hold(a as string, "patient-2", "same-day");
    await hold(b as string, "patient-2", "referral");
    expect(await statusOf(a as string)).toBe("busy-tentative");
    expect(await statusOf(b as string)).toBe("busy-tentative");
  });

  it("holds in one call when the patient holds nothing, and moves a hold in two without reading", async () => {
    const [a, b] = await freshSlots("calls");
    const measured = measuringClient();
    const known = async (slotId: string) => getSlot(t.db, t.tableName, slotId);
    const holdMeasured = (slotId: string) =>
      holdSlotFairly(measured.db, t.tableName, {
        slotId,
        patientId: "patient-calls",
        journey: "same-day",
        now,
        slotDetails: known,
      });
    const first = await holdMeasured(a as string);
    expect(first).toMatchObject({ kind: "held", slot: { id: a, localStart: "09:00" } });
    expect(measured.cost.calls).toEqual(["TransactWriteItemsCommand"]);
    measured.reset();
    // The marker names the first: refused, it says so itself, and the second transaction lets
    // the first go.
    expect((await holdMeasured(b as string)).kind).toBe("held");
    expect(measured.cost.calls).toEqual(["TransactWriteItemsCommand", "TransactWriteItemsCommand"]);
    expect(await statusOf(a as string)).toBe("free");
    expect(await statusOf(b as string)).toBe("busy-tentative");
    measured.reset();
    // Someone else's try: refused by the slot's condition, which says why; nothing is read.
    const taken = await holdSlotFairly(measured.db, t.tableName, {
      slotId: b as string,
      patientId: "patient-calls-other",
      journey: "same-day",
      now,
    });
    expect(taken).toMatchObject({
      kind: "slot-taken",
      slot: { id: b, holdPatientId: "patient-calls" },
    });
    expect(measured.cost.calls).toEqual(["TransactWriteItemsCommand"]);
  });

  it("never lets go of a previous time that is no longer only held by them (booked since)", async () => {
    const [a, b] = await freshSlots("booked");
    const held = await hold(a as string, "patient-3", "referral");
    if (held.kind !== "held") throw new Error(held.kind);
    const booked = await confirmBooking(t.db, t.tableName, {
      slot: await heldSlot(a as string),
      appointmentId: randomUUID(),
      bookingReference: "FAIR0001",
      patientId: "patient-3",
      bookedBy: "patient",
      sameDay: false,
      now,
      message: { id: randomUUID(), kind: "booking-confirmed", channels: [], text: "Booked" },
    });
    expect(booked.kind).toBe("booked");
    expect((await hold(b as string, "patient-3", "referral")).kind).toBe("held");
    expect(await statusOf(a as string)).toBe("busy");
    expect(await statusOf(b as string)).toBe("busy-tentative");
  });

  it("leaves one live hold however many a script asks for at once", async () => {
    const slots = (await freshSlots("script")) as string[];
    const outcomes = await Promise.allSettled(slots.map((id) => hold(id, "patient-4")));
    expect(outcomes.some((o) => o.status === "fulfilled" && o.value.kind === "held")).toBe(true);
    // A hold that kept meeting the others gives up as a conflict (a 503 to try again), never a 500.
    for (const outcome of outcomes) {
      if (outcome.status === "rejected") {
        expect(outcome.reason).toMatchObject({ name: "TransactionConflictException" });
      }
    }
    const statuses = await Promise.all(slots.map(statusOf));
    expect(statuses.filter((s) => s === "busy-tentative")).toHaveLength(1);
    const marker = await t.db.send(
      new GetCommand({ TableName: t.tableName, Key: keys.patientHold("patient-4", "same-day") }),
    );
    expect(slots[statuses.indexOf("busy-tentative")]).toBe(marker.Item?.slotId);
  });

  it("refuses a same-day hold for a patient booked that day, naming the appointment", async () => {
    const [a, b] = await freshSlots("guard");
    const held = await hold(a as string, "patient-5");
    if (held.kind !== "held") throw new Error(held.kind);
    const appointmentId = randomUUID();
    await confirmBooking(t.db, t.tableName, {
      slot: await heldSlot(a as string),
      appointmentId,
      bookingReference: "FAIR0002",
      patientId: "patient-5",
      bookedBy: "patient",
      sameDay: true,
      now,
      message: { id: randomUUID(), kind: "booking-confirmed", channels: [], text: "Booked" },
    });
    const refused = await holdSlotFairly(t.db, t.tableName, {
      slotId: b as string,
      patientId: "patient-5",
      journey: "same-day",
      now,
      notBookedOn: localDate,
    });
    expect(refused).toEqual({ kind: "already-booked", appointmentId });
    expect(await statusOf(b as string)).toBe("free");
    // Another day is not that day.
    const tomorrow = await holdSlotFairly(t.db, t.tableName, {
      slotId: b as string,
      patientId: "patient-5",
      journey: "same-day",
      now,
      notBookedOn: "2026-12-16",
    });
    expect(tomorrow.kind).toBe("held");
    // Changing that very appointment: it does not stand in the way; another id does.
    const [c] = await freshSlots("guard-change");
    const holdChanging = (changing: string) =>
      holdSlotFairly(t.db, t.tableName, {
        slotId: c as string,
        patientId: "patient-5",
        journey: "same-day",
        now,
        notBookedOn: localDate,
        changing,
      });
    expect((await holdChanging(randomUUID())).kind).toBe("already-booked");
    expect((await holdChanging(appointmentId)).kind).toBe("held");
  });

  it("moves a hold after a conflict on the time let go; when it persists, an error and nothing changed", async () => {
    const [a, b] = await freshSlots("faults");
    await hold(a as string, "patient-6");
    const busy = faultyTable(t, [{ kind: "conflict", key: (k) => k.pk === `SLOT#${a}` }]);
    await expect(
      holdSlotFairly(busy.db, t.tableName, {
        slotId: b as string,
        patientId: "patient-6",
        journey: "same-day",
        now,
      }),
    ).rejects.toMatchObject({ name: "TransactionCanceledException" });
    expect(await statusOf(a as string)).toBe("busy-tentative");
    expect(await statusOf(b as string)).toBe("free");
    const once = faultyTable(t, [{ kind: "throttle", key: onKeys("PATIENT#"), times: 1 }]);
    const moved = await holdSlotFairly(once.db, t.tableName, {
      slotId: b as string,
      patientId: "patient-6",
      journey: "same-day",
      now,
    });
    expect(moved.kind).toBe("held");
    expect(once.log.injected("throttle")).toBe(1);
    expect(await statusOf(a as string)).toBe("free");
  });
});
