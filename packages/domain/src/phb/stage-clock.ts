import { addDays, type LocalDate, londonToday } from "../scheduling/london-time.ts";
import { eligibilityDueBy } from "./clocks.ts";
import type { StageTargets } from "./offer.ts";
import type { PhbCase, PhbStage } from "./phb-case.ts";

/** Which of the ICB's targets times each stage; eligibility runs on the 28-day rule. */
const stageTarget: Partial<Record<PhbStage, keyof StageTargets>> = {
  "information-requested": "informationRequest",
  eligible: "needsAssessment",
  assessed: "indicativeBudget",
  "budget-set": "carePlan",
  planning: "signOffAndAgreement",
  "plan-agreed": "setUp",
  reconsideration: "reconsideration",
};

/** The London date a stage entered at `at` is due to be done by; none for a closed case. */
export function stageDueBy(
  stage: PhbStage,
  at: Date,
  phb: Pick<PhbCase, "completedAt" | "nextReviewDue">,
  targets: StageTargets,
): LocalDate | undefined {
  if (stage === "requested") return eligibilityDueBy(new Date(phb.completedAt));
  if (stage === "in-place") return phb.nextReviewDue;
  const target = stageTarget[stage];
  return target ? addDays(londonToday(at), targets[target]) : undefined;
}
