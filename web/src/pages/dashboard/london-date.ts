import { londonDateOf } from "../../lib/format.ts";

/**
 * Calendar dates as the API counts them: London wall-clock dates, YYYY-MM-DD. Date arithmetic is
 * done on the calendar (in UTC), never by adding hours to an instant, so clock-change days count
 * as one day like any other.
 */

/** Today's date in London at `now`, whatever the browser's own time zone. */
export function londonToday(now: Date): string {
  return londonDateOf(now.toISOString());
}

const dayMs = 86_400_000;

/** `date` moved by whole calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** Days in the range, counting both ends. */
export function daysInRange(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs) + 1;
}

export const defaultRangeDays = 28;

/** The last four weeks, ending today in London: four of each weekday, so weeks compare fairly. */
export function defaultRange(today: string): { from: string; to: string } {
  return { from: addDays(today, 1 - defaultRangeDays), to: today };
}

const shortMonths = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

/** "2026-12-07" → "7 Dec", for chart labels where a full date will not fit. */
export function shortDate(date: string): string {
  const match = /^\d{4}-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? shortMonths[Number(match[1]) - 1] : undefined;
  return match && month ? `${Number(match[2])} ${month}` : date;
}
