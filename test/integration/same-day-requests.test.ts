import { randomUUID } from "node:crypto";
import {
  askForCallback,
  closeDayAsUnmet,
  closeSameDayRequest,
  confirmBooking,
  getSameDayRequest,
  getSlot,
  holdSlot,
  type NewSlot,
  publishSlots,
  readDailyCounts,
  recordSameDayRequest,
  requestsOfSiteDay,
  type SameDayRequestRecord,
} from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { freshTable, type TestTable } from "./support.ts";

let t: TestTable;
beforeAll(async () => {
  t = await freshTable({ seed: false });
});

const icbId = "icb-west-yorkshire";
const siteId = "site-queue";
const localDate = "2026-12-10";

const request = (over: Partial<SameDayRequestRecord> = {}): SameDayRequestRecord => ({
  id: randomUUID(),
  patientId: `patient-${randomUUID()}`,
  siteId,
  icbId,
  service: "same-day-gp",
  localDate,
  createdAt: new Date().toISOString(),
  status: "open",
  triage: { questionnaire: "same-day-v1", flags: [] },
  description: "Earache for two days",
  ...over,
});

const counts = async () =>
  (await readDailyCounts(t.db, t.tableName, icbId, localDate, localDate)).find(
    (r) => r.siteId === siteId,
  );

const slot: NewSlot = {
  id: `${siteId}_${localDate}_0900`,
  siteId,
  icbId,
  service: "same-day-gp",
  channel: "telephone",
  start: `${localDate}T09:00:00.000Z`,
  end: `${localDate}T09:15:00.000Z`,
  localDate,
  localStart: "09:00",
  sameDayOnly: true,
  templateId: "t",
};

describe("the same-day request queue", () => {
  it("records requests and red-flag diversions with their counts; allocation, closing and the end of the day are each counted once", async () => {
    const allocated = request();
    const closed = request();
    const leftOpen = request();
    const diverted = request({ status: "diverted", triage: { flags: ["chest-pain"] } });
    for (const r of [allocated, closed, leftOpen, diverted])
      await recordSameDayRequest(t.db, t.tableName, r);
    expect(await counts()).toMatchObject({ requests: 4, diversions: 1 });
    const queue = await requestsOfSiteDay(t.db, t.tableName, siteId, localDate);
    expect(queue.map((r) => r.id).sort()).toEqual(
      [allocated.id, closed.id, leftOpen.id, diverted.id].sort(),
    );

    // A receptionist allocates the slot to a request: booking and allocation are one transaction.
    await publishSlots(t.db, t.tableName, [slot]);
    const now = new Date(`${localDate}T08:00:00Z`);
    const held = await holdSlot(t.db, t.tableName, slot.id, allocated.patientId, now);
    if (held.kind !== "held") throw new Error(held.kind);
    const booking = {
      slot: held.slot,
      bookingReference: "QUEUE001",
      patientId: allocated.patientId,
      bookedBy: "staff" as const,
      sameDay: true,
      now,
      message: { id: randomUUID(), kind: "booking-confirmed", channels: [], text: "Booked" },
    };
    // Allocating to a request that is no longer open writes nothing at all.
    await closeSameDayRequest(t.db, t.tableName, closed.id, "redirected-to-pharmacy", now);
    const refused = await confirmBooking(t.db, t.tableName, {
      ...booking,
      appointmentId: randomUUID(),
      sameDayRequestId: closed.id,
    });
    expect(refused.kind).toBe("request-not-open");
    expect((await getSlot(t.db, t.tableName, slot.id))?.status).toBe("busy-tentative");
    expect((await counts())?.booked ?? 0).toBe(0);

    const ok = await confirmBooking(t.db, t.tableName, {
      ...booking,
      appointmentId: randomUUID(),
      sameDayRequestId: allocated.id,
    });
    expect(ok.kind).toBe("booked");
    expect(await getSameDayRequest(t.db, t.tableName, allocated.id)).toMatchObject({
      status: "allocated",
    });
    expect(await closeSameDayRequest(t.db, t.tableName, allocated.id, "other", now)).toEqual({
      kind: "not-open",
      status: "allocated",
    });

    // A patient still looking when the day ends is unmet demand too; one who asked for a call
    // back joins the queue, and only they can move their own request.
    const browsing = request({ status: "started" });
    const callback = request({ status: "started" });
    await recordSameDayRequest(t.db, t.tableName, browsing);
    await recordSameDayRequest(t.db, t.tableName, callback);
    expect(await askForCallback(t.db, t.tableName, callback.id, browsing.patientId)).toEqual({
      kind: "not-started",
    });
    expect(await askForCallback(t.db, t.tableName, callback.id, callback.patientId)).toEqual({
      kind: "queued",
    });
    expect(await getSameDayRequest(t.db, t.tableName, callback.id)).toMatchObject({
      status: "open",
    });

    const endOfDay = new Date(`${localDate}T20:00:00Z`);
    expect(await closeDayAsUnmet(t.db, t.tableName, siteId, localDate, endOfDay)).toEqual({
      marked: 3,
      failed: 0,
    });
    expect(await closeDayAsUnmet(t.db, t.tableName, siteId, localDate, endOfDay)).toEqual({
      marked: 0,
      failed: 0,
    });
    expect(await getSameDayRequest(t.db, t.tableName, leftOpen.id)).toMatchObject({
      status: "unmet",
    });
    expect(await counts()).toMatchObject({ requests: 6, diversions: 1, booked: 1, unmet: 3 });
  });
});
