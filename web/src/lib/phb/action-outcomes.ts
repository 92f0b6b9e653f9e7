import type { PatientActionKind } from "./phb-case.ts";

/** What the success banner says once an action went through. */
export const actionDone: Record<PatientActionKind, string> = {
  "answer-information": "Your answer was sent to the PHB team",
  "agree-plan": "You agreed your care and support plan",
  "ask-for-changes": "Your changes were sent to the PHB team",
  "choose-holding": "Your choice of how to hold the money was saved",
  "ask-reconsideration": "Your request for reconsideration was sent",
  withdraw: "Your application was withdrawn",
};
