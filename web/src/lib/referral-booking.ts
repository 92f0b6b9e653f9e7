import type { OfferedSlot, ReferralSlotsResponse } from "@front-door/contracts";
import { formatClockTime, formatWeekdayDate } from "./format.ts";
import { safeId } from "./same-day.ts";

/**
 * Choosing a time for an accepted self-referral, shared by the patient's booking page and the
 * staff referral page: the API's free times as people choose them. Pure, so unit tested.
 */

/**
 * One of each time: a clinic seeing two people at once publishes two slots at 9:30, and the
 * API lists both. People choose a time, not a column, so the first free one stands for both
 * (any of them books the same appointment time).
 */
export function distinctTimes(slots: readonly OfferedSlot[]): OfferedSlot[] {
  const seen = new Set<string>();
  return slots.filter((slot) => {
    const key = timeKey(slot);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const timeKey = (slot: Pick<OfferedSlot, "start" | "end" | "channel">) =>
  `${slot.start}|${slot.end}|${slot.channel}`;

/**
 * Another free slot at the very time someone else just took, among the 409's alternatives: the
 * clinic's next place at that time. The patient chose the time, so it is theirs to have.
 */
export function sameTimeElsewhere(
  taken: OfferedSlot,
  alternatives: readonly OfferedSlot[],
): OfferedSlot | undefined {
  return alternatives.find((slot) => slot.id !== taken.id && timeKey(slot) === timeKey(taken));
}

export interface BookingDay {
  localDate: string;
  /** "Wednesday 9 December". */
  heading: string;
  slots: OfferedSlot[];
}

/** The days with a free time, soonest first, each with its times once, soonest first. */
export function bookingDays(days: ReferralSlotsResponse["days"]): BookingDay[] {
  return days
    .map((day) => ({
      localDate: day.localDate,
      heading: formatWeekdayDate(day.localDate),
      slots: distinctTimes(
        [...day.slots].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id)),
      ),
    }))
    .filter((day) => day.slots.length > 0)
    .sort((a, b) => a.localDate.localeCompare(b.localDate));
}

/** "9:30am to 10am", "Midday to 12:30pm": London time as the API gives it. */
export function timeRange(slot: Pick<OfferedSlot, "localStart" | "localEnd">): string {
  const range = `${formatClockTime(slot.localStart)} to ${formatClockTime(slot.localEnd)}`;
  return `${range.charAt(0).toUpperCase()}${range.slice(1)}`;
}

/** "Wednesday 9 December at 9:30am": a time that makes sense without its day's heading. */
export function slotWhen(slot: Pick<OfferedSlot, "localDate" | "localStart">): string {
  return `${formatWeekdayDate(slot.localDate)} at ${formatClockTime(slot.localStart)}`;
}

/** "16 times, the first at 9am": what a day offers, at a glance. */
export function dayOffer(day: Pick<BookingDay, "slots">): string {
  const count = day.slots.length;
  const first = day.slots[0];
  const times = `${count} ${count === 1 ? "time" : "times"}`;
  return first ? `${times}, the first at ${formatClockTime(first.localStart)}` : times;
}

/** The booking page's link: the referral, and the day whose times to show. */
export function referralBookingHref(referralId: string, localDate?: string): string {
  const day = localDate ? `&day=${encodeURIComponent(localDate)}` : "";
  return `/referrals/book/?id=${encodeURIComponent(referralId)}${day}`;
}

/** The ?id= and ?day= of /referrals/book/, when they look like what the service makes. */
export function referralBookingQuery(search: string): { referralId?: string; day?: string } {
  const params = new URLSearchParams(search);
  const day = params.get("day");
  return {
    referralId: safeId(params.get("id")),
    day: day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined,
  };
}
