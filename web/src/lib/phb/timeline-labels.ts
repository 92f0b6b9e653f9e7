/** What each recorded action means to the applicant; an action this page does not know is named as recorded. */
const labels: Record<string, string> = {
  apply: "Application sent",
  "decide-eligible": "Eligible for a personal health budget",
  "decide-not-eligible": "Not eligible",
  "request-information": "The PHB team asked a question",
  "answer-information": "You answered the PHB team's question",
  "record-assessment": "Needs assessed",
  "set-budget": "Indicative budget set",
  "save-plan": "Care and support plan written",
  "sign-off": "Plan signed off by the ICB",
  "agree-plan": "You agreed the plan",
  "ask-for-changes": "You asked for changes to the plan",
  "choose-holding": "You chose how to hold the money",
  "record-holding": "The way the money is held was arranged",
  "mark-in-place": "Budget in place",
  "record-review": "Budget reviewed",
  "ask-reconsideration": "You asked for reconsideration",
  "decide-reconsideration": "Reconsideration decided",
  withdraw: "Application withdrawn",
};

export function timelineLabel(action: string): string {
  return labels[action] ?? action.replace(/-/g, " ");
}
