import { findPhbOffer, type PhbOffer } from "./offer.ts";
import type { PhbAction, PhbActionType, PlanDraft } from "./phb-actions.ts";
import type { PhbActor } from "./phb-case.ts";
import type { PhbContext } from "./phb-transitions.ts";

/** Shared by the PHB unit tests: West Yorkshire's offer, its team and a patient. */
export const westYorkshire = findPhbOffer("icb-west-yorkshire") as PhbOffer;
export const caseManager: Extract<PhbActor, { kind: "team" }> = {
  kind: "team",
  userId: "cm-1",
  icbId: "icb-west-yorkshire",
  approvalLimitPence: 10_000_000,
};
export const decisionMaker: Extract<PhbActor, { kind: "team" }> = {
  ...caseManager,
  userId: "dm-1",
  approvalLimitPence: 50_000_000,
};
export const patient: PhbActor = { kind: "patient", userId: "patient-1" };

export function ctxAt(actor: PhbActor, iso = "2026-06-01T10:00:00Z"): PhbContext {
  return { actor, now: new Date(iso), offer: westYorkshire };
}

export const planDraft = (annualCostPence = 5_200_000): PlanDraft => ({
  lines: [
    {
      what: "Personal assistant for personal care",
      provider: "Employed personal assistant",
      frequency: "2 hours a day, every day",
      unitCostPence: 1_400,
      annualCostPence,
    },
  ],
  outcomes: ["Get up and dressed at a time I choose"],
  risks: "Personal assistant off sick",
  contingency: "Agency cover arranged through the third party",
  careCoordinator: "Jo Bell, West Yorkshire PHB team",
  reviewDates: [],
});

/** One well-formed example of each action, for the stage-by-stage table. */
export const sampleActions: Record<PhbActionType, PhbAction> = {
  "decide-eligible": { type: "decide-eligible" },
  "decide-not-eligible": { type: "decide-not-eligible", reasons: "r", signpost: "s" },
  "request-information": { type: "request-information", question: "q" },
  "answer-information": { type: "answer-information", answer: "a" },
  "record-assessment": { type: "record-assessment", date: "2026-05-01", summary: "s" },
  "set-budget": { type: "set-budget", annualPence: 6_000_000, basis: "b" },
  "save-plan": { type: "save-plan", plan: planDraft() },
  "sign-off": { type: "sign-off", version: 1 },
  "agree-plan": { type: "agree-plan", version: 1 },
  "ask-for-changes": { type: "ask-for-changes", version: 1, comments: "c" },
  "choose-holding": { type: "choose-holding", preference: "direct-payment" },
  "record-holding": { type: "record-holding", arrangement: { way: "notional" } },
  "mark-in-place": { type: "mark-in-place", inPlaceOn: "2026-05-01" },
  "record-review": {
    type: "record-review",
    reviewedOn: "2026-05-01",
    outcome: "continue",
    notes: "n",
  },
  "ask-reconsideration": { type: "ask-reconsideration", subject: "refusal", reasons: "r" },
  "decide-reconsideration": { type: "decide-reconsideration", outcome: "upheld", reasons: "r" },
  withdraw: { type: "withdraw" },
  assign: { type: "assign", assigneeId: "cm-2" },
};
