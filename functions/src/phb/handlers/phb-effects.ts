import {
  consentedChannels,
  londonToday,
  type PhbCase,
  type PhbEvent,
  type PhbStage,
} from "@front-door/domain";
import type { Patient, PhbCounts } from "@front-door/store";

/**
 * What a change adds to the ICB's PHB counts: how many are at each stage (one out, one in),
 * eligibility decisions and how many within the 28 days, budgets going into place by way of
 * holding the money and their annual value. Never read back by scanning applications.
 */
export function phbCountsFor(
  before: PhbCase | undefined,
  after: PhbCase,
  event: Pick<PhbEvent, "action">,
  now: Date,
): PhbCounts {
  const deltas: Record<string, number> = {};
  const bump = (name: string, by: number) => {
    deltas[name] = (deltas[name] ?? 0) + by;
  };
  if (!before) bump("applications", 1);
  if (before?.stage !== after.stage) {
    if (before) bump(`stage:${before.stage}`, -1);
    bump(`stage:${after.stage}`, 1);
  }
  if (event.action === "decide-eligible" || event.action === "decide-not-eligible") {
    bump("eligibilityDecisions", 1);
    if (before?.dueBy && londonToday(now) <= before.dueBy) bump("eligibilityWithin28Days", 1);
  }
  if (event.action === "mark-in-place" && before && !before.inPlaceOn && after.holding) {
    bump(`inPlace:${after.holding.way}`, 1);
    bump("inPlaceAnnualPence", after.budget?.annualPence ?? 0);
  }
  return { localDate: londonToday(now), deltas };
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
