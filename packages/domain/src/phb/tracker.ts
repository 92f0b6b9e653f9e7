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

/** A next step in the applicant's words and in the PHB team's, and whose move it is. */
interface NextStep {
  text: string;
  team: string;
  withWhom: PhbTracker["withWhom"];
}

const nextSteps: Record<PhbStage, NextStep> = {
  requested: {
    text: "The PHB team decides whether you are eligible",
    team: "Decide whether the person is eligible, or ask for more information",
    withWhom: "team",
  },
  "information-requested": {
    text: "Answer the PHB team's question so they can carry on",
    team: "Waiting for the person to answer the team's question",
    withWhom: "you",
  },
  eligible: {
    text: "The PHB team assesses your needs with you",
    team: "Assess the person's needs with them",
    withWhom: "team",
  },
  assessed: {
    text: "The PHB team works out your indicative budget",
    team: "Set the indicative budget and its basis",
    withWhom: "team",
  },
  "budget-set": {
    text: "The PHB team writes your care and support plan with you",
    team: "Write the care and support plan with the person",
    withWhom: "team",
  },
  planning: {
    text: "The plan is agreed by you and signed off by the ICB",
    team: "The plan is agreed by the person and signed off by the ICB",
    withWhom: "you",
  },
  "plan-agreed": {
    text: "The PHB team sets up the way the money is held",
    team: "Record how the money is held, then mark the budget in place",
    withWhom: "team",
  },
  "in-place": {
    text: "Your budget is reviewed with you",
    team: "Review the budget with the person by the date due",
    withWhom: "team",
  },
  reconsideration: {
    text: "The PHB team reconsiders its decision",
    team: "Decide the reconsideration, with written reasons",
    withWhom: "team",
  },
  "not-eligible": {
    text: "You can ask for the decision to be reconsidered",
    team: "Nothing, unless the person asks for the decision to be reconsidered",
    withWhom: "you",
  },
  withdrawn: {
    text: "Nothing: this application was withdrawn",
    team: "Nothing: the application was withdrawn",
    withWhom: "nobody",
  },
  ended: {
    text: "Nothing: this budget has ended",
    team: "Nothing: the budget has ended",
    withWhom: "nobody",
  },
};

/** The plan's own next step while it is being agreed and signed off. */
function planningStep(phb: PhbCase): NextStep | undefined {
  const plan = currentPlan(phb);
  if (phb.stage !== "planning" || !plan) return undefined;
  if (plan.agreement && !plan.signOff) {
    return {
      text: "The ICB signs off the plan you agreed",
      team: "Sign off the plan the person agreed (within your approval limit)",
      withWhom: "team",
    };
  }
  if (plan.changesRequested && !plan.agreement) {
    return {
      text: "The PHB team changes the plan as you asked",
      team: "Change the plan as the person asked",
      withWhom: "team",
    };
  }
  if (!plan.agreement) {
    return {
      text: "Read your care and support plan, then agree it or ask for changes",
      team: "Waiting for the person to read the plan, then agree it or ask for changes",
      withWhom: "you",
    };
  }
  return undefined;
}

/**
 * Each step with the date it happened, what happens next, whose move it is and by when. The
 * next step is in the applicant's words ("Read your care and support plan"), or with
 * `audience: "team"` in the PHB team's ("Waiting for the person to read the plan"); `withWhom`
 * is the same either way ("you" is the person).
 */
export function phbTracker(phb: PhbCase, audience: "applicant" | "team" = "applicant"): PhbTracker {
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
  const next = planningStep(phb) ?? nextSteps[phb.stage];
  return {
    steps: steps.map((step) => (step.doneOn ? step : { label: step.label })),
    nextStep: audience === "team" ? next.team : next.text,
    withWhom: next.withWhom,
    ...(phb.dueBy ? { dueBy: phb.dueBy } : {}),
  };
}
