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

  it("refuses from one look without a write, and holds or moves a hold with the look and one transaction", async () => {
    const [a, b] = await freshSlots("calls");
    const measured = measuringClient();
    const holdMeasured = (slotId: string, patientId = "patient-calls") =>
      holdSlotFairly(measured.db, t.tableName, { slotId, patientId, journey: "same-day", now });
    const first = await holdMeasured(a as string);
    expect(first).toMatchObject({ kind: "held", slot: { id: a, localStart: "09:00" } });
    expect(measured.cost.calls).toEqual(["BatchGetItemCommand", "TransactWriteItemsCommand"]);
    measured.reset();
    // The look finds the marker naming the first: one transaction lets it go and holds the second.
    expect((await holdMeasured(b as string)).kind).toBe("held");
    expect(measured.cost.calls).toEqual(["BatchGetItemCommand", "TransactWriteItemsCommand"]);
    expect(await statusOf(a as string)).toBe("free");
    expect(await statusOf(b as string)).toBe("busy-tentative");
    measured.reset();
    // Someone else's try: refused from the look, which says why; nothing is written.
    const taken = await holdMeasured(b as string, "patient-calls-other");
    expect(taken).toMatchObject({
      kind: "slot-taken",
      slot: { id: b, holdPatientId: "patient-calls" },
    });
    expect(measured.cost.calls).toEqual(["BatchGetItemCommand"]);
    measured.reset();
    const missing = await holdMeasured(`${b}-gone`, "patient-calls-other");
    expect(missing).toEqual({ kind: "not-found" });
    expect(measured.cost.calls).toEqual(["BatchGetItemCommand"]);
  });

  it("still refuses by the transaction's conditions what changed after the look, or when the look came back unprocessed", async () => {
    const [a, b] = await freshSlots("race");
    // Another patient takes the slot between this patient's look and their transaction.
    const racing = measuringClient();
    let taken = false;
    racing.db.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === "TransactWriteItemsCommand" && !taken) {
          taken = true;
          expect((await hold(a as string, "patient-race-winner")).kind).toBe("held");
        }
        return next(args);
      },
      { step: "initialize", name: "takeBetween" },
    );
    const lost = await holdSlotFairly(racing.db, t.tableName, {
      slotId: a as string,
      patientId: "patient-race-loser",
      journey: "same-day",
      now,
    });
    expect(lost).toMatchObject({
      kind: "slot-taken",
      slot: { holdPatientId: "patient-race-winner" },
    });
    expect(racing.cost.calls).toEqual(["BatchGetItemCommand", "TransactWriteItemsCommand"]);
    // DynamoDB may leave keys unprocessed when throttled: the hold is then sent as if unlooked.
    const unprocessed = measuringClient();
    unprocessed.db.middlewareStack.add(
      (next, context) => async (args) => {
        const result = await next(args);
        if (context.commandName !== "BatchGetItemCommand") return result;
        const input = args.input as { RequestItems: Record<string, unknown> };
        const output = { $metadata: {}, Responses: {}, UnprocessedKeys: input.RequestItems };
        return { ...result, output } as typeof result;
      },
      { step: "initialize", name: "leaveUnprocessed" },
    );
    const viaWrite = (slotId: string, patientId: string) =>
      holdSlotFairly(unprocessed.db, t.tableName, { slotId, patientId, journey: "same-day", now });
    expect(await viaWrite(b as string, "patient-unlooked")).toMatchObject({
      kind: "held",
      slot: { id: b, localStart: "09:15", holdPatientId: "patient-unlooked" },
    });
    // Held by the transaction alone, its details read once it was won.
    expect(unprocessed.cost.calls).toEqual([
      "BatchGetItemCommand",
      "TransactWriteItemsCommand",
      "GetItemCommand",
    ]);
    unprocessed.reset();
    expect(await viaWrite(b as string, "patient-unlooked-2")).toMatchObject({
      kind: "slot-taken",
      slot: { id: b, holdPatientId: "patient-unlooked" },
    });
    // Refused by the transaction's condition, as without a look.
    expect(unprocessed.cost.calls).toEqual(["BatchGetItemCommand", "TransactWriteItemsCommand"]);
    expect(await statusOf(b as string)).toBe("busy-tentative");
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
