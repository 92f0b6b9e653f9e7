import { randomUUID } from "node:crypto";
import {
  confirmBooking,
  getSlot,
  holdSlot,
  joinWaitingList,
  messagesFor,
  type NewSlot,
  offerSlotToWaitingList,
  publishSlots,
  type SlotRecord,
  waitingList,
} from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { freshTable, type TestTable } from "./support.ts";

let t: TestTable;
beforeAll(async () => {
  t = await freshTable({ seed: false });
});

const localDate = "2026-12-11";
const slot: NewSlot = {
  id: `site-wait_${localDate}_1000`,
  siteId: "site-wait",
  icbId: "icb-west-yorkshire",
  service: "same-day-gp",
  channel: "in-person",
  start: `${localDate}T10:00:00.000Z`,
  end: `${localDate}T10:15:00.000Z`,
  localDate,
  localStart: "10:00",
  sameDayOnly: true,
  templateId: "t",
};

const offerMessage = () => ({
  id: randomUUID(),
  kind: "waiting-list-offer",
  channels: ["sms" as const],
  text: "A slot is free",
});

describe("the waiting list", () => {
  it("offers a freed slot to the first patient waiting, and passes it on when they do not accept in time", async () => {
    await publishSlots(t.db, t.tableName, [slot]);
    const join = (patientId: string, joinedAt: string) =>
      joinWaitingList(t.db, t.tableName, {
        siteId: slot.siteId,
        service: slot.service,
        localDate,
        patientId,
        joinedAt,
      });
    expect(await join("patient-first", "2026-12-11T08:00:00.000Z")).toEqual({ kind: "joined" });
    expect(await join("patient-first", "2026-12-11T08:05:00.000Z")).toEqual({
      kind: "already-waiting",
    });
    expect(await join("patient-second", "2026-12-11T08:01:00.000Z")).toEqual({ kind: "joined" });

    const freed = (await getSlot(t.db, t.tableName, slot.id)) as SlotRecord;
    const at = new Date("2026-12-11T09:00:00Z");
    const first = await offerSlotToWaitingList(t.db, t.tableName, freed, at, offerMessage);
    expect(first).toMatchObject({ kind: "offered", entry: { patientId: "patient-first" } });
    expect(await getSlot(t.db, t.tableName, slot.id)).toMatchObject({
      status: "busy-tentative",
      holdPatientId: "patient-first",
      holdExpiresAt: "2026-12-11T09:30:00.000Z",
    });
    expect((await messagesFor(t.db, t.tableName, "patient-first")).map((m) => m.kind)).toEqual([
      "waiting-list-offer",
    ]);
    // While the offer stands, nobody else is offered the slot.
    expect(
      (
        await offerSlotToWaitingList(
          t.db,
          t.tableName,
          freed,
          new Date("2026-12-11T09:10:00Z"),
          offerMessage,
        )
      ).kind,
    ).toBe("slot-not-free");

    const later = new Date("2026-12-11T09:31:00Z");
    const second = await offerSlotToWaitingList(t.db, t.tableName, freed, later, offerMessage);
    expect(second).toMatchObject({ kind: "offered", entry: { patientId: "patient-second" } });
    const statuses = (
      await waitingList(t.db, t.tableName, slot.siteId, slot.service, localDate)
    ).map((e) => `${e.patientId}:${e.status}`);
    expect(statuses).toEqual(["patient-first:passed-on", "patient-second:offered"]);

    // The first patient's late acceptance fails; the second can book the slot held for them.
    const held = (await getSlot(t.db, t.tableName, slot.id)) as SlotRecord;
    const booking = (patientId: string) =>
      confirmBooking(t.db, t.tableName, {
        slot: held,
        appointmentId: randomUUID(),
        bookingReference: "WAIT0001",
        patientId,
        bookedBy: "patient",
        sameDay: true,
        now: later,
        message: { id: randomUUID(), kind: "booking-confirmed", channels: [], text: "Booked" },
      });
    expect((await booking("patient-first")).kind).toBe("hold-lost");
    expect((await booking("patient-second")).kind).toBe("booked");
  });

  it("skips a waiting patient who has since booked a same-day appointment that day, and takes them off the list", async () => {
    const day = "2026-12-12";
    const at = (hhmm: string): NewSlot => ({
      ...slot,
      id: `site-wait_${day}_${hhmm}`,
      start: `${day}T${hhmm.slice(0, 2)}:${hhmm.slice(2)}:00.000Z`,
      end: new Date(
        Date.parse(`${day}T${hhmm.slice(0, 2)}:${hhmm.slice(2)}:00.000Z`) + 900_000,
      ).toISOString(),
      localDate: day,
      localStart: `${hhmm.slice(0, 2)}:${hhmm.slice(2)}`,
    });
    const elsewhere = at("0900");
    const freedSlot = at("1100");
    await publishSlots(t.db, t.tableName, [elsewhere, freedSlot]);
    for (const [patientId, joinedAt] of [
      ["patient-booked", `${day}T08:00:00.000Z`],
      ["patient-next", `${day}T08:01:00.000Z`],
    ] as const) {
      await joinWaitingList(t.db, t.tableName, {
        siteId: slot.siteId,
        service: slot.service,
        localDate: day,
        patientId,
        joinedAt,
      });
    }
    // The first patient books another slot that day (a receptionist found them one).
    const held = await holdSlot(
      t.db,
      t.tableName,
      elsewhere.id,
      "patient-booked",
      new Date(`${day}T08:29:00Z`),
    );
    if (held.kind !== "held") throw new Error(held.kind);
    const booked = await confirmBooking(t.db, t.tableName, {
      slot: held.slot,
      appointmentId: randomUUID(),
      bookingReference: "WAIT0002",
      patientId: "patient-booked",
      bookedBy: "staff",
      sameDay: true,
      now: new Date(`${day}T08:30:00Z`),
      message: { id: randomUUID(), kind: "booking-confirmed", channels: [], text: "Booked" },
    });
    expect(booked.kind).toBe("booked");

    const freed = (await getSlot(t.db, t.tableName, freedSlot.id)) as SlotRecord;
    const offer = await offerSlotToWaitingList(
      t.db,
      t.tableName,
      freed,
      new Date(`${day}T09:00:00Z`),
      offerMessage,
    );
    expect(offer).toMatchObject({ kind: "offered", entry: { patientId: "patient-next" } });
    expect(
      (await waitingList(t.db, t.tableName, slot.siteId, slot.service, day)).map(
        (e) => `${e.patientId}:${e.status}`,
      ),
    ).toEqual(["patient-booked:left", "patient-next:offered"]);
    expect(
      (await messagesFor(t.db, t.tableName, "patient-booked")).some(
        (m) => m.kind === "waiting-list-offer",
      ),
    ).toBe(false);
  });
});
