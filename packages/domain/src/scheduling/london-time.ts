import { InvalidInput } from "../errors.ts";

/**
 * Wall-clock time in Europe/London, without a date library. Intl knows the clock changes
 * (last Sunday of March 01:00 UTC → BST, last Sunday of October 01:00 UTC → GMT); everything
 * here asks Intl for the offset at an instant and never hard-codes the rule.
 *
 * Local dates are "YYYY-MM-DD" strings and local times "HH:MM" strings: they are what staff
 * and patients read, what keys and counts use, and they sort as text.
 */
export type LocalDate = string;
export type LocalTime = string;

/** FHIR's daysOfWeek codes (as in HealthcareService.availableTime), Monday first. */
export const daysOfWeek = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type DayOfWeek = (typeof daysOfWeek)[number];

export const londonTimeZone = "Europe/London";

const minuteMs = 60_000;
const dayMs = 86_400_000;

// Building a formatter is slow; one per module is plenty, made on first use, not when the module
// loads: a page's first Intl object costs tens of milliseconds while ICU loads its data, which
// pages that import this and never format skip. h23 avoids "24:00" at midnight.
let londonPartsMade: Intl.DateTimeFormat | undefined;
const londonParts = (): Intl.DateTimeFormat =>
  (londonPartsMade ??= new Intl.DateTimeFormat("en-GB", {
    timeZone: londonTimeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }));

