import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  countingDay,
  isWorkingDay,
  nextWorkingDay,
  workingDayDeadline,
} from "./working-days.ts";

describe("the working-day clock (Europe/London)", () => {
  it("knows weekends and bank holidays are not working days", () => {
    expect(isWorkingDay("2026-12-02")).toBe(true); // Wednesday
    expect(isWorkingDay("2026-12-05")).toBe(false); // Saturday
    expect(isWorkingDay("2026-12-28")).toBe(false); // substitute Boxing Day
    expect(nextWorkingDay("2026-12-24")).toBe("2026-12-29");
  });

  it.each([
    ["2026-12-02", 0, "2026-12-02"],
    ["2026-12-02", 1, "2026-12-03"],
    ["2026-12-04", 1, "2026-12-07"], // Friday → Monday
    ["2026-12-05", 0, "2026-12-07"], // Saturday counts from Monday
    ["2026-12-24", 1, "2026-12-29"], // over Christmas and the substitute day
    ["2026-04-02", 1, "2026-04-07"], // over Good Friday and Easter Monday
    ["2027-12-24", 2, "2027-12-30"],
  ])("%s + %i working days = %s", (date, days, expected) => {
    expect(addWorkingDays(date, days)).toBe(expected);
  });

  it("counts a request from the next working day once the practice's day has ended", () => {
    expect(countingDay(new Date("2026-12-04T18:29:00Z"), "18:30")).toBe("2026-12-04");
    expect(countingDay(new Date("2026-12-04T18:30:00Z"), "18:30")).toBe("2026-12-07");
    expect(countingDay(new Date("2026-12-05T10:00:00Z"), "18:30")).toBe("2026-12-07");
  });

  it("promises the end of the next working day, across the spring clock change", () => {
    // Friday 27 March 2026 at 10:00 GMT; clocks go forward on Sunday 29 March.
    const deadline = workingDayDeadline(new Date("2026-03-27T10:00:00Z"), 1, "18:30");
    expect(deadline.date).toBe("2026-03-30");
    expect(deadline.dueAt.toISOString()).toBe("2026-03-30T17:30:00.000Z"); // 18:30 BST
  });

  it("and across the autumn one", () => {
    // Friday 23 October 2026, 19:00 BST (after closing); clocks go back on Sunday 25 October.
    const deadline = workingDayDeadline(new Date("2026-10-23T18:00:00Z"), 1, "18:30");
    expect(deadline.date).toBe("2026-10-27");
    expect(deadline.dueAt.toISOString()).toBe("2026-10-27T18:30:00.000Z"); // 18:30 GMT
  });

  it("reads the London date, not the UTC one, just after midnight in summer", () => {
    // 23:30 UTC on Thursday 2 July is 00:30 on Friday 3 July in London.
    expect(countingDay(new Date("2026-07-02T23:30:00Z"), "18:30")).toBe("2026-07-03");
  });

  it("refuses a negative or fractional number of days", () => {
    expect(() => addWorkingDays("2026-12-02", -1)).toThrow();
    expect(() => addWorkingDays("2026-12-02", 1.5)).toThrow();
  });
});
