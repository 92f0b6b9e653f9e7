import {
  consentedChannels,
  londonToday,
  type PhbCase,
  type PhbEvent,
  type PhbStage,
  phbCountChanges,
} from "@front-door/domain";
import type { Patient, PhbCounts } from "@front-door/store";

/**
 * What a change adds to the ICB's PHB counts (see phbCountChanges): worked out from the case
 * before and after, in the change's own transaction, never read back by scanning applications.
 */
export function phbCountsFor(
  before: PhbCase | undefined,
  after: PhbCase,
  event: Pick<PhbEvent, "action">,
  now: Date,
): PhbCounts {
  return {
    localDate: londonToday(now),
    changes: phbCountChanges(before, after, event.action, now),
  };
}

/** Stages at which a change by the team is worth a message to the applicant. */
const quietActions = new Set(["assign"]);

/**
 * The applicant's message: only that there is an update and where to sign in — no amounts, no
 * health detail, not even the stage (a message can be read by someone else on the phone).
 */
export function phbMessageFor(
  event: Pick<PhbEvent, "action" | "patientFacing">,
  by: "patient" | "team",
  reference: string,
  applicant: Patient | undefined,
  messageId: string,
  to?: PhbStage,
) {
  if (!event.patientFacing || quietActions.has(event.action)) return undefined;
  if (by === "patient" && to !== "withdrawn") return undefined;
  return {
    id: messageId,
    kind: "phb-update",
    channels: applicant ? consentedChannels(applicant.profile.consent) : [],
    text: `There is an update on your personal health budget application ${reference}. Sign in to Front Door to see it: Your personal health budget.`,
  };
}
