import type { FieldProblem } from "../errors.ts";
import { isLocalDate } from "../scheduling/london-time.ts";
import type { PlanDraft } from "./phb-actions.ts";
import type { PlanVersion } from "./phb-case.ts";
import { checkPlanLines, type LocalSpendingRuleList, maxPlanLines } from "./spending-rules.ts";

export const maxPlanOutcomes = 10;

/**
 * A plan as the team entered it, checked against the spending rules and the budget: field
 * problems under `prefix` (e.g. "plan.lines.2.what"), or the version to keep.
 */
export function checkPlanDraft(
  draft: PlanDraft,
  rules: LocalSpendingRuleList,
  budgetPence: number,
  prefix: string,
): { problems: FieldProblem[]; totalPence: number } {
  const problems: FieldProblem[] = [];
  const at = (path: string) => `${prefix}.${path}`;
  const check = checkPlanLines(draft.lines, rules, budgetPence);
  let totalPence = 0;
  switch (check.kind) {
    case "ok":
      totalPence = check.totalPence;
      break;
    case "no-lines":
      problems.push({ path: at("lines"), message: "Add at least one line", code: "required" });
      break;
    case "too-many-lines":
      problems.push({
        path: at("lines"),
        message: `A plan has at most ${maxPlanLines} lines`,
        code: "too-many-lines",
      });
      break;
    case "line-problems":
      for (const { index, problem } of check.problems) {
        problems.push({
          path: at(`lines.${index}.${problem.field}`),
          message: problem.message,
          code: problem.ruleId ? `not-allowed:${problem.ruleId}` : problem.code,
        });
      }
      break;
    case "over-budget":
      problems.push({
        path: at("lines"),
        message: `The lines cost ${check.totalPence} pence a year, more than the budget of ${check.budgetPence} pence`,
        code: "over-budget",
      });
      break;
    default: {
      const unreachable: never = check;
      return unreachable;
    }
  }
  if (draft.outcomes.length === 0 || draft.outcomes.length > maxPlanOutcomes) {
    problems.push({
      path: at("outcomes"),
      message: `Give between 1 and ${maxPlanOutcomes} outcomes`,
      code: "outcome-count",
    });
  }
  draft.outcomes.forEach((outcome, index) => {
    if (outcome.trim() === "") {
      problems.push({
        path: at(`outcomes.${index}`),
        message: "Enter the outcome",
        code: "required",
      });
    }
  });
  for (const field of ["risks", "contingency", "careCoordinator"] as const) {
    if (draft[field].trim() === "") {
      problems.push({ path: at(field), message: "Enter this: it is required", code: "required" });
    }
  }
  draft.reviewDates.forEach((date, index) => {
    if (!isLocalDate(date)) {
      problems.push({
        path: at(`reviewDates.${index}`),
        message: "Enter a real date",
        code: "bad-date",
      });
    }
  });
  return { problems, totalPence };
}

export function planVersionOf(
  draft: PlanDraft,
  version: number,
  totalPence: number,
  at: string,
  by: string,
): PlanVersion {
  return {
    version,
    lines: draft.lines,
    outcomes: draft.outcomes,
    risks: draft.risks,
    contingency: draft.contingency,
    careCoordinator: draft.careCoordinator,
    reviewDates: draft.reviewDates,
    annualTotalPence: totalPence,
    createdAt: at,
    createdBy: by,
  };
}
