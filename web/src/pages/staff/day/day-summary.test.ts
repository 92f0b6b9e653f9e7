import { describe, expect, it } from "vitest";
import { countSlots, londonTime, slotCountSummary, splitAtNow, splitToday } from "./day-summary.ts";

const many = <T>(n: number, item: T): T[] => Array.from({ length: n }, () => item);

describe("the day list's count", () => {
  it("adds up with held and blocked slots counted apart from free and booked", () => {
    const slots = [
      ...many(120, { status: "free" as const }),
      ...many(50, { status: "busy" as const }),
      ...many(2, { status: "busy-tentative" as const }),
      ...many(10, { status: "busy-unavailable" as const }),
    ];
    const counts = countSlots(slots);
    expect(counts).toEqual({
      total: 182,
      free: 120,
      booked: 50,
      held: 2,
      blocked: 10,
      enteredInError: 0,
    });
    expect(slotCountSummary(counts)).toBe("182 slots: 120 free, 50 booked, 2 held, 10 blocked");
  });

  it("names every usual state even at 0, and one slot in the singular", () => {
    expect(slotCountSummary(countSlots([{ status: "busy-tentative" }]))).toBe(
      "1 slot: 0 free, 0 booked, 1 held, 0 blocked",
    );
  });

  it("adds slots entered in error only when there are some, so the parts still add up", () => {
    const summary = slotCountSummary(
      countSlots([{ status: "free" }, { status: "entered-in-error" }]),
    );
    expect(summary).toBe("2 slots: 1 free, 0 booked, 0 held, 0 blocked, 1 entered in error");
  });
});

describe("the day split at now", () => {
  const slot = (start: string, end: string) => ({ start, end });
  const now = new Date("2026-12-03T14:05:00.000Z");

  it("puts slots that have ended before now and the rest after, in order", () => {
    const slots = [
      slot("2026-12-03T13:45:00.000Z", "2026-12-03T14:00:00.000Z"),
      slot("2026-12-03T13:50:00.000Z", "2026-12-03T14:05:00.000Z"),
      slot("2026-12-03T14:00:00.000Z", "2026-12-03T14:15:00.000Z"),
      slot("2026-12-03T14:15:00.000Z", "2026-12-03T14:30:00.000Z"),
    ];
    const { earlier, later } = splitAtNow(slots, now);
    expect(earlier).toEqual(slots.slice(0, 2));
    // The slot under way is still to come: it can be checked in, or booked with a reason.
    expect(later).toEqual(slots.slice(2));
  });

  it("opens the next two hours of what is to come and leaves the rest of the day for later", () => {
    const slots = [
      slot("2026-12-03T13:45:00.000Z", "2026-12-03T14:00:00.000Z"),
      slot("2026-12-03T14:00:00.000Z", "2026-12-03T14:15:00.000Z"),
      slot("2026-12-03T16:00:00.000Z", "2026-12-03T16:15:00.000Z"),
      slot("2026-12-03T16:05:00.000Z", "2026-12-03T16:20:00.000Z"),
      slot("2026-12-03T19:00:00.000Z", "2026-12-03T19:15:00.000Z"),
    ];
    const { earlier, soon, later } = splitToday(slots, now);
    expect(earlier).toEqual(slots.slice(0, 1));
    // Now is 14:05: up to 16:05, not including a slot that starts at 16:05.
    expect(soon).toEqual(slots.slice(1, 3));
    expect(later).toEqual(slots.slice(3));
  });

  it("opens the first two hours of slots when the list is looked at before they start", () => {
    const early = new Date("2026-12-03T06:30:00.000Z");
    const slots = [
      slot("2026-12-03T08:00:00.000Z", "2026-12-03T08:15:00.000Z"),
      slot("2026-12-03T09:45:00.000Z", "2026-12-03T10:00:00.000Z"),
      slot("2026-12-03T10:00:00.000Z", "2026-12-03T10:15:00.000Z"),
    ];
    const { earlier, soon, later } = splitToday(slots, early);
    expect(earlier).toEqual([]);
    expect(soon).toEqual(slots.slice(0, 2));
    expect(later).toEqual(slots.slice(2));
  });

  it("has nothing to open once the day is over", () => {
    const slots = [slot("2026-12-03T08:00:00.000Z", "2026-12-03T08:15:00.000Z")];
    expect(splitToday(slots, now)).toEqual({ earlier: slots, soon: [], later: [] });
  });

  it("writes now in London time, in summer and winter", () => {
    expect(londonTime(now)).toBe("2:05pm");
    expect(londonTime(new Date("2026-07-01T08:30:00.000Z"))).toBe("9:30am");
  });
});
