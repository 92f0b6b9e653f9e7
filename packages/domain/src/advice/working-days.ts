import {
  addDays,
  dayOfWeek,
  type LocalDate,
  type LocalTime,
  londonToUtc,
  toLondon,
} from "../scheduling/london-time.ts";
import { englandAndWalesBankHolidays } from "./bank-holidays.data.ts";

const bankHolidays = new Set(englandAndWalesBankHolidays);

export function isBankHoliday(date: LocalDate): boolean {
  return bankHolidays.has(date);
}

/** Monday to Friday and not an England and Wales bank holiday. */
export function isWorkingDay(date: LocalDate): boolean {
  const day = dayOfWeek(date);
  return day !== "sat" && day !== "sun" && !isBankHoliday(date);
}

/** The first working day after `date`. */
export function nextWorkingDay(date: LocalDate): LocalDate {
  let next = addDays(date, 1);
  while (!isWorkingDay(next)) next = addDays(next, 1);
  return next;
}

/** `days` working days after `date` (0: `date` itself if it is a working day, else the next). */
export function addWorkingDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days) || days < 0) throw new Error("working days must be a whole number");
  let current = isWorkingDay(date) ? date : nextWorkingDay(date);
  for (let i = 0; i < days; i++) current = nextWorkingDay(current);
  return current;
}

/**
 * The working day a request counts from: today if it is a working day and the practice's day
 * has not ended, else the next working day. A request sent on Friday evening is Monday's.
 */
export function countingDay(now: Date, endOfDay: LocalTime): LocalDate {
  const { date, time } = toLondon(now);
  return isWorkingDay(date) && time < endOfDay ? date : nextWorkingDay(date);
}

/**
 * When a working day ends for a promise to a patient: the contract's core hours end at 18:30,
 * whatever a practice's own online hours, so "by the end of Tuesday" means the same everywhere.
 */
export const workingDayEnds: LocalTime = "18:30";

export interface Deadline {
  /** The London date the promise falls on, as the patient reads it. */
  date: LocalDate;
  /** The end of that working day, as an instant (due times sort and compare by this). */
  dueAt: Date;
}

/**
 * "By the end of the Nth working day": 1 working day from a request on Monday morning is the
 * end of Tuesday; from Friday evening, the end of Tuesday too (Monday is its counting day).
 */
export function workingDayDeadline(now: Date, workingDays: number, endOfDay: LocalTime): Deadline {
  const date = addWorkingDays(countingDay(now, endOfDay), workingDays);
  return { date, dueAt: londonToUtc(date, endOfDay) };
}
