/**
 * London calendar dates (YYYY-MM-DD) for the staff pages: moving by days, the next Monday to
 * Sunday week, and reading a ?date= parameter. Arithmetic is on the calendar (UTC), so clock
 * change days count as one day like any other.
 */

const dayMs = 86_400_000;

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** Next week, Monday to Sunday, as seen from `today` (a Monday gives the following Monday). */
export function nextWeek(today: string): { from: string; to: string } {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
  const daysToMonday = (8 - weekday) % 7 || 7;
  const from = shiftDate(today, daysToMonday);
  return { from, to: shiftDate(from, 6) };
}

/** The ?date= the page was asked for, or today when it is missing or not a real date. */
export function requestedDate(search: string, today: string): { date: string; valid: boolean } {
  const raw = new URLSearchParams(search).get("date")?.trim();
  if (!raw) return { date: today, valid: true };
  return isIsoDate(raw) ? { date: raw, valid: true } : { date: today, valid: false };
}

const weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2026-11-24" → "Tuesday 24 November 2026". */
export function longDate(date: string): string {
  if (!isIsoDate(date)) return date;
  const d = new Date(`${date}T00:00:00Z`);
  return `${weekdayNames[d.getUTCDay()]} ${d.getUTCDate()} ${monthNames[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
