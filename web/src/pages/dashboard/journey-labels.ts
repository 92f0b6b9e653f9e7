import type { PhbDashboard } from "@front-door/contracts";
import { madeOnFirstUse } from "../../lib/format.ts";
import { holdingWayNames } from "./phb-return-csv.ts";

type Stage = keyof PhbDashboard["applicationsByStage"][number]["stages"];

/** Stages as the PHB team says them. */
export const phbStageNames: Record<Stage, string> = {
  requested: "Waiting for an eligibility decision",
  "information-requested": "Information asked for",
  eligible: "Eligible, waiting for assessment",
  assessed: "Assessed",
  "budget-set": "Indicative budget set",
  planning: "Care and support plan being made",
  "plan-agreed": "Plan agreed, being set up",
  "in-place": "Budget in place",
  reconsideration: "Being reconsidered",
  "not-eligible": "Not eligible",
  withdrawn: "Withdrawn",
  ended: "Ended",
};

export { holdingWayNames };

/** How a request closed, as the inbox says it. */
export const adviceOutcomeNames: Record<string, string> = {
  "advice-given": "Advice given",
  "self-care-or-pharmacy": "Self-care or pharmacy",
  prescription: "Prescription",
  "fit-note-or-letter": "Fit note or letter",
  "appointment-booked": "Appointment booked",
  "referred-or-signposted": "Referred or signposted",
  "admin-done": "Admin done",
  "no-reply-from-patient": "No reply from the patient",
};

const money = madeOnFirstUse(
  () => new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" }),
);

/** Pence as "£24,000.00". */
export function formatPence(pence: number): string {
  return money().format(pence / 100);
}

/** 0.667 → "67%"; nothing to divide by → "–". */
export function formatShare(share: number | null): string {
  return share === null ? "–" : `${Math.round(share * 100)}%`;
}

/** A percentile in days: "within 12 days", "over 90 days". */
export function describeDays(bound: { days: number } | { moreThanDays: number } | null): string {
  if (!bound) return "–";
  if ("moreThanDays" in bound) return `over ${bound.moreThanDays} days`;
  return bound.days === 0
    ? "the same day"
    : `within ${bound.days} day${bound.days === 1 ? "" : "s"}`;
}
