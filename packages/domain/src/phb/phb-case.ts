import type { FieldProblem } from "../errors.ts";
import type { LocalDate } from "../scheduling/london-time.ts";
import type { HoldingArrangement, HoldingPreference } from "./holding.ts";
import type { PlanLine } from "./spending-rules.ts";

/**
 * The stages of a personal health budget, in the order the DOMAIN brief gives them. An
 * information request and a reconsideration pause the case and return it to where it was.
 */
export const phbStages = [
  "requested",
  "information-requested",
  "eligible",
  "assessed",
  "budget-set",
  "planning",
  "plan-agreed",
  "in-place",
  "reconsideration",
  "not-eligible",
  "withdrawn",
  "ended",
] as const;
export type PhbStage = (typeof phbStages)[number];

/** No further action but a reconsideration (not eligible) or none at all (withdrawn, ended). */
export const closedStages: readonly PhbStage[] = ["not-eligible", "withdrawn", "ended"];
export const openStages: readonly PhbStage[] = phbStages.filter((s) => !closedStages.includes(s));

export const reconsiderationSubjects = [
  "refusal",
  "line-left-out",
  "reduction",
  "direct-payment-refused",
] as const;
export type ReconsiderationSubject = (typeof reconsiderationSubjects)[number];

export interface InformationRequest {
  question: string;
  askedAt: string;
  askedBy: string;
  answer?: string;
  answeredAt?: string;
}

export interface PlanVersion {
  version: number;
  lines: PlanLine[];
  /** In the person's own words, agreed together. */
  outcomes: string[];
  risks: string;
  contingency: string;
  careCoordinator: string;
  reviewDates: LocalDate[];
  annualTotalPence: number;
  createdAt: string;
  createdBy: string;
  signOff?: { by: string; at: string; limitPence: number };
  agreement?: { at: string };
  changesRequested?: { at: string; comments: string };
}

export interface PhbReview {
  reviewedOn: LocalDate;
  outcome: "continue" | "vary" | "end";
  notes: string;
  reasons?: string;
  by: string;
  at: string;
}

export interface PhbCase {
  icbId: string;
  routeId: string;
  stage: PhbStage;
  /** When the request became complete: the 28-day clock runs from here. */
  completedAt: string;
  stageEnteredAt: string;
  /** The London date the current stage is due to be done by; none once closed. */
  dueBy?: LocalDate;
  /** Where an information request or a reconsideration returns the case to. */
  resumeStage?: PhbStage;
  informationRequests: InformationRequest[];
  eligibility?:
    | { decision: "eligible"; routeId: string; decidedAt: string; by: string }
    | {
        decision: "not-eligible";
        reasons: string;
        signpost: string;
        decidedAt: string;
        by: string;
      };
  assessment?: { date: LocalDate; summary: string; recordedAt: string; by: string };
  budget?: { annualPence: number; basis: string; setAt: string; by: string; reasons?: string };
  plans: PlanVersion[];
  holdingPreference: HoldingPreference;
  holding?: HoldingArrangement;
  inPlaceOn?: LocalDate;
  nextReviewDue?: LocalDate;
  reviews: PhbReview[];
  reconsideration?: {
    subject: ReconsiderationSubject;
    reasons: string;
    requestedAt: string;
    outcome?: "changed" | "upheld";
    decisionReasons?: string;
    decidedAt?: string;
  };
  ending?: { reasons: string; noticeEnds: LocalDate; at: string };
  withdrawal?: { at: string; reason?: string; by: "patient" | "team" };
  assigneeId?: string;
}

export type PhbActor =
  | { kind: "patient"; userId: string }
  | { kind: "team"; userId: string; icbId: string; approvalLimitPence: number };

/** Why an action was refused: the HTTP glue maps each code to one status. */
export type PhbRefusal =
  /** Not possible at this stage (409). */
  | { code: "not-at-this-stage"; message: string }
  /** Not this actor's to do (403). */
  | { code: "not-yours"; message: string }
  /** The plan's total is above the signer's approval limit (403). */
  | { code: "over-approval-limit"; message: string; limitPence: number; planTotalPence: number }
  /** The input, read against the case, is wrong (422), field by field. */
  | { code: "invalid"; message: string; fields: FieldProblem[] };

export interface PhbEvent {
  action: string;
  from: PhbStage;
  to: PhbStage;
  /** Written reasons, where the action needs them. */
  reasons?: string;
  /** Shown to the patient as well as the team; assignment and such stay with the team. */
  patientFacing: boolean;
}

export function currentPlan(phb: PhbCase): PlanVersion | undefined {
  return phb.plans[phb.plans.length - 1];
}
