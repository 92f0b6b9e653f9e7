import { addDays, type LocalDate, londonToday } from "./london-time.ts";

/**
 * How far ahead staff may book without saying why: eight weeks, the most a practice publishes
 * at once. Further out is usually a slip of the date picker (a month or a year out); a real need
 * (a planned review) is booked with a reason, kept on the appointment.
 */
export const staffBookingHorizonDays = 56;

/** The rule a staff booking breaks, if any: the slot has started, or is past the horizon. */
export function staffBookingRuleBroken(
  slot: { start: string; localDate: LocalDate },
  now: Date,
): "past" | "beyond-horizon" | undefined {
  if (Date.parse(slot.start) <= now.getTime()) return "past";
  if (slot.localDate > addDays(londonToday(now), staffBookingHorizonDays)) return "beyond-horizon";
  return undefined;
}
