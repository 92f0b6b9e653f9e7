import type { MyAdviceRequestResponse, StaffDayResponse } from "@front-door/contracts";
import {
  appointmentWhen,
  formatClockTime,
  formatWeekdayDate,
  londonClock,
  londonDateOf,
} from "../format.ts";
import { channelLabels } from "../staff-labels.ts";

/** Times offered to a patient as the answer to an advice request, for staff and patient pages. */

type Offer = NonNullable<MyAdviceRequestResponse["request"]["offer"]>;
type OfferedTime = Offer["times"][number];
type DaySlot = StaffDayResponse["slots"][number];

/** How long staff may hold times: long enough to read a text and sign in. */
export const holdChoices = [
  { minutes: 60, text: "1 hour" },
  { minutes: 240, text: "4 hours" },
  { minutes: 1440, text: "1 day" },
] as const;

/**
 * A day's slots that can be offered or booked now: free, not yet started, in time order, and
 * one per time and channel (parallel rooms read the same to a patient, so list each once).
 */
export function offerableSlots(slots: readonly DaySlot[], nowIso: string): DaySlot[] {
  const seen = new Set<string>();
  return slots
    .filter((slot) => slot.status === "free" && slot.start > nowIso)
    .sort((a, b) => a.start.localeCompare(b.start))
    .filter((slot) => {
      const key = `${slot.start}|${slot.channel}`;
      return !seen.has(key) && seen.add(key);
    });
}

/** "Wednesday 9 December at 9:15am, in person". */
export function timeText(time: Pick<OfferedTime, "localDate" | "localStart" | "channel">): string {
  return `${appointmentWhen(time)}, ${channelLabels[time.channel].toLowerCase()}`;
}

/** The offered times once each, soonest first (an offer may have been repeated). */
export function offeredTimes(offer: Offer): OfferedTime[] {
  const seen = new Set<string>();
  return [...offer.times]
    .sort((a, b) => a.start.localeCompare(b.start))
    .filter((t) => !seen.has(t.slotId) && seen.add(t.slotId));
}

/** "11am on Tuesday 8 December": until when the times are held. */
export function heldUntilText(expiresAt: string): string {
  const date = londonDateOf(expiresAt);
  return `${formatClockTime(londonClock().format(new Date(expiresAt)))} on ${formatWeekdayDate(date)}`;
}

/** Whether the patient can still book from the offer. */
export function offerIsOpen(offer: Offer | undefined, nowIso: string): offer is Offer {
  return offer !== undefined && offer.expiresAt > nowIso;
}
