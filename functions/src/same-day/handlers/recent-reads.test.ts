import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { recentSiteDays, seenTakenMs } from "./recent-reads.ts";

/** Never called: a sighting is kept in memory, and no site's day is read here. */
const noDb = {} as DynamoDBDocumentClient;
const where = { siteId: "site-armley", localDate: "2026-12-08" };
/** Slot s1 as a hold function sees it once patient-a holds it (until, when given). */
const heldByA = (holdExpiresAt?: string) => ({
  id: "s1",
  ...where,
  status: "busy-tentative" as const,
  holdPatientId: "patient-a",
  ...(holdExpiresAt ? { holdExpiresAt } : {}),
});

describe("slots a hold function saw taken", () => {
  it("refuses a slot held by someone else, but never its holder, until the sighting is old", () => {
    let clock = 0;
    const days = recentSiteDays(noDb, "table", { clock: () => clock });
    days.noteSlotTaken(heldByA());
    expect(days.takenLately("s1", "patient-b")).toBe(true);
    expect(days.takenLately("s1", "patient-a")).toBe(false);
    expect(days.takenLately("s2", "patient-b")).toBe(false);
    clock += seenTakenMs - 1;
    expect(days.takenLately("s1", "patient-b")).toBe(true);
    clock += 1;
    expect(days.takenLately("s1", "patient-b")).toBe(false);
  });

  it("never refuses a slot past the end of the hold it saw", () => {
    let clock = Date.parse("2026-12-08T09:00:00.000Z");
    const days = recentSiteDays(noDb, "table", { clock: () => clock });
    days.noteSlotTaken(heldByA("2026-12-08T09:00:00.500Z"));
    expect(days.takenLately("s1", "patient-b")).toBe(true);
    clock += 500;
    expect(days.takenLately("s1", "patient-b")).toBe(false);
  });

  it("refuses a booked or blocked slot to everyone, and remembers nothing of a free one", () => {
    const days = recentSiteDays(noDb, "table", { clock: () => 0 });
    days.noteSlotTaken({ id: "booked", ...where, status: "busy" });
    days.noteSlotTaken({ id: "blocked", ...where, status: "busy-unavailable" });
    days.noteSlotTaken({ id: "free", ...where, status: "free" });
    for (const patient of ["patient-a", "patient-b"]) {
      expect(days.takenLately("booked", patient)).toBe(true);
      expect(days.takenLately("blocked", patient)).toBe(true);
      expect(days.takenLately("free", patient)).toBe(false);
    }
  });

  it("takes the latest sighting: a slot seen free again is no longer refused", () => {
    const days = recentSiteDays(noDb, "table", { clock: () => 0 });
    days.noteSlotTaken({ id: "s1", ...where, status: "busy" });
    days.noteSlotTaken({ id: "s1", ...where, status: "free" });
    expect(days.takenLately("s1", "patient-b")).toBe(false);
  });

  it("keeps a bounded number of sightings, letting the oldest go first", () => {
    const days = recentSiteDays(noDb, "table", { clock: () => 0 });
    for (let i = 0; i <= 10_000; i += 1) {
      days.noteSlotTaken({ id: `s${i}`, ...where, status: "busy" });
    }
    expect(days.takenLately("s0", "patient-b")).toBe(false);
    expect(days.takenLately("s1", "patient-b")).toBe(true);
    expect(days.takenLately("s10000", "patient-b")).toBe(true);
  });
});
