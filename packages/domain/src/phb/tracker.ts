import { type LocalDate, londonToday } from "../scheduling/london-time.ts";
import { currentPlan, type PhbCase, type PhbStage } from "./phb-case.ts";

export interface TrackerStep {
  label: string;
  /** The London date it happened, once it has. */
  doneOn?: LocalDate;
}

export interface PhbTracker {
  steps: TrackerStep[];
  nextStep: string;
  /** Whose move it is: the person (or whoever applied for them) or the ICB's PHB team. */
  withWhom: "you" | "team" | "nobody";
  dueBy?: LocalDate;
}

const on = (instant: string | undefined) => (instant ? londonToday(new Date(instant)) : undefined);

const nextSteps: Record<PhbStage, { text: string; withWhom: PhbTracker["withWhom"] }> = {
  requested: { text: "The PHB team decides whether you are eligible", withWhom: "team" },
  "information-requested": {
    text: "Answer the PHB team's question so they can carry on",
    withWhom: "you",
  },
  eligible: { text: "The PHB team assesses your needs with you", withWhom: "team" },
  assessed: { text: "The PHB team works out your indicative budget", withWhom: "team" },
  "budget-set": {
    text: "The PHB team writes your care and support plan with you",
    withWhom: "team",
  },
  planning: {
    text: "The plan is agreed by you and signed off by the ICB",
    withWhom: "you",
  },
  "plan-agreed": { text: "The PHB team sets up the way the money is held", withWhom: "team" },
  "in-place": { text: "Your budget is reviewed with you", withWhom: "team" },
  reconsideration: { text: "The PHB team reconsiders its decision", withWhom: "team" },
  "not-eligible": {
    text: "You can ask for the decision to be reconsidered",
    withWhom: "you",
  },
  withdrawn: { text: "Nothing: this application was withdrawn", withWhom: "nobody" },
  ended: { text: "Nothing: this budget has ended", withWhom: "nobody" },
};

/** Each step with the date it happened, what happens next, whose move it is and by when. */
export function phbTracker(phb: PhbCase): PhbTracker {
  const plan = currentPlan(phb);
  const firstPlan = phb.plans[0];
  const agreedPlan = phb.plans.find((p) => p.agreement && p.signOff);
  const steps: TrackerStep[] = [
    { label: "Application received", doneOn: on(phb.completedAt) },
    { label: "Eligibility decision", doneOn: on(phb.eligibility?.decidedAt) },
    { label: "Needs assessment", doneOn: phb.assessment?.date },
    { label: "Indicative budget", doneOn: on(phb.budget?.setAt) },
    { label: "Care and support plan", doneOn: on(firstPlan?.createdAt) },
    {
      label: "Plan agreed and signed off",
      doneOn: on(
        agreedPlan?.agreement?.at && agreedPlan.signOff?.at
          ? [agreedPlan.agreement.at, agreedPlan.signOff.at].sort()[1]
          : undefined,
      ),
    },
    { label: "Budget in place", doneOn: phb.inPlaceOn },
  ];
  let { text, withWhom } = nextSteps[phb.stage];
  if (phb.stage === "planning" && plan) {
    if (plan.agreement && !plan.signOff) {
      text = "The ICB signs off the plan you agreed";
      withWhom = "team";
    } else if (plan.changesRequested && !plan.agreement) {
      text = "The PHB team changes the plan as you asked";
      withWhom = "team";
    } else if (!plan.agreement) {
      text = "Read your care and support plan, then agree it or ask for changes";
      withWhom = "you";
    }
  }
  return {
    steps: steps.map((step) => (step.doneOn ? step : { label: step.label })),
    nextStep: text,
    withWhom,
    ...(phb.dueBy ? { dueBy: phb.dueBy } : {}),
  };
}
