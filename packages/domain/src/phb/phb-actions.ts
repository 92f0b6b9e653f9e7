import type { LocalDate } from "../scheduling/london-time.ts";
import type { HoldingArrangement, HoldingPreference } from "./holding.ts";
import { openStages, type PhbStage, type ReconsiderationSubject } from "./phb-case.ts";
import type { PlanLine } from "./spending-rules.ts";

export interface PlanDraft {
  lines: PlanLine[];
  outcomes: string[];
  risks: string;
  contingency: string;
  careCoordinator: string;
  reviewDates: LocalDate[];
}

/** Everything anyone can do to a case. Who may do each is in `actionActors`. */
export type PhbAction =
  | { type: "decide-eligible" }
  | { type: "decide-not-eligible"; reasons: string; signpost: string }
  | { type: "request-information"; question: string }
  | { type: "answer-information"; answer: string }
  | { type: "record-assessment"; date: LocalDate; summary: string }
  | { type: "set-budget"; annualPence: number; basis: string; reasons?: string }
  | { type: "save-plan"; plan: PlanDraft }
  | { type: "sign-off"; version: number }
  | { type: "agree-plan"; version: number }
  | { type: "ask-for-changes"; version: number; comments: string }
  | { type: "choose-holding"; preference: HoldingPreference }
  | { type: "record-holding"; arrangement: HoldingArrangement; reasons?: string }
  | { type: "mark-in-place"; inPlaceOn: LocalDate }
  | {
      type: "record-review";
      reviewedOn: LocalDate;
      outcome: "continue" | "vary" | "end";
      notes: string;
      nextReviewDue?: LocalDate;
      plan?: PlanDraft;
      reasons?: string;
      noticeEnds?: LocalDate;
    }
  | { type: "ask-reconsideration"; subject: ReconsiderationSubject; reasons: string }
  | { type: "decide-reconsideration"; outcome: "changed" | "upheld"; reasons: string }
  | { type: "withdraw"; reason?: string }
  | { type: "assign"; assigneeId: string };

export type PhbActionType = PhbAction["type"];

const withdrawable = openStages;

/** The stages each action may be taken at. Anything else is refused (tested cell by cell). */
export const actionStages: Record<PhbActionType, readonly PhbStage[]> = {
  "decide-eligible": ["requested"],
  "decide-not-eligible": ["requested"],
  "request-information": ["requested", "eligible", "assessed"],
  "answer-information": ["information-requested"],
  "record-assessment": ["eligible"],
  "set-budget": ["assessed", "budget-set", "planning"],
  "save-plan": ["budget-set", "planning"],
  "sign-off": ["planning"],
  "agree-plan": ["planning"],
  "ask-for-changes": ["planning"],
  "choose-holding": [
    "requested",
    "information-requested",
    "eligible",
    "assessed",
    "budget-set",
    "planning",
    "plan-agreed",
  ],
  "record-holding": ["plan-agreed"],
  "mark-in-place": ["plan-agreed"],
  "record-review": ["in-place"],
  "ask-reconsideration": ["not-eligible", "planning", "plan-agreed", "in-place"],
  "decide-reconsideration": ["reconsideration"],
  withdraw: withdrawable,
  assign: withdrawable,
};

/** Who may take each action: the person (or whoever applied for them), the ICB's team, or both. */
export const actionActors: Record<PhbActionType, readonly ("patient" | "team")[]> = {
  "decide-eligible": ["team"],
  "decide-not-eligible": ["team"],
  "request-information": ["team"],
  "answer-information": ["patient"],
  "record-assessment": ["team"],
  "set-budget": ["team"],
  "save-plan": ["team"],
  "sign-off": ["team"],
  "agree-plan": ["patient"],
  "ask-for-changes": ["patient"],
  "choose-holding": ["patient"],
  "record-holding": ["team"],
  "mark-in-place": ["team"],
  "record-review": ["team"],
  "ask-reconsideration": ["patient"],
  "decide-reconsideration": ["team"],
  withdraw: ["patient", "team"],
  assign: ["team"],
};

export const phbActionTypes = Object.keys(actionStages) as PhbActionType[];
