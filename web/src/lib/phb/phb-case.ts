import type { PhbApplicationView } from "@front-door/contracts";
import {
  actionStages,
  closedStages,
  type PhbStage,
  type ReconsiderationSubject,
} from "@front-door/domain";
import * as z from "zod/mini";
import { pounds } from "./phb-labels.ts";

/**
 * The application's `case` as its applicant sees it. The contract leaves it open (the team sees
 * more), so the page reads only what it shows, checked here: a field it cannot read is left out
 * rather than shown wrong.
 */
const PlanLine = z.object({
  what: z.string(),
  provider: z.string(),
  frequency: z.string(),
  unitCostPence: z.number(),
  annualCostPence: z.number(),
});
const Plan = z.object({
  version: z.number(),
  lines: z.array(PlanLine),
  outcomes: z.array(z.string()),
  risks: z.string(),
  contingency: z.string(),
  careCoordinator: z.string(),
  reviewDates: z.array(z.string()),
  annualTotalPence: z.number(),
  signOff: z.optional(z.object({ at: z.string() })),
  agreement: z.optional(z.object({ at: z.string() })),
  changesRequested: z.optional(z.object({ at: z.string(), comments: z.string() })),
});
export type PatientPlan = z.infer<typeof Plan>;

const Part = z.object({
  way: z.enum(["notional", "third-party", "direct-payment"]),
  annualPence: z.number(),
  organisation: z.optional(z.string()),
});
const Holding = z.object({
  way: z.enum(["notional", "third-party", "direct-payment", "mix"]),
  organisation: z.optional(z.string()),
  agreementAccepted: z.optional(z.boolean()),
  accountSetUp: z.optional(z.boolean()),
  parts: z.optional(z.array(Part)),
});
export type PatientHolding = z.infer<typeof Holding>;

export const PatientCase = z.object({
  informationRequests: z.array(
    z.object({
      question: z.string(),
      askedAt: z.string(),
      answer: z.optional(z.string()),
      answeredAt: z.optional(z.string()),
    }),
  ),
  eligibility: z.optional(
    z.object({
      decision: z.enum(["eligible", "not-eligible"]),
      decidedAt: z.string(),
      reasons: z.optional(z.string()),
      signpost: z.optional(z.string()),
    }),
  ),
  assessment: z.optional(z.object({ date: z.string(), summary: z.string() })),
  budget: z.optional(
    z.object({
      annualPence: z.number(),
      basis: z.string(),
      setAt: z.string(),
      reasons: z.optional(z.string()),
    }),
  ),
  plans: z.array(Plan),
  holdingPreference: z.string(),
  holding: z.optional(Holding),
  inPlaceOn: z.optional(z.string()),
  nextReviewDue: z.optional(z.string()),
  reconsideration: z.optional(
    z.object({
      subject: z.string(),
      reasons: z.string(),
      requestedAt: z.string(),
      outcome: z.optional(z.enum(["changed", "upheld"])),
      decisionReasons: z.optional(z.string()),
      decidedAt: z.optional(z.string()),
    }),
  ),
  ending: z.optional(z.object({ reasons: z.string(), noticeEnds: z.string() })),
  withdrawal: z.optional(z.object({ at: z.string(), reason: z.optional(z.string()) })),
});
export type PatientCase = z.infer<typeof PatientCase>;

/** The case, or undefined when it does not read as one (the page then says so). */
export function patientCaseOf(view: PhbApplicationView): PatientCase | undefined {
  const parsed = PatientCase.safeParse(view.case);
  return parsed.success ? parsed.data : undefined;
}

export const currentPlan = (phb: PatientCase): PatientPlan | undefined => phb.plans.at(-1);

/** The arrangement in words; a mix lists its parts and shows that they add up. */
export function holdingLines(holding: PatientHolding): string[] {
  const named: Record<PatientHolding["way"], string> = {
    notional: "Notional budget: the ICB holds the money",
    "third-party": "Third-party budget",
    "direct-payment": "Direct payment to you",
    mix: "A mix",
  };
  const partLine = (part: z.infer<typeof Part>) =>
    `${named[part.way]}${part.organisation ? ` (${part.organisation})` : ""}: ${pounds(part.annualPence)} a year`;
  if (holding.way === "third-party")
    return [`Third-party budget held by ${holding.organisation ?? "an organisation"}`];
  if (holding.way !== "mix") return [named[holding.way]];
  const parts = holding.parts ?? [];
  const total = parts.reduce((sum, part) => sum + part.annualPence, 0);
  return [...parts.map(partLine), `Together: ${pounds(total)} a year`];
}

/** Things the applicant can do now; the server still decides. */
export type PatientActionKind =
  | "answer-information"
  | "agree-plan"
  | "ask-for-changes"
  | "choose-holding"
  | "ask-reconsideration"
  | "withdraw";

export function patientActions(stage: PhbStage, phb: PatientCase): PatientActionKind[] {
  const at = (type: PatientActionKind) => actionStages[type].includes(stage);
  const plan = currentPlan(phb);
  const actions: PatientActionKind[] = [];
  if (at("answer-information")) actions.push("answer-information");
  if (at("agree-plan") && plan && !plan.agreement) actions.push("agree-plan", "ask-for-changes");
  if (at("choose-holding") && !phb.holding) actions.push("choose-holding");
  if (at("ask-reconsideration") && reconsiderationSubjectsAt(stage).length)
    actions.push("ask-reconsideration");
  if (!closedStages.includes(stage) && at("withdraw")) actions.push("withdraw");
  return actions;
}

/** A refusal can be reconsidered once refused; the rest once there is a plan or a budget. */
export function reconsiderationSubjectsAt(stage: PhbStage): ReconsiderationSubject[] {
  if (stage === "not-eligible") return ["refusal"];
  if (stage === "planning" || stage === "plan-agreed" || stage === "in-place")
    return ["line-left-out", "reduction", "direct-payment-refused"];
  return [];
}
