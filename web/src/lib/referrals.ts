import type { MyReferral } from "@front-door/contracts";
import { londonToday } from "../pages/dashboard/london-date.ts";
import { formatClockTime, formatDate } from "./format.ts";
import { londonClockTime, safeId } from "./same-day.ts";

type ReferralStage = MyReferral["stage"];

/**
 * Each stage in the patient's words: a short tag (with its NHS tag colour) and a sentence on
 * what it means for them now. The timeline says what happened; this says where things stand.
 */
export const referralStageWords: Record<
  ReferralStage,
  { tag: string; colour: string; meaning: string }
> = {
  draft: {
    tag: "Not sent",
    colour: "grey",
    meaning: "This referral has not been sent to the service.",
  },
  submitted: {
    tag: "Sent",
    colour: "blue",
    meaning: "The service will look at your referral and tell you what happens next.",
  },
  "awaiting-information": {
    tag: "Information needed",
    colour: "orange",
    meaning: "The service needs more information from you before they can carry on.",
  },
  accepted: {
    tag: "Accepted",
    colour: "green",
    meaning: "The service has accepted your referral.",
  },
  booked: {
    tag: "Appointment booked",
    colour: "purple",
    meaning:
      "An appointment has been booked for this referral. You can see it in your appointments.",
  },
  rejected: {
    tag: "Not accepted",
    colour: "red",
    meaning:
      "The service could not accept this referral. See below for why and where to go instead.",
  },
  withdrawn: {
    tag: "Withdrawn",
    colour: "grey",
    meaning: "You withdrew this referral, so the service will not act on it.",
  },
  completed: {
    tag: "Completed",
    colour: "white",
    meaning: "The service has finished your care for this referral.",
  },
  "entered-in-error": {
    tag: "Removed",
    colour: "grey",
    meaning: "This referral was recorded by mistake and has been removed.",
  },
};

/** Stages still in progress: listed first, and the ones a patient may still act on. */
const openStages: readonly ReferralStage[] = [
  "submitted",
  "awaiting-information",
  "accepted",
  "booked",
];

export function isOpenReferral(stage: ReferralStage): boolean {
  return openStages.includes(stage);
}

/**
 * Whether to offer "Withdraw this referral": every open stage, as the service's rules allow.
 * Only an offer: the API decides, and says so if the referral changed meanwhile.
 */
export function mayWithdraw(stage: ReferralStage): boolean {
  return isOpenReferral(stage);
}

/** "2026-12-08T10:42:00Z" → "8 December 2026", the London date whatever the browser's zone. */
export function formatLondonDate(isoInstant: string): string {
  return formatDate(londonToday(new Date(isoInstant)));
}

/** "2026-07-01T09:05:00Z" → "1 July 2026 at 10:05am" (London summer time). */
export function formatLondonDateTime(isoInstant: string): string {
  return `${formatLondonDate(isoInstant)} at ${formatClockTime(londonClockTime(isoInstant))}`;
}

/** The ?id= of /referrals/view/, if it looks like an id the service makes. */
export function referralIdFrom(search: string): string | undefined {
  return safeId(new URLSearchParams(search).get("id"));
}

export const referralHref = (referralId: string) =>
  `/referrals/view/?id=${encodeURIComponent(referralId)}`;

/** A service's questions, from the list of services. */
export const questionsHref = (serviceId: string) =>
  `/self-referral/questions/?service=${encodeURIComponent(serviceId)}`;

/** The ?service= of /self-referral/questions/, if it looks like a service id. */
export function serviceIdFrom(search: string): string | undefined {
  return safeId(new URLSearchParams(search).get("service"));
}
