import type { HoldingWay, PhbActionType, PhbStage } from "@front-door/domain";
import type { TagLabel } from "../staff-labels.ts";

/** Words and tag colours for the PHB team's pages: stage codes stay in the API. */
export const phbStageTags: Record<PhbStage, TagLabel> = {
  requested: { text: "Eligibility to decide", colour: "blue" },
  "information-requested": { text: "Waiting for information", colour: "yellow" },
  eligible: { text: "Needs assessment", colour: "blue" },
  assessed: { text: "Budget to set", colour: "blue" },
  "budget-set": { text: "Plan to build", colour: "blue" },
  planning: { text: "Plan in progress", colour: "purple" },
  "plan-agreed": { text: "Plan agreed: money to set up", colour: "purple" },
  "in-place": { text: "Budget in place", colour: "green" },
  reconsideration: { text: "Reconsideration asked for", colour: "orange" },
  "not-eligible": { text: "Not eligible", colour: "grey" },
  withdrawn: { text: "Withdrawn", colour: "grey" },
  ended: { text: "Ended", colour: "grey" },
};

/** What each audited action did, as the timeline says it. */
export const phbActionWords: Record<PhbActionType, string> = {
  "decide-eligible": "Decided eligible",
  "decide-not-eligible": "Decided not eligible",
  "request-information": "Asked for more information",
  "answer-information": "Information given",
  "record-assessment": "Needs assessment recorded",
  "set-budget": "Indicative budget set",
  "save-plan": "Plan version saved",
  "sign-off": "Plan signed off",
  "agree-plan": "Plan agreed by the person",
  "ask-for-changes": "Changes to the plan asked for",
  "choose-holding": "Preferred way to hold the money chosen",
  "record-holding": "Way of holding the money recorded",
  "mark-in-place": "Budget in place",
  "record-review": "Review recorded",
  "ask-reconsideration": "Reconsideration asked for",
  "decide-reconsideration": "Reconsideration decided",
  withdraw: "Withdrawn",
  assign: "Assigned",
};

/** The timeline's words for an event: the application itself is "apply", not a team action. */
export function actionWords(action: string): string {
  if (action === "apply") return "Applied";
  return (phbActionWords as Record<string, string>)[action] ?? action;
}

/**
 * What comes next at each stage, in the team's words, for lists that have no application's
 * tracker (the team's view of one application carries its own next step in these words).
 */
export const nextForTeam: Record<PhbStage, string> = {
  requested: "Decide eligibility, or ask for more information",
  "information-requested": "Waiting for the person's answer",
  eligible: "Record the needs assessment",
  assessed: "Set the indicative budget and its basis",
  "budget-set": "Build the care and support plan",
  planning: "The plan signed off by the ICB and agreed by the person",
  "plan-agreed": "Record how the money is held, then mark the budget in place",
  "in-place": "Review it by the date due",
  reconsideration: "Decide the reconsideration, with written reasons",
  "not-eligible": "Nothing, unless the person asks for reconsideration",
  withdrawn: "Nothing: the application was withdrawn",
  ended: "Nothing: the budget has ended",
};

export const holdingWayLabels: Record<HoldingWay | "not-sure", string> = {
  notional: "Notional budget (the ICB arranges the care)",
  "third-party": "Third party (an organisation holds the money)",
  "direct-payment": "Direct payment (the person holds the money)",
  mix: "A mix of these",
  "not-sure": "Not sure yet",
};

/** Who did it: "Case manager user-phb-… (you)" would be noise; the id tells only whether it was you. */
export function actorText(
  entry: { by: "patient" | "team"; actorId?: string | undefined },
  myUserId: string | undefined,
): string {
  if (entry.by === "patient") return "The applicant";
  const you = myUserId !== undefined && entry.actorId === myUserId;
  return you ? "You" : `PHB team (${entry.actorId ?? "unknown"})`;
}

/** Who has it: "You", "Nobody yet", or a colleague's user id. */
export function assigneeText(assigneeId: string | undefined, myUserId: string | undefined): string {
  if (!assigneeId) return "Nobody yet";
  return assigneeId === myUserId ? "You" : assigneeId;
}
