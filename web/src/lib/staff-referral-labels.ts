import {
  ageOn,
  type ReferralActorRole,
  type ReferralEventType,
  type ReferralPriority,
  type ReferralStage,
  type RejectionReasonCode,
} from "@front-door/domain";
import { formatClockTime, formatDate, londonDateTimeParts } from "./format.ts";
import type { TagLabel } from "./staff-labels.ts";

/**
 * Words for the staff referral pages: the API's stage and event codes stay codes, staff read
 * these. Pure, so unit tested; both referral pages share them so the queue and a referral agree.
 */

export const referralStageTags: Record<ReferralStage, TagLabel> = {
  draft: { text: "Not sent", colour: "white" },
  submitted: { text: "Waiting for triage", colour: "blue" },
  "awaiting-information": { text: "Waiting for information", colour: "yellow" },
  accepted: { text: "Accepted", colour: "green" },
  booked: { text: "Booked", colour: "purple" },
  rejected: { text: "Rejected", colour: "orange" },
  withdrawn: { text: "Withdrawn", colour: "grey" },
  completed: { text: "Completed", colour: "white" },
  "entered-in-error": { text: "Entered in error", colour: "grey" },
};

/** Urgent stands out in red; routine is quiet; no priority means nobody has triaged it yet. */
export const referralPriorityTags: Record<ReferralPriority, TagLabel> = {
  urgent: { text: "Urgent", colour: "red" },
  routine: { text: "Routine", colour: "white" },
};

export const rejectionReasonLabels: Record<RejectionReasonCode, string> = {
  "needs-gp-assessment": "Needs a GP assessment first",
  "another-service-better": "Another service would suit the patient better",
  "outside-catchment": "Outside the area this service covers",
  "duplicate-referral": "Duplicate of another referral",
  "not-suitable": "Not suitable for this service",
};

/** Timeline entries as staff read them (the API's titles are written to the patient). */
export const referralEventWords: Record<ReferralEventType, string> = {
  submitted: "Referral sent",
  accepted: "Accepted",
  "accepted-and-booked": "Accepted and booked",
  booked: "Appointment booked",
  "booking-cancelled": "Appointment cancelled",
  "information-requested": "More information asked for",
  "information-provided": "Information given",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
  completed: "Completed",
  "entered-in-error": "Marked as entered in error",
};

const actorWords: Record<ReferralActorRole, string> = {
  patient: "The patient",
  receptionist: "Receptionist",
  clinician: "Clinician",
};

/**
 * Who made a timeline entry: "Receptionist (you)", "Clinician", "Receptionist, for the patient".
 * The API gives a role and a user id, not a name: the id only tells us whether it was "you".
 */
export function referralActorText(
  entry: { by: ReferralActorRole; actorId: string; onBehalfOfPatient: boolean },
  myUserId: string | undefined,
): string {
  const you = myUserId !== undefined && entry.actorId === myUserId ? " (you)" : "";
  const forPatient = entry.onBehalfOfPatient ? ", for the patient" : "";
  return `${actorWords[entry.by]}${you}${forPatient}`;
}

/** An instant as a London calendar date and clock time: "2026-07-01" and "08:04". */
function londonDateAndTime(instant: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    londonDateTimeParts()
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}

/** "1 July 2026 at 8:04am" in London time, whatever the browser's own time zone. */
export function londonDateTime(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const { date, time } = londonDateAndTime(instant);
  return `${formatDate(date)} at ${formatClockTime(time)}`;
}

/** "1 July 2026" in London time: the queue's submitted column, where the time is noise. */
export function londonDay(iso: string): string {
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? iso : formatDate(londonDateAndTime(instant).date);
}

/** "12 April 1986 (40 years old)": staff check both on the phone. "Not known" without one. */
export function dateOfBirthText(dateOfBirth: string, today: string): string {
  if (!dateOfBirth) return "Not known";
  try {
    const age = ageOn(dateOfBirth, today);
    return `${formatDate(dateOfBirth)} (${age} ${age === 1 ? "year" : "years"} old)`;
  } catch {
    return formatDate(dateOfBirth);
  }
}
