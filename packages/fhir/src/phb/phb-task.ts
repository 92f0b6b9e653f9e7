import type { PhbStage } from "@front-door/domain";
import type { Task } from "@medplum/fhirtypes";
import { localCoding, organisationByCode, personByNhsNumber } from "../identifiers.ts";
import { planShown } from "./care-plan.ts";
import { type PhbForFhir, phbReferenceSystem, phbTaskId } from "./phb-fhir-input.ts";

/**
 * Each stage as a Task status. The team owns the application until the budget is in place
 * ("completed": what was asked for is done; reviews follow on the CarePlan); waiting for the
 * person's answer is "on-hold"; a refusal "rejected", a withdrawal "cancelled".
 */
export const phbTaskStatus: Record<PhbStage, Task["status"]> = {
  requested: "requested",
  "information-requested": "on-hold",
  eligible: "in-progress",
  assessed: "in-progress",
  "budget-set": "in-progress",
  planning: "in-progress",
  "plan-agreed": "in-progress",
  "in-place": "completed",
  reconsideration: "in-progress",
  "not-eligible": "rejected",
  withdrawn: "cancelled",
  ended: "completed",
};

const stageNames: Record<PhbStage, string> = {
  requested: "Requested",
  "information-requested": "Information requested",
  eligible: "Eligible",
  assessed: "Needs assessed",
  "budget-set": "Indicative budget set",
  planning: "Care and support plan being written",
  "plan-agreed": "Plan agreed and signed off",
  "in-place": "Budget in place",
  reconsideration: "Decision being reconsidered",
  "not-eligible": "Not eligible",
  withdrawn: "Withdrawn",
  ended: "Ended",
};

const finished: readonly Task["status"][] = ["completed", "rejected", "cancelled"];

function statusReason(p: PhbForFhir): string | undefined {
  if (p.case.stage === "not-eligible" && p.case.eligibility?.decision === "not-eligible") {
    return p.case.eligibility.reasons;
  }
  if (p.case.stage === "withdrawn") return p.case.withdrawal?.reason;
  if (p.case.stage === "ended") return p.case.ending?.reasons;
  return undefined;
}

/**
 * The application's progress as a FHIR R4 Task: status from the stage, the stage itself as the
 * business status (with what happens next), the ICB's PHB team as owner, the stage's due date
 * as the restriction's period end, and the care and support plan as its focus and, once
 * agreed, its output.
 */
export function phbTaskOf(p: PhbForFhir): Task & { id: string } {
  const status = phbTaskStatus[p.case.stage];
  const person = personByNhsNumber("Patient", p.person);
  const plan = planShown(p.case);
  const planReference = { reference: `CarePlan/${p.id}` };
  const agreedPlan = plan?.agreement && plan.signOff;
  const reason = statusReason(p)?.trim();
  const closed = finished.includes(status);
  return {
    resourceType: "Task",
    id: phbTaskId(p.id),
    meta: { versionId: String(p.version), lastUpdated: p.updatedAt },
    identifier: [{ system: phbReferenceSystem, value: p.reference }],
    status,
    ...(reason ? { statusReason: { text: reason } } : {}),
    businessStatus: {
      coding: [localCoding("phb-stage", p.case.stage, stageNames[p.case.stage])],
      text: p.nextStep,
    },
    intent: "order",
    priority: "routine",
    code: {
      coding: [
        localCoding(
          "task-type",
          "personal-health-budget-application",
          "Personal health budget application",
        ),
      ],
      text: "Personal health budget application",
    },
    ...(plan ? { focus: planReference } : {}),
    for: person,
    executionPeriod: {
      start: p.case.completedAt,
      ...(closed ? { end: p.case.stageEnteredAt } : {}),
    },
    authoredOn: p.createdAt,
    lastModified: p.updatedAt,
    requester: p.actingFor ? personByNhsNumber("RelatedPerson", p.actingFor) : person,
    owner: {
      ...organisationByCode(p.icb),
      display: `Personal health budgets team, ${p.icb.name}`,
    },
    // The date the current stage is due: the 28-day eligibility clock, the ICB's own targets.
    ...(p.case.dueBy && !closed ? { restriction: { period: { end: p.case.dueBy } } } : {}),
    ...(agreedPlan
      ? {
          output: [
            { type: { text: "Agreed care and support plan" }, valueReference: planReference },
          ],
        }
      : {}),
  };
}
