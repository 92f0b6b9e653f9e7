import { describe, expect, it } from "vitest";
import { InvalidInput } from "../errors.ts";
import { ageOn } from "./age.ts";

describe("ageOn", () => {
  it.each([
    ["2010-06-15", "2026-06-14", 15, "the day before the 16th birthday"],
    ["2010-06-15", "2026-06-15", 16, "on the 16th birthday"],
    ["2010-06-15", "2026-06-16", 16, "the day after"],
    ["2010-06-15", "2026-01-01", 15, "earlier in the year"],
    ["2010-12-31", "2026-12-31", 16, "a New Year's Eve birthday"],
    ["2026-03-01", "2026-03-01", 0, "born today"],
    // Born on 29 February: a year older on 1 March when there is no 29 February.
    ["2008-02-29", "2026-02-28", 17, "29 Feb birthday, 28 Feb in a common year"],
    ["2008-02-29", "2026-03-01", 18, "29 Feb birthday, 1 March in a common year"],
    ["2008-02-29", "2028-02-28", 19, "29 Feb birthday, 28 Feb in a leap year"],
    ["2008-02-29", "2028-02-29", 20, "29 Feb birthday, on the day in a leap year"],
    // Born on 1 March: 29 February of a leap year is still the day before.
    ["2008-03-01", "2028-02-29", 19, "1 March birthday, 29 Feb in a leap year"],
  ])("born %s, on %s is %i (%s)", (dateOfBirth, today, age) => {
    expect(ageOn(dateOfBirth, today)).toBe(age);
  });

  it("refuses a date of birth that is not a real date, or is in the future", () => {
    expect(() => ageOn("2001-02-29", "2026-01-01")).toThrow(InvalidInput);
    expect(() => ageOn("2026-01-02", "2026-01-01")).toThrow(InvalidInput);
  });

  it("treats a bad 'today' as a bug, not the patient's error", () => {
    expect(() => ageOn("2000-01-01", "today")).toThrow(Error);
    expect(() => ageOn("2000-01-01", "today")).not.toThrow(InvalidInput);
  });
});
