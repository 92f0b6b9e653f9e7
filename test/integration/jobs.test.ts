import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { jobList } from "@front-door/contracts";
import {
  cancelAppointment,
  confirmBooking,
  getAppointment,
  getSameDayRequest,
  getSlot,
  holdSlot,
  joinWaitingList,
  messagesFor,
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
import { freshTable, type TestTable } from "./support.ts";

let t: TestTable;
beforeAll(async () => {
  t = await freshTable();
});

describe("scheduled jobs", () => {
  it.each(jobList.map((job) => [job.id, job] as const))("%s has an entry module", (_id, job) => {
    expect(
      existsSync(fileURLToPath(new URL(`../../functions/src/${job.handler}.ts`, import.meta.url))),
    ).toBe(true);
  });

  it("closes every site's same-day queue at the end of the London day, counting unmet demand once", async () => {
    // 23:55 on 29 March 2026 in London is 22:55 UTC (BST began that morning).
    const now = new Date("2026-03-29T22:55:00Z");
    const request = (siteId: string, icbId: string, status: "started" | "open" | "allocated") => ({
      id: randomUUID(),
      patientId: `patient-${randomUUID()}`,
      siteId,
      icbId,
      service: "same-day-gp",
      localDate: "2026-03-29",
      createdAt: "2026-03-29T08:00:00.000Z",
      status,
      triage: {},
    });
    const waiting = [
      request("site-armley", "icb-west-yorkshire", "open"),
      request("site-armley", "icb-west-yorkshire", "started"),
      request("site-york-clifton", "icb-humber-north-yorkshire", "open"),
    ];
    const served = request("site-armley", "icb-west-yorkshire", "allocated");
    for (const r of [...waiting, served]) await recordSameDayRequest(t.db, t.tableName, r);

    const result = await closeSameDayQueues({ db: t.db, tableName: t.tableName, now: () => now });
    expect(result).toEqual({ localDate: "2026-03-29", sites: 5, unmet: 3, failed: 0 });
    expect((await getSameDayRequest(t.db, t.tableName, served.id))?.status).toBe("allocated");
    expect(
      (await closeSameDayQueues({ db: t.db, tableName: t.tableName, now: () => now })).unmet,
    ).toBe(0);
    const westYorkshire = await readDailyCounts(
      t.db,
      t.tableName,
      "icb-west-yorkshire",
      "2026-03-29",
      "2026-03-29",
    );
    expect(westYorkshire.find((r) => r.siteId === "site-armley")).toMatchObject({
      requests: 3,
      unmet: 2,
    });

    // A missed night is repaired by the next run: the earlier day's request is still counted.
    const missed = request("site-halifax", "icb-west-yorkshire", "open");
    await recordSameDayRequest(t.db, t.tableName, missed);
    const nextNight = new Date("2026-03-30T22:55:00Z");
    const repaired = await closeSameDayQueues({
      db: t.db,
      tableName: t.tableName,
      now: () => nextNight,
    });
    expect(repaired.unmet).toBe(1);
    expect((await getSameDayRequest(t.db, t.tableName, missed.id))?.status).toBe("unmet");
  });

  it("passes an offer nobody took to the next patient waiting, and records one that was taken", async () => {
    const localDate = "2026-12-14";
    const slotAt = (hhmm: string): NewSlot => ({
      id: `site-armley_${localDate}_${hhmm}_offers`,
      siteId: "site-armley",
      icbId: "icb-west-yorkshire",
      service: "same-day-gp",
      channel: "in-person",
      start: `${localDate}T${hhmm}:00.000Z`,
      end: `${localDate}T${hhmm.slice(0, 3)}45:00.000Z`,
      localDate,
      localStart: hhmm,
      sameDayOnly: true,
      templateId: "t",
    });
    const untaken = slotAt("15:30");
    await publishSlots(t.db, t.tableName, [untaken]);
    for (const [patientId, joinedAt] of [
      ["patient-amira", "2026-12-14T09:00:00.000Z"],
      ["patient-tom", "2026-12-14T09:01:00.000Z"],
    ] as const) {
      await joinWaitingList(t.db, t.tableName, {
        siteId: "site-armley",
        service: "same-day-gp",
        localDate,
        patientId,
        joinedAt,
      });
    }
    const offeredAt = new Date("2026-12-14T12:00:00Z");
    const message = () => ({
      id: randomUUID(),
      kind: "waiting-list-offer",
      channels: [],
      text: "Offer",
    });
    const slot = (await getSlot(t.db, t.tableName, untaken.id)) as SlotRecord;
    await offerSlotToWaitingList(t.db, t.tableName, slot, offeredAt, message);

    // Before the 30 minutes are up nothing moves; after, Amira's offer passes to Tom.
    const early = await passOnExpiredOffers({
      db: t.db,
      tableName: t.tableName,
      now: () => new Date("2026-12-14T12:20:00Z"),
    });
    expect(early).toEqual({ accepted: 0, passedOn: 0, reoffered: 0, owedOffered: 0, failed: 0 });
    const late = new Date("2026-12-14T12:31:00Z");
    expect(
      await passOnExpiredOffers({ db: t.db, tableName: t.tableName, now: () => late }),
    ).toEqual({
      accepted: 0,
      passedOn: 1,
      reoffered: 1,
      owedOffered: 0,
      failed: 0,
    });
    const list = await waitingList(t.db, t.tableName, "site-armley", "same-day-gp", localDate);
    expect(list.map((e) => `${e.patientId}:${e.status}`)).toEqual([
      "patient-amira:passed-on",
      "patient-tom:offered",
    ]);
    expect((await getSlot(t.db, t.tableName, untaken.id))?.holdPatientId).toBe("patient-tom");
    expect(
      (await messagesFor(t.db, t.tableName, "patient-tom")).some(
        (m) => m.kind === "waiting-list-offer",
      ),
    ).toBe(true);

    // Tom books in time: when his offer's time is up, it is recorded as accepted, not passed on.
    const held = (await getSlot(t.db, t.tableName, untaken.id)) as SlotRecord;
    const booked = await confirmBooking(t.db, t.tableName, {
      slot: held,
      appointmentId: randomUUID(),
      bookingReference: "OFFER001",
      patientId: "patient-tom",
      bookedBy: "patient",
      sameDay: false,
      now: new Date("2026-12-14T12:40:00Z"),
      message: { id: randomUUID(), kind: "booking-confirmed", channels: [], text: "Booked" },
    });
    expect(booked.kind).toBe("booked");
    expect(
      await passOnExpiredOffers({
        db: t.db,
        tableName: t.tableName,
        now: () => new Date("2026-12-14T13:10:00Z"),
      }),
    ).toEqual({ accepted: 1, passedOn: 0, reoffered: 0, owedOffered: 0, failed: 0 });
  });

  it("reminds each patient booked for tomorrow once, by the channels they agree to, and no one else", async () => {
    // 18:00 on Saturday 24 October 2026 in London (BST) is 17:00 UTC; tomorrow the clocks go back.
    const now = new Date("2026-10-24T17:00:00Z");
    const slotAt = (hhmm: string, localDate = "2026-10-25"): NewSlot => ({
      id: `site-armley_${localDate}_${hhmm}_reminder_${randomUUID()}`,
      siteId: "site-armley",
      icbId: "icb-west-yorkshire",
      service: "same-day-gp",
      channel: "telephone",
      start: `${localDate}T${hhmm}:00.000Z`,
      end: new Date(Date.parse(`${localDate}T${hhmm}:00.000Z`) + 15 * 60_000).toISOString(),
      localDate,
      localStart: hhmm,
      sameDayOnly: false,
      templateId: "reminder-test",
    });
    const book = async (slot: NewSlot, patientId: string, reference: string) => {
      await publishSlots(t.db, t.tableName, [slot]);
      const held = await holdSlot(
        t.db,
        t.tableName,
        slot.id,
        patientId,
        new Date("2026-10-24T09:00:00Z"),
      );
      if (held.kind !== "held") throw new Error(held.kind);
      const booked = await confirmBooking(t.db, t.tableName, {
        slot: held.slot,
        appointmentId: randomUUID(),
        bookingReference: reference,
        patientId,
        bookedBy: "staff",
        sameDay: false,
        now: new Date("2026-10-24T09:01:00Z"),
        message: { id: randomUUID(), kind: "booking-confirmed", channels: [], text: "Booked" },
      });
      if (booked.kind !== "booked") throw new Error(booked.kind);
      return booked.appointment;
    };
    const amira = await book(slotAt("09:00"), "patient-amira", "REMIND01");
    const tom = await book(slotAt("10:00"), "patient-tom", "REMIND02");
    const cancelled = await book(slotAt("11:00"), "patient-edith", "REMIND03");
    await cancelAppointment(t.db, t.tableName, {
      appointmentId: cancelled.id,
      reason: "Patient phoned",
      now: new Date("2026-10-24T10:00:00Z"),
      message: { id: randomUUID(), kind: "booking-cancelled-by-patient", channels: [], text: "x" },
    });
    // Booked for the day after tomorrow: not yet.
    await book(slotAt("09:00", "2026-10-26"), "patient-edith", "REMIND04");

    const run = () =>
      sendAppointmentReminders({ db: t.db, tableName: t.tableName, now: () => now });
    const first = await run();
    expect(first.localDate).toBe("2026-10-25");
    expect(first.reminded).toBe(2);
    // A second run (a retry, or a manual re-run) reminds nobody again.
    expect((await run()).reminded).toBe(0);

    const remindersOf = async (patientId: string) =>
      (await messagesFor(t.db, t.tableName, patientId)).filter(
        (m) => m.kind === "appointment-reminder",
      );
    const [forAmira] = await remindersOf("patient-amira");
    // Amira agreed to texts; Tom to email. 09:00 UTC on the 25th is 09:00 GMT (clocks went back).
    expect(forAmira?.channels).toEqual(["sms"]);
    expect(forAmira?.text).toContain("a phone appointment with Armley");
    expect(forAmira?.text).toContain("Sunday 25 October at 09:00");
    expect(forAmira?.text).toContain("REMIND01");
    expect((await remindersOf("patient-tom")).map((m) => m.channels)).toEqual([["email"]]);
    expect(await remindersOf("patient-edith")).toEqual([]);
    expect((await getAppointment(t.db, t.tableName, amira.id))?.reminderSentAt).toBe(
      now.toISOString(),
    );
    expect((await getAppointment(t.db, t.tableName, tom.id))?.reminderSentAt).toBe(
      now.toISOString(),
    );
  });
});
