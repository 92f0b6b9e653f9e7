import { currentPlan, formatPounds, type PhbStage, type PlanVersion } from "@front-door/domain";
import type {
  CarePlan,
  CarePlanActivity,
  CareTeam,
  Goal,
  Reference,
  Resource,
} from "@medplum/fhirtypes";
import { organisationByCode, personByNhsNumber } from "../identifiers.ts";
import { type PhbForFhir, phbReferenceSystem } from "./phb-fhir-input.ts";

type PlanStatus = "draft" | "active" | "completed" | "revoked";

const activityStatus: Record<PlanStatus, NonNullable<CarePlanActivity["detail"]>["status"]> = {
  draft: "not-started",
  active: "scheduled",
  completed: "completed",
  revoked: "cancelled",
};

const goalStatus: Record<PlanStatus, Goal["lifecycleStatus"]> = {
  draft: "proposed",
  active: "active",
  completed: "completed",
  revoked: "cancelled",
};

const agreed = (plan: PlanVersion) => plan.agreement !== undefined && plan.signOff !== undefined;

/**
 * The plan a CarePlan shows: the latest version both agreed by the person and signed off by the
 * ICB (a variation being drafted does not replace it until it is agreed), else the draft.
 */
export function planShown(phb: PhbForFhir["case"]): PlanVersion | undefined {
  return phb.plans.findLast(agreed) ?? currentPlan(phb);
}

function statusOf(plan: PlanVersion, stage: PhbStage): PlanStatus {
  if (stage === "withdrawn") return "revoked";
  if (!agreed(plan)) return stage === "ended" ? "revoked" : "draft";
  return stage === "ended" ? "completed" : "active";
}

function londonDateOf(instant: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date(instant));
}

/**
 * The care and support plan as a FHIR R4 CarePlan: one activity per costed line (what, who
 * provides it, how often, what it costs), the outcomes in the person's own words as Goals, the
 * named care co-ordinator in a CareTeam, the ICB as author. Undefined before any plan exists.
 */
export function carePlanOf(p: PhbForFhir): (CarePlan & { id: string }) | undefined {
  const plan = planShown(p.case);
  if (!plan) return undefined;
  const status = statusOf(plan, p.case.stage);
  const subject = personByNhsNumber("Patient", p.person);
  const icb = organisationByCode(p.icb);
  const goals: Goal[] = plan.outcomes
    .filter((outcome) => outcome.trim() !== "")
    .map((outcome, index) => ({
      resourceType: "Goal",
      id: `outcome-${index + 1}`,
      lifecycleStatus: goalStatus[status],
      description: { text: outcome },
      subject,
      // The person's own words, agreed with the team.
      expressedBy: p.actingFor ? personByNhsNumber("RelatedPerson", p.actingFor) : subject,
    }));
  const coordinator = plan.careCoordinator.trim();
  const careTeam: CareTeam | undefined = coordinator
    ? {
        resourceType: "CareTeam",
        id: "care-team",
        status: status === "active" || status === "draft" ? "active" : "inactive",
        subject,
        participant: [{ role: [{ text: "Care co-ordinator" }], member: { display: coordinator } }],
        managingOrganization: [icb],
      }
    : undefined;
  const contained: Resource[] = [...goals, ...(careTeam ? [careTeam] : [])];
  const goalReferences: Reference<Goal>[] = goals.map((goal) => ({ reference: `#${goal.id}` }));
  const agreement = plan.agreement ? londonDateOf(plan.agreement.at) : undefined;
  const start = p.case.inPlaceOn ?? agreement;
  const end = p.case.ending?.noticeEnds;
  const notes = [
    plan.risks.trim() ? `Risks: ${plan.risks.trim()}` : "",
    plan.contingency.trim() ? `Contingency: ${plan.contingency.trim()}` : "",
    plan.reviewDates.length > 0 ? `Reviews planned: ${plan.reviewDates.join(", ")}` : "",
    p.case.nextReviewDue ? `Next review due: ${p.case.nextReviewDue}` : "",
  ].filter((text) => text !== "");
  return {
    resourceType: "CarePlan",
    id: p.id,
    meta: { versionId: String(plan.version), lastUpdated: p.updatedAt },
    ...(contained.length > 0 ? { contained } : {}),
    identifier: [{ system: phbReferenceSystem, value: p.reference }],
    status,
    intent: status === "draft" ? "proposal" : "plan",
    title: "Personal health budget care and support plan",
    description: `Version ${plan.version}: ${plan.lines.length} costed ${plan.lines.length === 1 ? "line" : "lines"}, ${formatPounds(plan.annualTotalPence)} a year${p.case.budget ? ` of a ${formatPounds(p.case.budget.annualPence)} budget` : ""}.`,
    subject,
    ...(start || end ? { period: { ...(start ? { start } : {}), ...(end ? { end } : {}) } } : {}),
    created: plan.createdAt,
    author: icb,
    contributor: [subject, icb],
    ...(careTeam ? { careTeam: [{ reference: "#care-team" }] } : {}),
    ...(goalReferences.length > 0 ? { goal: goalReferences } : {}),
    activity: plan.lines.map((line) => ({
      detail: {
        code: { text: line.what },
        status: activityStatus[status],
        scheduledString: line.frequency,
        performer: [{ display: line.provider }],
        description: `${line.what}, from ${line.provider}, ${line.frequency}: ${formatPounds(line.unitCostPence)} each, ${formatPounds(line.annualCostPence)} a year.`,
        ...(goalReferences.length > 0 ? { goal: goalReferences } : {}),
      },
    })),
    ...(notes.length > 0 ? { note: notes.map((text) => ({ text })) } : {}),
  };
}
