import { type AmountProblem, amountMessages, amountProblem } from "./money.ts";
import type { LocalSpendingRule, PhbOffer } from "./offer.ts";

/**
 * What a personal health budget cannot buy (NHS England guidance and the 2013 regulations),
 * as data. A rule refuses a plan line whose description or provider contains one of its words
 * or phrases as whole words; the ICB's own rules (offer.ts) are checked the same way.
 */
export const nationalSpendingRules: readonly LocalSpendingRule[] = [
  {
    id: "alcohol",
    label: "Alcohol",
    words: ["alcohol", "alcoholic", "beer", "wine", "spirits", "lager", "cider"],
    reason: "A personal health budget cannot be spent on alcohol.",
  },
  {
    id: "tobacco",
    label: "Tobacco",
    words: ["tobacco", "cigarettes", "cigarette", "cigars"],
    reason: "A personal health budget cannot be spent on tobacco.",
  },
  {
    id: "gambling",
    label: "Gambling",
    words: ["gambling", "betting", "lottery", "casino", "bingo"],
    reason: "A personal health budget cannot be spent on gambling.",
  },
  {
    id: "debt-repayment",
    label: "Debt repayment",
    words: ["debt", "debts", "loan repayment", "repay a loan", "arrears"],
    reason: "A personal health budget cannot be used to repay debts.",
  },
  {
    id: "illegal",
    label: "Anything illegal",
    words: ["illegal", "unlicensed", "cannabis"],
    reason: "A personal health budget cannot be spent on anything illegal.",
  },
  {
    id: "emergency-care",
    label: "Emergency or unplanned care",
    words: ["emergency", "a&e", "accident and emergency", "unplanned", "ambulance"],
    reason:
      "Emergency and unplanned care is provided by the NHS as usual, not from a personal health budget.",
  },
  {
    id: "gp-services",
    label: "Services the GP already provides",
    words: ["gp", "general practice", "prescription", "prescriptions", "prescribed medicine"],
    reason:
      "Services your GP already provides, prescriptions included, stay with your GP and are not paid from the budget.",
  },
];

export const maxPlanLines = 50;

export interface PlanLine {
  /** What the money buys, in plain words. */
  what: string;
  provider: string;
  /** How often, in the plan's words ("3 hours a day, 7 days a week"). */
  frequency: string;
  unitCostPence: number;
  annualCostPence: number;
}

export interface LineProblem {
  /** The field of the line at fault (what, provider, unitCostPence, annualCostPence). */
  field: keyof PlanLine;
  code: "not-allowed" | AmountProblem | "required";
  message: string;
  ruleId?: string;
}

function containsPhrase(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^a-z0-9&])${escaped}($|[^a-z0-9&])`, "i").test(text);
}

export type LocalSpendingRuleList = readonly LocalSpendingRule[];

export function spendingRulesOf(offer: PhbOffer): LocalSpendingRule[] {
  return [...nationalSpendingRules, ...offer.spendingRules];
}

/** The first rule a line breaks, looking at what it buys and who provides it. */
export function brokenSpendingRule(
  line: Pick<PlanLine, "what" | "provider">,
  rules: readonly LocalSpendingRule[],
): LocalSpendingRule | undefined {
  const text = `${line.what} | ${line.provider}`.toLowerCase();
  return rules.find((rule) => rule.words.some((word) => containsPhrase(text, word)));
}

/** Every problem with one line as entered: empty text, bad amounts, a spending rule broken. */
export function checkPlanLine(line: PlanLine, rules: readonly LocalSpendingRule[]): LineProblem[] {
  const problems: LineProblem[] = [];
  for (const field of ["what", "provider", "frequency"] as const) {
    if (line[field].trim() === "") {
      problems.push({ field, code: "required", message: `Enter the line's ${field}` });
    }
  }
  for (const field of ["unitCostPence", "annualCostPence"] as const) {
    const problem = amountProblem(line[field]);
    if (problem) problems.push({ field, code: problem, message: amountMessages[problem] });
  }
  const rule = brokenSpendingRule(line, rules);
  if (rule) {
    problems.push({ field: "what", code: "not-allowed", message: rule.reason, ruleId: rule.id });
  }
  return problems;
}

export type PlanCheck =
  | { kind: "ok"; totalPence: number }
  | { kind: "too-many-lines"; max: number }
  | { kind: "no-lines" }
  | { kind: "line-problems"; problems: { index: number; problem: LineProblem }[] }
  | { kind: "over-budget"; totalPence: number; budgetPence: number };

/** A plan's lines against the rules and its total against the budget. */
export function checkPlanLines(
  lines: readonly PlanLine[],
  rules: readonly LocalSpendingRule[],
  budgetPence: number,
): PlanCheck {
  if (lines.length === 0) return { kind: "no-lines" };
  if (lines.length > maxPlanLines) return { kind: "too-many-lines", max: maxPlanLines };
  const problems = lines.flatMap((line, index) =>
    checkPlanLine(line, rules).map((problem) => ({ index, problem })),
  );
  if (problems.length > 0) return { kind: "line-problems", problems };
  const totalPence = planTotalPence(lines);
  if (totalPence > budgetPence) return { kind: "over-budget", totalPence, budgetPence };
  return { kind: "ok", totalPence };
}

export function planTotalPence(lines: readonly Pick<PlanLine, "annualCostPence">[]): number {
  return lines.reduce((sum, line) => sum + line.annualCostPence, 0);
}