const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const localTimePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isLocalDate(value: string): boolean {
  const match = localDatePattern.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function isLocalTime(value: string): boolean {
  return localTimePattern.test(value);
}

/** Minutes after local midnight on the wall clock: "08:15" → 495. */
export function minutesOfDay(time: LocalTime): number {
  const match = localTimePattern.exec(time);
  if (!match) throw new InvalidInput(`"${time}" is not a time like 08:30`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** 495 → "08:15". */
export function localTimeFromMinutes(minutes: number): LocalTime {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= 24 * 60) {
    throw new InvalidInput(`${minutes} minutes is not a time of day`);
  }
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The local date as milliseconds of the same calendar day at 00:00 UTC (for day arithmetic). */
function dateMs(date: LocalDate): number {
  if (!isLocalDate(date)) throw new InvalidInput(`"${date}" is not a date like 2026-03-29`);
  return Date.parse(`${date}T00:00:00Z`);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(dateMs(date) + days * dayMs).toISOString().slice(0, 10);
}

/** Whole calendar days from one local date to another (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((dateMs(to) - dateMs(from)) / dayMs);
}

export function dayOfWeek(date: LocalDate): DayOfWeek {
  // getUTCDay: 0 = Sunday; daysOfWeek starts on Monday.
  return daysOfWeek[(new Date(dateMs(date)).getUTCDay() + 6) % 7] as DayOfWeek;
}

export interface LondonWallClock {
  date: LocalDate;
  time: LocalTime;
  /** 0 in GMT, 60 in BST. */
  utcOffsetMinutes: number;
}

/** What a London clock showed at an instant. Seconds are dropped from `time`. */
export function toLondon(instant: Date | string): LondonWallClock {
  const at = typeof instant === "string" ? new Date(instant) : instant;
  if (Number.isNaN(at.getTime())) throw new InvalidInput(`"${String(instant)}" is not an instant`);
  const utcOffsetMinutes = offsetMinutesAt(at.getTime());
  // The wall clock is the instant moved by the offset, read as UTC: no Intl call once the
  // hour's offset is known.
  const wall = new Date(at.getTime() + utcOffsetMinutes * minuteMs);
  return {
    date: `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`,
    time: `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`,
    utcOffsetMinutes,
  };
}

/** The London calendar date at an instant: "today" for a patient or receptionist. */
export function londonToday(now: Date): LocalDate {
  return londonDayOf(now).date;
}

export interface LondonDay {
  date: LocalDate;
  /** The instants of its midnight and of the next one: the day is [startsAt, endsAt). */
  startsAt: Date;
  endsAt: Date;
}

/** The London day last asked about: nearly every call in a request asks about the same one. */
let recentDay: { date: LocalDate; startMs: number; endMs: number } | undefined;

/**
 * The London calendar day an instant falls in, with the instants it starts and ends (23, 24
 * or 25 hours apart). Kept for the next call, which skips Intl when it falls in the same day.
 */
export function londonDayOf(now: Date): LondonDay {
  const ms = now.getTime();
  if (Number.isNaN(ms)) throw new InvalidInput(`"${String(now)}" is not an instant`);
  if (!recentDay || ms < recentDay.startMs || ms >= recentDay.endMs) {
    const f = wallClockFields(ms);
    const date = `${f.year}-${pad(f.month)}-${pad(f.day)}`;
    // London's clocks change at 01:00 UTC, so midnight always exists, once.
    recentDay = {
      date,
      startMs: londonToUtc(date, "00:00").getTime(),
      endMs: londonToUtc(addDays(date, 1), "00:00").getTime(),
    };
  }
  return {
    date: recentDay.date,
    startsAt: new Date(recentDay.startMs),
    endsAt: new Date(recentDay.endMs),
  };
}

export type LondonResolution =
  | { kind: "ok"; instant: Date; utcOffsetMinutes: number; repeated: boolean }
  | { kind: "non-existent"; message: string };

/**
 * Finds the instant a London wall-clock reading means.
 *
 * - Non-existent (01:00–01:59 on the spring-forward Sunday): reported, never shifted. Moving a
 *   patient's 01:30 to 02:30 silently would tell them a time nobody chose; callers decide
 *   (slot publishing skips such slots, `londonToUtc` refuses them).
 * - Repeated (01:00–01:59 on the autumn Sunday): the first occurrence, still in BST, because
 *   that is the one a clock reaches first and so the earliest the patient could be expected.
 */
export function resolveLondonTime(date: LocalDate, time: LocalTime): LondonResolution {
  const wallMs = dateMs(date) + minutesOfDay(time) * minuteMs;
  // The offsets a day either side cover any single change on this day; try the larger
  // offset first, because it gives the earlier instant.
  const candidates = [
    ...new Set([offsetMinutesAt(wallMs - dayMs), offsetMinutesAt(wallMs + dayMs)]),
  ].sort((a, b) => b - a);
  const matches = candidates.filter(
    (offset) => offsetMinutesAt(wallMs - offset * minuteMs) === offset,
  );
  const first = matches[0];
  if (first === undefined) {
    return {
      kind: "non-existent",
      message: `${time} on ${date} does not exist in London: the clocks go forward that night`,
    };
  }
  return {
    kind: "ok",
    instant: new Date(wallMs - first * minuteMs),
    utcOffsetMinutes: first,
    repeated: matches.length > 1,
  };
}

/**
 * The UTC offset (minutes) that holds for all of a London date, or undefined on a
 * clock-change day. Lets a caller laying out many times on one day skip asking Intl for
 * each. Compares the offsets at the day's first and last instants; London changes at 01:00
 * UTC, never near midnight, so the offset at midnight read as UTC finds those instants.
 */
export function steadyUtcOffsetMinutes(date: LocalDate): number | undefined {
  const midnight = dateMs(date);
  const firstInstant = midnight - offsetMinutesAt(midnight) * minuteMs;
  const nextMidnight = midnight + dayMs;
  const lastInstant = nextMidnight - offsetMinutesAt(nextMidnight) * minuteMs - 1;
  const offset = offsetMinutesAt(firstInstant);
  return offset === offsetMinutesAt(lastInstant) ? offset : undefined;
}

/** The UTC instant of a London wall-clock time; refuses a time the clocks skip. */
export function londonToUtc(date: LocalDate, time: LocalTime): Date {
  const resolved = resolveLondonTime(date, time);
  if (resolved.kind === "non-existent") {
    throw new InvalidInput(resolved.message, [{ path: "time", message: resolved.message }]);
  }
  return resolved.instant;
}

interface WallClockFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockFields(ms: number): WallClockFields {
  const fields: Record<string, number> = {};
  for (const part of londonParts().formatToParts(ms)) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  return fields as unknown as WallClockFields;
}

/**
 * London's offset by UTC hour, as found. The clocks change at 01:00 UTC, on the hour, so an
 * hour has one offset; a page of slots asks about the same few hours again and again, and Intl
 * is the slow part (a rush's suggested times called it thousands of times a second).
 */
const offsetByUtcHour = new Map<number, number>();
const hourMs = 60 * minuteMs;

function offsetMinutesAt(ms: number): number {
  const hour = Math.floor(ms / hourMs);
  const known = offsetByUtcHour.get(hour);
  if (known !== undefined) return known;
  const offset = offsetFromIntl(ms);
  if (offsetByUtcHour.size >= 10_000) offsetByUtcHour.clear();
  offsetByUtcHour.set(hour, offset);
  return offset;
}

function offsetFromIntl(ms: number): number {
  const f = wallClockFields(ms);
  const wallMs = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  // London offsets are whole minutes; drop the instant's own milliseconds first.
  return Math.round((wallMs - Math.floor(ms / 1000) * 1000) / minuteMs);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
