import { describe, expect, it } from "vitest";
import { addDays, dayOfWeek } from "../scheduling/london-time.ts";
import { englandAndWalesBankHolidays } from "./bank-holidays.data.ts";

/** Easter Sunday (anonymous Gregorian computus). */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function weekdayOnOrAfter(date: string): string {
  let d = date;
  while (dayOfWeek(d) === "sat" || dayOfWeek(d) === "sun") d = addDays(d, 1);
  return d;
}

function firstMonday(year: number, month: string): string {
  let d = `${year}-${month}-01`;
  while (dayOfWeek(d) !== "mon") d = addDays(d, 1);
  return d;
}

function lastMonday(year: number, month: string, lastDay: number): string {
  let d = `${year}-${month}-${lastDay}`;
  while (dayOfWeek(d) !== "mon") d = addDays(d, -1);
  return d;
}

/** The rules, applied: a check that the data file has no typo. */
function bankHolidaysByRule(year: number): string[] {
  const easter = easterSunday(year);
  const christmas = weekdayOnOrAfter(`${year}-12-25`);
  const boxingDay = weekdayOnOrAfter(addDays(christmas, 1));
  return [
    weekdayOnOrAfter(`${year}-01-01`),
    addDays(easter, -2),
    addDays(easter, 1),
    firstMonday(year, "05"),
    lastMonday(year, "05", 31),
    lastMonday(year, "08", 31),
    christmas,
    boxingDay,
  ];
}

describe("England and Wales bank holidays", () => {
  it.each([2025, 2026, 2027, 2028])("%i in the data file follow the rules", (year) => {
    const listed = englandAndWalesBankHolidays.filter((date) => date.startsWith(`${year}-`));
    expect(listed).toEqual(bankHolidaysByRule(year));
  });
});
