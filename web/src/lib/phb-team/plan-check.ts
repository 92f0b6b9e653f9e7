import {
  checkPlanLine,
  findPhbOffer,
  formatPounds,
  type LocalSpendingRule,
  type PlanLine,
  planTotalPence,
  signOffCheck,
  spendingRulesOf,
} from "@front-door/domain";
import { readPounds } from "./money.ts";

/**
 * The care and support plan's lines, checked as they are typed with the same pure rules the API
 * runs (the national list plus the ICB's own), so a refused line says why before anything is
 * sent. The API checks again when the plan is saved: its answer is the one that counts.
 */
export interface TypedLine {
  what: string;
  provider: string;
  frequency: string;
  unitCost: string;
  annualCost: string;
}

export type TypedLineField = keyof TypedLine;

export interface LineMessage {
  field: TypedLineField;
  message: string;
  /** A spending rule refused the line: the reason is the message. */
  refused: boolean;
}

export function spendingRulesFor(icbId: string): LocalSpendingRule[] {
  const offer = findPhbOffer(icbId);
  return offer ? spendingRulesOf(offer) : [];
}

const penceFields = { unitCostPence: "unitCost", annualCostPence: "annualCost" } as const;

/** A typed line as the API takes it, or the messages to show on its fields. */
export function checkTypedLine(
  typed: TypedLine,
  rules: readonly LocalSpendingRule[],
): { line?: PlanLine; messages: LineMessage[] } {
  const unit = readPounds(typed.unitCost, "unit cost");
  const annual = readPounds(typed.annualCost, "annual cost");
  const messages: LineMessage[] = [];
  if (!unit.ok) messages.push({ field: "unitCost", message: unit.message, refused: false });
  if (!annual.ok) messages.push({ field: "annualCost", message: annual.message, refused: false });
  const line: PlanLine = {
    what: typed.what.trim(),
    provider: typed.provider.trim(),
    frequency: typed.frequency.trim(),
    unitCostPence: unit.ok ? unit.pence : 1,
    annualCostPence: annual.ok ? annual.pence : 1,
  };
  for (const problem of checkPlanLine(line, rules)) {
    const field =
      problem.field === "unitCostPence" || problem.field === "annualCostPence"
        ? penceFields[problem.field]
        : problem.field;
    if (messages.some((m) => m.field === field)) continue;
    messages.push({ field, message: problem.message, refused: problem.code === "not-allowed" });
  }
  return messages.length ? { messages } : { line, messages };
}

export interface PlanTotal {
  totalPence: number;
  overBudget: boolean;
  /** "£21,000.00 a year of the £25,000.00 budget: £4,000.00 left". */
  text: string;
}

export function planTotal(lines: readonly PlanLine[], budgetPence: number): PlanTotal {
  const totalPence = planTotalPence(lines);
  const overBudget = totalPence > budgetPence;
  const difference = Math.abs(budgetPence - totalPence);
  const text = `${formatPounds(totalPence)} a year of the ${formatPounds(budgetPence)} budget: ${
    overBudget ? `${formatPounds(difference)} over` : `${formatPounds(difference)} left`
  }`;
  return { totalPence, overBudget, text };
}

/** The approval limit on the member's token: digits of whole pence, as Cognito keeps it. */
export function approvalLimitOf(claim: unknown): number | undefined {
  if (typeof claim === "number" && Number.isSafeInteger(claim) && claim >= 0) return claim;
  return typeof claim === "string" && /^\d{1,12}$/.test(claim) ? Number(claim) : undefined;
}

/** Whether the signed-in member may sign the plan off, or a decision-maker must. */
export function signOffFor(
  limitPence: number | undefined,
  icbId: string,
  planTotalPence: number,
): { kind: "may-sign-off" } | { kind: "needs-decision-maker"; limitText: string } {
  if (limitPence === undefined) return { kind: "needs-decision-maker", limitText: "not known" };
  const check = signOffCheck(
    { icbId, approvalLimitPence: limitPence },
    {
      icbId,
      annualTotalPence: planTotalPence,
    },
  );
  return check.kind === "may-sign-off"
    ? check
    : { kind: "needs-decision-maker", limitText: formatPounds(limitPence) };
}
