import { randomUUID } from "node:crypto";
import {
  confirmBooking,
  getSlot,
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
});
