import { describe, expect, it } from "vitest";
import { addDays, daysInRange, defaultRange, londonToday, shortDate } from "./london-date.ts";

describe("today in London", () => {
  it("is the London date, not the UTC date, in summer time", () => {
    // 23:30 UTC on 24 October 2026 is 00:30 on the 25th in London (BST).
    expect(londonToday(new Date("2026-10-24T23:30:00Z"))).toBe("2026-10-25");
    expect(londonToday(new Date("2026-06-30T22:59:59Z"))).toBe("2026-06-30");
    expect(londonToday(new Date("2026-06-30T23:00:00Z"))).toBe("2026-07-01");
  });

  it("is the UTC date in winter, including on the clock-change days themselves", () => {
    expect(londonToday(new Date("2026-12-31T23:30:00Z"))).toBe("2026-12-31");
    // Clocks go forward at 01:00 UTC on 29 March 2026 and back at 01:00 UTC on 25 October.
    expect(londonToday(new Date("2026-03-29T00:30:00Z"))).toBe("2026-03-29");
    expect(londonToday(new Date("2026-03-28T23:59:00Z"))).toBe("2026-03-28");
    expect(londonToday(new Date("2026-10-25T23:30:00Z"))).toBe("2026-10-25");
  });
});

describe("the default range", () => {
  it("is the last 28 days ending today, both ends included", () => {
    const range = defaultRange("2026-12-07");
    expect(range).toEqual({ from: "2026-11-10", to: "2026-12-07" });
    expect(daysInRange(range.from, range.to)).toBe(28);
  });

  it("counts calendar days across a clock change and a year end", () => {
    expect(defaultRange("2026-11-05")).toEqual({ from: "2026-10-09", to: "2026-11-05" });
    expect(defaultRange("2027-01-10")).toEqual({ from: "2026-12-14", to: "2027-01-10" });
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(daysInRange("2026-03-28", "2026-03-30")).toBe(3);
  });
});

it("shortens dates for chart labels", () => {
  expect(shortDate("2026-12-07")).toBe("7 Dec");
  expect(shortDate("2026-01-31")).toBe("31 Jan");
  expect(shortDate("not a date")).toBe("not a date");
});
