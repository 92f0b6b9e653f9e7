import { addDays, type LocalDate, londonToday } from "../scheduling/london-time.ts";
import { isBookableAhead, type OfferableSlot, type OfferOptions } from "../scheduling/same-day.ts";
import type { ReferralState } from "./referral-status.ts";

/**
 * How far ahead an accepted referral's appointment may be booked online: four weeks from today,
 * the horizon services publish their clinics to. Later than that, the service arranges it.
 */
export const referralBookingWindowDays = 28;

/** What the booking rules need to know about a referral. */
export interface BookableReferral extends Pick<ReferralState, "stage" | "bookOnline"> {
  siteId: string;
  serviceCode: string;
}

/** What they need to know about a slot. */
export interface ReferralSlot extends OfferableSlot {
  siteId: string;
  service: string;
  /** The London date the slot starts on, as published. */
  localDate: LocalDate;
}

/** The London dates a referral's appointment may be on, from today: the window's first and last. */
export function referralBookingDates(now: Date): { from: LocalDate; to: LocalDate } {
  const from = londonToday(now);
  return { from, to: addDays(from, referralBookingWindowDays - 1) };
}

/**
 * Why a slot cannot be this referral's appointment, in words for the person choosing, or
 * undefined if it can: the referral's own service at the receiving site, bookable ahead (free,
 * far enough off, not kept for same-day use) and inside the booking window. Pass a slot's
 * status as "free" to check everything but whether someone else has it (a hold's condition
 * decides that atomically).
 */
export function referralSlotProblem(
  slot: ReferralSlot,
  referral: Pick<BookableReferral, "siteId" | "serviceCode">,
  now: Date,
  options?: OfferOptions,
): string | undefined {
  if (slot.siteId !== referral.siteId || slot.service !== referral.serviceCode) {
    return "This time is not for the service you were referred to. Choose a time from the list";
  }
  if (slot.localDate > referralBookingDates(now).to) {
    return `Times can be booked up to ${referralBookingWindowDays} days ahead. Choose a time from the list`;
  }
  if (!isBookableAhead(slot, now, options)) {
    return "This time cannot be booked now. Choose another time from the list";
  }
  return undefined;
}

/**
 * Whether the patient may choose their own appointment for this referral now: the service has
 * accepted it and books online. (Staff book for any open referral: the state machine decides.)
 */
export function patientMayBookReferral(referral: Pick<BookableReferral, "stage" | "bookOnline">) {
  return referral.stage === "accepted" && referral.bookOnline;
}
