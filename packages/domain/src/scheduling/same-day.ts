import { InvalidInput } from "../errors.ts";
import { isLocalDate, type LocalDate, londonDayOf, londonToday, toLondon } from "./london-time.ts";
import { effectiveSlotStatus, type SlotState } from "./slot-rules.ts";
import { type SlotChannel, slotChannels } from "./statuses.ts";

/** Time to read the confirmation and get there (or to the phone): nobody is offered 11:02 at 11:00. */
export const defaultMinimumNoticeMinutes = 10;

/** What same-day rules need to know about a slot; callers keep their own richer type. */
export interface OfferableSlot extends SlotState {
  id: string;
  /** UTC instant, ISO 8601. */
  start: string;
  channel: SlotChannel;
  sameDayOnly: boolean;
}

export interface OfferOptions {
  minimumNoticeMinutes?: number;
}

export interface SameDayOffer<S extends OfferableSlot> {
  /** Today in London: the only day these slots are on. */
  londonDate: LocalDate;
  total: number;
  /** Channels that have a slot, the one with the soonest slot first; slots soonest first. */
  channels: { channel: SlotChannel; slots: S[] }[];
}

/**
 * Whether a patient may be offered this slot at `now` for an appointment today: it is free
 * (an expired hold counts), starts today in London, and starts at least the minimum notice
 * from now. Same-day-only and bookable-ahead slots both qualify: today is the day both exist
 * for. Near midnight the notice can push every slot into tomorrow, and then there is nothing.
 */
export function isOfferableToday(slot: OfferableSlot, now: Date, options?: OfferOptions): boolean {
  return isOfferable(slot, now, options) && londonDateOf(slot.start) === londonToday(now);
}

/**
 * isOfferableToday's rule on the start time, as a range of start instants (UTC ISO 8601, as
 * slots store them, so they compare as strings): from the minimum notice after `now` up to,
 * not including, the London midnight that ends today. A store can check it inside a write's
 * condition: a slot is offerable today exactly when it is free and starts in this window.
 * Near midnight the window can be empty (`from` at or after `before`).
 */
export function todaysStartWindow(
  now: Date,
  options?: OfferOptions,
): { from: string; before: string } {
  const notice = noticeMinutes(options);
  return {
    from: new Date(now.getTime() + notice * 60_000).toISOString(),
    before: londonDayOf(now).endsAt.toISOString(),
  };
}

/**
 * Whether a slot may be booked ahead (for a later day) at `now`: free, far enough ahead, and
 * not kept for same-day use, unless its day has come.
 */
export function isBookableAhead(slot: OfferableSlot, now: Date, options?: OfferOptions): boolean {
  if (!isOfferable(slot, now, options)) return false;
  return !slot.sameDayOnly || londonDateOf(slot.start) === londonToday(now);
}

/** The slots to offer a patient asking for an appointment today, grouped by channel. */
export function sameDayOffer<S extends OfferableSlot>(
  slots: readonly S[],
  now: Date,
  options?: OfferOptions,
): SameDayOffer<S> {
  // isOfferableToday for each slot, with the London day worked out once rather than per slot
  // (the time zone lookup is most of the cost when a site's whole day is offered).
  const window = todaysStartWindow(now, options);
  const from = Date.parse(window.from);
  const before = Date.parse(window.before);
  const offered = slots
    .filter((slot) => {
      const start = Date.parse(slot.start);
      return effectiveSlotStatus(slot, now) === "free" && start >= from && start < before;
    })
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));
  const channels = slotChannels
    .map((channel) => ({ channel, slots: offered.filter((slot) => slot.channel === channel) }))
    .filter((group) => group.slots.length > 0)
    // Stable sort: channels whose first slots start together keep in-person, telephone, video.
    .sort((a, b) => Date.parse(a.slots[0]?.start ?? "") - Date.parse(b.slots[0]?.start ?? ""));
  return { londonDate: londonToday(now), total: offered.length, channels };
}

/**
 * Up to `count` of the times on offer, chosen at random (`random` as Math.random) and listed
 * soonest first. For a patient whose time was just taken: everyone who lost the same time is
 * not sent to the same few others, where they would meet again.
 */
export function spreadAlternatives<S extends OfferableSlot>(
  offered: readonly S[],
  count: number,
  random: () => number,
): S[] {
  const pool = [...offered];
  const picked = Math.min(Math.max(0, count), pool.length);
  // The first `picked` steps of a Fisher–Yates shuffle.
  for (let i = 0; i < picked; i++) {
    const j = i + Math.min(pool.length - i - 1, Math.floor(random() * (pool.length - i)));
    [pool[i], pool[j]] = [pool[j] as S, pool[i] as S];
  }
  return pool
    .slice(0, picked)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));
}

/**
 * The key of the "one active same-day appointment per patient per London day" guard. The
 * store writes it with attribute_not_exists in the booking transaction, so a second booking
 * for the same day fails atomically, and deletes it when the appointment stops being active.
 */
export function sameDayGuardKey(patientId: string, londonDate: LocalDate): string {
  if (patientId.trim() === "" || patientId.includes("#")) {
    throw new InvalidInput("A patient id is needed for the same-day guard", [
      { path: "patientId", message: "Patient id must not be empty or contain #" },
    ]);
  }
  if (!isLocalDate(londonDate)) {
    throw new InvalidInput(`"${londonDate}" is not a date like 2026-03-29`, [
      { path: "londonDate", message: "Enter a date like 2026-03-29" },
    ]);
  }
  return `same-day#${patientId}#${londonDate}`;
}

/** The guard's day is the London date the appointment starts on, not the booking date. */
export function sameDayGuardDate(appointmentStart: string): LocalDate {
  return londonDateOf(appointmentStart);
}

function noticeMinutes(options?: OfferOptions): number {
  const notice = options?.minimumNoticeMinutes ?? defaultMinimumNoticeMinutes;
  if (!Number.isInteger(notice) || notice < 0) {
    throw new InvalidInput(`Minimum notice must be whole minutes, not ${notice}`);
  }
  return notice;
}

function isOfferable(slot: OfferableSlot, now: Date, options?: OfferOptions): boolean {
  const notice = noticeMinutes(options);
  const start = Date.parse(slot.start);
  return (
    effectiveSlotStatus(slot, now) === "free" &&
    Number.isFinite(start) &&
    start >= now.getTime() + notice * 60_000
  );
}

function londonDateOf(instant: string): LocalDate {
  return toLondon(instant).date;
}
