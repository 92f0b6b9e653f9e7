import { describe, expect, it } from "vitest";
import { readTypedDate, typedFromIso } from "./date-parts.ts";

const read = (day: string, month: string, year: string) =>
  readTypedDate({ day, month, year }, "Start date");

describe("readTypedDate", () => {
  it.each([
    ["24", "11", "2026", "2026-11-24"],
    ["9", "12", "2026", "2026-12-09"],
    ["09", "03", "2026", "2026-03-09"],
    [" 1 ", " 2 ", " 2027 ", "2027-02-01"],
    ["9", "Dec", "2026", "2026-12-09"],
    ["9", "december", "2026", "2026-12-09"],
    ["29", "2", "2028", "2028-02-29"],
    ["9/12/2026", "", "", "2026-12-09"],
    ["9.12.2026", "", "", "2026-12-09"],
    ["2026-11-24", "", "", "2026-11-24"],
  ])("reads %s %s %s as %s", (day, month, year, iso) => {
    expect(read(day, month, year)).toEqual({ ok: true, iso });
  });

  it("asks for the date when nothing is typed, pointing at every box", () => {
    expect(read("", " ", "")).toEqual({
      ok: false,
      message: "Enter the start date",
      parts: ["day", "month", "year"],
    });
  });

  it.each([
    ["", "11", "2026", "Start date must include a day", ["day"]],
    ["24", "", "2026", "Start date must include a month", ["month"]],
    ["24", "11", "", "Start date must include a year", ["year"]],
    ["24", "", "", "Start date must include a month and year", ["month", "year"]],
  ])("names what is missing: %s %s %s", (day, month, year, message, parts) => {
    expect(read(day, month, year)).toEqual({ ok: false, message, parts });
  });

  it.each([
    ["32", "11", "2026", "Start date: the day must be a number from 1 to 31", ["day"]],
    ["0", "11", "2026", "Start date: the day must be a number from 1 to 31", ["day"]],
    ["24", "13", "2026", "Start date: the month must be a number from 1 to 12", ["month"]],
    ["24", "no", "2026", "Start date: the month must be a number from 1 to 12", ["month"]],
    ["24", "11", "26", "Start date: the year must have 4 numbers, like 2026", ["year"]],
    ["x", "13", "2026", "Start date must be a real date, like 24 11 2026", ["day", "month"]],
    ["31", "11", "2026", "Start date must be a real date: November 2026 has 30 days", ["day"]],
    ["29", "2", "2026", "Start date must be a real date: February 2026 has 28 days", ["day"]],
  ])("says which box is wrong: %s %s %s", (day, month, year, message, parts) => {
    expect(read(day, month, year)).toEqual({ ok: false, message, parts });
  });
});

describe("typedFromIso", () => {
  it("fills the boxes as a person would type them", () => {
    expect(typedFromIso("2026-03-09")).toEqual({ day: "9", month: "3", year: "2026" });
    expect(typedFromIso("not a date")).toEqual({ day: "", month: "", year: "" });
  });
});
