import {
  addDays,
  dayOfWeek,
  type LocalDate,
  type LocalTime,
  londonToUtc,
  toLondon,
} from "../scheduling/london-time.ts";
import type { OpeningTimes, PracticeSettings } from "./practice-settings.ts";
import { isBankHoliday } from "./working-days.ts";

type Hours = Pick<PracticeSettings, "openingHours" | "closedOnBankHolidays">;

/** The opening times on a date, or null when requests are not taken that day. */
export function openingTimesOn(date: LocalDate, hours: Hours): OpeningTimes | null {
  if (hours.closedOnBankHolidays && isBankHoliday(date)) return null;
  return hours.openingHours[dayOfWeek(date)];
}

/** Open from `opens` up to, not including, `closes`: open at 18:29, closed at 18:30. */
export function isOpenAt(now: Date, hours: Hours): boolean {
  const { date, time } = toLondon(now);
  const times = openingTimesOn(date, hours);
  return times !== null && times.opens <= time && time < times.closes;
}

export interface NextOpening {
  date: LocalDate;
  time: LocalTime;
  at: Date;
}

/** How far ahead to look: past any run of bank holidays and weekends a practice could have. */
const searchDays = 21;

/** When requests are next taken after `now` (undefined if the practice never opens). */
export function nextOpening(now: Date, hours: Hours): NextOpening | undefined {
  const { date: today, time } = toLondon(now);
  for (let offset = 0; offset <= searchDays; offset++) {
    const date = addDays(today, offset);
    const times = openingTimesOn(date, hours);
    if (times === null || (offset === 0 && time >= times.opens)) continue;
    return { date, time: times.opens, at: londonToUtc(date, times.opens) };
  }
  return undefined;
}
