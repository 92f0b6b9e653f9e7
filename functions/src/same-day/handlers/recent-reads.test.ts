import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { OpenSlot } from "@front-door/store";
import { describe, expect, it } from "vitest";
import { recentSiteDayMs, recentSiteDays, seenSettledMs, seenTakenMs } from "./recent-reads.ts";
import { maxTimesPerSite } from "./same-day-slots.ts";

/** Never called: sightings are kept in memory, and each test reads its sites' days its own way. */
const noDb = {} as DynamoDBDocumentClient;
const now = new Date("2026-12-08T09:00:00.000Z");
const where = { siteId: "site-armley", localDate: "2026-12-08" };
/** Slot s1 as a hold function sees it once patient-a holds it (until, when given). */
const heldByA = (holdExpiresAt?: string) => ({
  id: "s1",
  ...where,
  status: "busy-tentative" as const,
  holdPatientId: "patient-a",
  ...(holdExpiresAt ? { holdExpiresAt } : {}),
});

/** An open slot at Armley at 09:mm, as a site's day lists it. */
const open = (id: string, minute: number): OpenSlot => {
  const start = new Date(Date.parse("2026-12-08T09:00:00.000Z") + minute * 60_000).toISOString();
  return {
    id,
    ...where,
    service: "same-day-gp",
    localStart: `09:${String(minute).padStart(2, "0")}`,
    start,
    end: start,
    channel: "in-person",
    sameDayOnly: true,
  } as OpenSlot;
};

/** A site's day that lists `listed`, counting its reads. */
function siteDay(listed: () => OpenSlot[]) {
  const reads = { count: 0 };
  return {
    reads,
    readDay: async () => {
      reads.count += 1;
      return listed();
    },
  };
}

describe("slots a hold function saw taken", () => {
  it("refuses a slot held by someone else, but never its holder, until the sighting is old", async () => {
    let clock = 0;
    const days = recentSiteDays(noDb, "table", { clock: () => clock });
    days.noteSlotTaken(heldByA());
    expect(await days.takenLately("s1", "patient-b", now)).toBe(true);
    expect(await days.takenLately("s1", "patient-a", now)).toBe(false);
    expect(await days.takenLately("s2", "patient-b", now)).toBe(false);
    clock += seenTakenMs - 1;
    expect(await days.takenLately("s1", "patient-b", now)).toBe(true);
    clock += 1;
    expect(await days.takenLately("s1", "patient-b", now)).toBe(false);
  });

  it("never refuses a slot past the end of the hold it saw", async () => {
    let clock = Date.parse("2026-12-08T09:00:00.000Z");
    const days = recentSiteDays(noDb, "table", { clock: () => clock });
    days.noteSlotTaken(heldByA("2026-12-08T09:00:00.500Z"));
    expect(await days.takenLately("s1", "patient-b", now)).toBe(true);
    clock += 500;
    expect(await days.takenLately("s1", "patient-b", now)).toBe(false);
  });

  it("refuses a booked or blocked slot to everyone, and remembers nothing of a free one", async () => {
    const days = recentSiteDays(noDb, "table", { clock: () => 0 });
    days.noteSlotTaken({ id: "booked", ...where, status: "busy" });
    days.noteSlotTaken({ id: "blocked", ...where, status: "busy-unavailable" });
    days.noteSlotTaken({ id: "free", ...where, status: "free" });
    for (const patient of ["patient-a", "patient-b"]) {
      expect(await days.takenLately("booked", patient, now)).toBe(true);
      expect(await days.takenLately("blocked", patient, now)).toBe(true);
      expect(await days.takenLately("free", patient, now)).toBe(false);
    }
  });

  it("takes the latest sighting: a slot seen free again is no longer refused", async () => {
    const days = recentSiteDays(noDb, "table", { clock: () => 0 });
    days.noteSlotTaken({ id: "s1", ...where, status: "busy" });
    days.noteSlotTaken({ id: "s1", ...where, status: "free" });
    expect(await days.takenLately("s1", "patient-b", now)).toBe(false);
  });

  it("keeps a bounded number of sightings, letting the oldest go first", async () => {
    const days = recentSiteDays(noDb, "table", { clock: () => 0 });
    for (let i = 0; i <= 10_000; i += 1) {
      days.noteSlotTaken({ id: `s${i}`, ...where, status: "busy" });
    }
    expect(await days.takenLately("s0", "patient-b", now)).toBe(false);
    expect(await days.takenLately("s1", "patient-b", now)).toBe(true);
    expect(await days.takenLately("s10000", "patient-b", now)).toBe(true);
  });
});

describe("a slot seen booked, older than a copy of its site's day", () => {
  const booked = { id: "s5", ...where, status: "busy" as const, start: open("s5", 5).start };

  it("is refused while the site's day, read since, does not list it; one read answers many", async () => {
    let clock = 0;
    const day = siteDay(() => [open("s1", 1), open("s9", 9)]);
    const days = recentSiteDays(noDb, "table", { clock: () => clock, readDay: day.readDay });
    days.noteSlotTaken(booked);
    expect(await days.takenLately("s5", "patient-b", now)).toBe(true);
    expect(day.reads.count).toBe(0);
    clock += recentSiteDayMs;
    for (const patient of ["patient-b", "patient-c", "patient-d"]) {
      expect(await days.takenLately("s5", patient, now)).toBe(true);
    }
    expect(day.reads.count).toBe(1);
    clock += recentSiteDayMs;
    expect(await days.takenLately("s5", "patient-b", now)).toBe(true);
    expect(day.reads.count).toBe(2);
  });

  it("is offered again once a copy read since lists it open (a cancellation)", async () => {
    let clock = 0;
    let listed = [open("s1", 1)];
    const day = siteDay(() => listed);
    const days = recentSiteDays(noDb, "table", { clock: () => clock, readDay: day.readDay });
    days.noteSlotTaken(booked);
    clock += recentSiteDayMs;
    expect(await days.takenLately("s5", "patient-b", now)).toBe(true);
    listed = [open("s1", 1), open("s5", 5)];
    clock += recentSiteDayMs;
    expect(await days.takenLately("s5", "patient-b", now)).toBe(false);
    // Forgotten: the store answers from here on.
    listed = [open("s1", 1)];
    clock += recentSiteDayMs;
    expect(await days.takenLately("s5", "patient-b", now)).toBe(false);
  });

  it("is not refused when the copy stops before its start, nor after a minute", async () => {
    let clock = 0;
    // A full copy (maxTimesPerSite slots), every one before 09:05: it says nothing of s5.
    const full = Array.from({ length: maxTimesPerSite }, (_, i) => open(`early${i}`, 0));
    const days = recentSiteDays(noDb, "table", {
      clock: () => clock,
      readDay: siteDay(() => full).readDay,
    });
    days.noteSlotTaken(booked);
    clock += recentSiteDayMs;
    expect(await days.takenLately("s5", "patient-b", now)).toBe(false);

    const later = recentSiteDays(noDb, "table", {
      clock: () => clock,
      readDay: siteDay(() => []).readDay,
    });
    later.noteSlotTaken(booked);
    clock += seenSettledMs - 1;
    expect(await later.takenLately("s5", "patient-b", now)).toBe(true);
    clock += 1;
    expect(await later.takenLately("s5", "patient-b", now)).toBe(false);
  });
});
