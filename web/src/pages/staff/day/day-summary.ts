import type { SlotStatus } from "@front-door/contracts";
import { formatClockTime, londonClock } from "../../../lib/format.ts";

/** The day's slots counted by what they are now: every slot in exactly one count. */
export interface SlotCounts {
  total: number;
  free: number;
  booked: number;
  /** busy-tentative: a patient (or a receptionist) is part way through booking it. */
  held: number;
  blocked: number;
  enteredInError: number;
}

const countOf: Record<SlotStatus, keyof Omit<SlotCounts, "total">> = {
  free: "free",
  busy: "booked",
  "busy-tentative": "held",
  "busy-unavailable": "blocked",
  "entered-in-error": "enteredInError",
};

export function countSlots(slots: readonly { status: SlotStatus }[]): SlotCounts {
  const counts: SlotCounts = {
    total: slots.length,
    free: 0,
    booked: 0,
    held: 0,
    blocked: 0,
    enteredInError: 0,
  };
  for (const slot of slots) counts[countOf[slot.status]] += 1;
  return counts;
}

/**
 * "182 slots: 120 free, 50 booked, 2 held, 10 blocked": the parts always add up to the whole,
 * so the four usual states are always named (a 0 says as much as a number); slots entered in
 * error, which should be rare, only when there are some.
 */
export function slotCountSummary(counts: SlotCounts): string {
  const parts = [
    `${counts.free} free`,
    `${counts.booked} booked`,
    `${counts.held} held`,
    `${counts.blocked} blocked`,
    ...(counts.enteredInError > 0 ? [`${counts.enteredInError} entered in error`] : []),
  ];
  return `${counts.total} ${counts.total === 1 ? "slot" : "slots"}: ${parts.join(", ")}`;
}

/** A slot is over once its end has passed: one under way can still be checked in or booked. */
export function isOver(slot: { end: string }, now: Date): boolean {
  return Date.parse(slot.end) <= now.getTime();
}

/** The day split at now, keeping the API's start order within each part. */
export function splitAtNow<T extends { end: string }>(
  slots: readonly T[],
  now: Date,
): { earlier: T[]; later: T[] } {
  const earlier: T[] = [];
  const later: T[] = [];
  for (const slot of slots) (isOver(slot, now) ? earlier : later).push(slot);
  return { earlier, later };
}

/** How much of what is to come today the day list shows open: the next two hours of slots. */
export const openWindowMs = 2 * 60 * 60_000;

/**
 * Today's slots in three parts: what is over; the next two hours of slots (from now, or from
 * the first slot still to come when that is later, so a list opened before the centre opens
 * still shows its first hours); and the rest of the day. Each part keeps the API's order.
 */
export function splitToday<T extends { start: string; end: string }>(
  slots: readonly T[],
  now: Date,
): { earlier: T[]; soon: T[]; later: T[] } {
  const { earlier, later: toCome } = splitAtNow(slots, now);
  const firstStart = Math.min(...toCome.map((slot) => Date.parse(slot.start)));
  const windowEnd = Math.max(now.getTime(), firstStart) + openWindowMs;
  const soon: T[] = [];
  const later: T[] = [];
  for (const slot of toCome) (Date.parse(slot.start) < windowEnd ? soon : later).push(slot);
  return { earlier, soon, later };
}

/** The London wall-clock time, written as the day list writes slot times ("2:05pm"). */
export function londonTime(now: Date): string {
  return formatClockTime(londonClock().format(now));
}
