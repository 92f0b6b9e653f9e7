import { describe, expect, it } from "vitest";
import { isOpenAt, nextOpening } from "./opening-hours.ts";
import { defaultPracticeSettings } from "./practice-settings.ts";

const hours = defaultPracticeSettings;

describe("opening hours for online requests (default weekdays 08:00–18:30)", () => {
  it.each([
    ["2026-12-02T07:59:00Z", false],
    ["2026-12-02T08:00:00Z", true],
    ["2026-12-02T18:29:00Z", true],
    ["2026-12-02T18:30:00Z", false],
    ["2026-07-01T07:00:00Z", true], // 08:00 BST
    ["2026-07-01T17:29:00Z", true], // 18:29 BST
    ["2026-07-01T17:30:00Z", false], // 18:30 BST
    ["2026-12-05T10:00:00Z", false], // Saturday
    ["2026-12-28T10:00:00Z", false], // bank holiday
  ])("at %s open is %s", (instant, open) => {
    expect(isOpenAt(new Date(instant), hours)).toBe(open);
  });

  it("opens on a bank holiday when the practice says so", () => {
    expect(
      isOpenAt(new Date("2026-12-28T10:00:00Z"), { ...hours, closedOnBankHolidays: false }),
    ).toBe(true);
  });

  it.each([
    ["2026-12-02T06:00:00Z", "2026-12-02", "2026-12-02T08:00:00.000Z"], // before opening today
    ["2026-12-02T19:00:00Z", "2026-12-03", "2026-12-03T08:00:00.000Z"], // evening → tomorrow
    ["2026-12-04T18:30:00Z", "2026-12-07", "2026-12-07T08:00:00.000Z"], // Friday close → Monday
    ["2026-12-24T19:00:00Z", "2026-12-29", "2026-12-29T08:00:00.000Z"], // over Christmas
    ["2026-03-27T19:00:00Z", "2026-03-30", "2026-03-30T07:00:00.000Z"], // into BST
  ])("closed at %s: opens next on %s at %s", (instant, date, at) => {
    const next = nextOpening(new Date(instant), hours);
    expect(next?.date).toBe(date);
    expect(next?.at.toISOString()).toBe(at);
  });

  it("has no next opening for a practice that never opens", () => {
    const never = { mon: null, tue: null, wed: null, thu: null, fri: null, sat: null, sun: null };
    expect(
      nextOpening(new Date("2026-12-02T10:00:00Z"), { ...hours, openingHours: never }),
    ).toBeUndefined();
  });
});
