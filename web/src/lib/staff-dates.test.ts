import { describe, expect, it } from "vitest";
import { isIsoDate, longDate, nextWeek, requestedDate, shiftDate } from "./staff-dates.ts";

describe("staff dates", () => {
  it("finds next week, Monday to Sunday, from any day", () => {
    // 2026-11-24 is a Tuesday.
    expect(nextWeek("2026-11-24")).toEqual({ from: "2026-11-30", to: "2026-12-06" });
    // From a Monday, next week starts on the following Monday.
    expect(nextWeek("2026-11-30")).toEqual({ from: "2026-12-07", to: "2026-12-13" });
    // From a Sunday, tomorrow.
    expect(nextWeek("2026-11-29")).toEqual({ from: "2026-11-30", to: "2026-12-06" });
  });

  it("moves by calendar days across the clocks going back", () => {
    expect(shiftDate("2026-10-25", 1)).toBe("2026-10-26");
    expect(shiftDate("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("reads ?date=, falling back to today for a missing or impossible date", () => {
    expect(requestedDate("?date=2026-12-01", "2026-11-24")).toEqual({
      date: "2026-12-01",
      valid: true,
    });
    expect(requestedDate("", "2026-11-24")).toEqual({ date: "2026-11-24", valid: true });
    expect(requestedDate("?date=2026-02-30", "2026-11-24")).toEqual({
      date: "2026-11-24",
      valid: false,
    });
    expect(isIsoDate("24/11/2026")).toBe(false);
  });

  it("writes a date out in full", () => {
    expect(longDate("2026-11-24")).toBe("Tuesday 24 November 2026");
  });
});
