import type { PhbOfferResponse } from "@front-door/contracts";

/**
 * What happens after applying, with honest timescales: the 28 days for the eligibility decision
 * (national guidance) and the ICB's own targets for the rest, from its offer.
 */
export function offerSteps(offer: Pick<PhbOfferResponse, "timescales" | "icbName">): string[] {
  const { eligibilityDecisionDays, stageTargets } = offer.timescales;
  const days = (key: string, what: string) => {
    const target = stageTargets[key];
    return target ? `${what}: the ICB aims to do this within ${target} days.` : `${what}.`;
  };
  return [
    `The ICB decides whether you are eligible: within ${eligibilityDecisionDays} days of your application.`,
    days("needsAssessment", "Someone assesses your needs with you"),
    days(
      "indicativeBudget",
      "You are told your indicative budget, and how it was worked out, before planning starts",
    ),
    days("carePlan", "You write your care and support plan together"),
    days("signOffAndAgreement", "You agree the plan and the ICB signs it off"),
    days("setUp", "The money is set up the way you chose, and your budget starts"),
    "Your budget is reviewed with you within 3 months, then at least once a year.",
  ];
}
