import type { FieldProblem } from "../errors.ts";
import { isLocalDate, londonToday } from "../scheduling/london-time.ts";
import { signOffCheck } from "./approval.ts";
import { firstReviewDueBy } from "./clocks.ts";
import { holdingProblems, holdingReady } from "./holding.ts";
import { amountMessages, amountProblem } from "./money.ts";
import type { PhbAction } from "./phb-actions.ts";
import { currentPlan, type PhbCase } from "./phb-case.ts";
import { checkPlanDraft, planVersionOf } from "./plan-draft.ts";
import { reviewTransition } from "./review-transitions.ts";
import { spendingRulesOf } from "./spending-rules.ts";
import {
  invalid,
  moveTo,
  type PhbContext,
  type PhbTransition,
  refuse,
  required,
} from "./transition-helpers.ts";

type PlanAction = Exclude<
  PhbAction,
  {
    type:
      | "decide-eligible"
      | "decide-not-eligible"
      | "request-information"
      | "answer-information"
      | "record-assessment"
      | "withdraw"
      | "assign";
  }
>;

/** The plan's version the action names must be the current one: otherwise it was replaced. */
function staleVersion(phb: PhbCase, version: number): PhbTransition | undefined {
  const plan = currentPlan(phb);
  if (plan && plan.version === version) return undefined;
  return invalid([
    { path: "version", message: "That is not the plan's current version", code: "stale-version" },
  ]);
}

/** Budget, plan, sign-off, agreement and the way of holding the money. */
export function planTransition(phb: PhbCase, action: PlanAction, ctx: PhbContext): PhbTransition {
  const at = ctx.now.toISOString();
  const by = ctx.actor.userId;
  switch (action.type) {
    case "set-budget": {
      const problems = required({ basis: action.basis });
      const amount = amountProblem(action.annualPence);
      if (amount)
        problems.push({ path: "annualPence", message: amountMessages[amount], code: amount });
      const reduction = phb.budget !== undefined && action.annualPence < phb.budget.annualPence;
      // Reducing the amount always needs written reasons the person can ask to reconsider.
      if (reduction) problems.push(...required({ reasons: action.reasons }));
      if (problems.length) return invalid(problems);
      const budget: NonNullable<PhbCase["budget"]> = {
        annualPence: action.annualPence,
        basis: action.basis,
        setAt: at,
        by,
      };
      if (reduction && action.reasons) budget.reasons = action.reasons;
      // A new amount needs the plan signed off and agreed again.
      const plans = phb.plans.map(({ signOff: _s, agreement: _a, ...plan }) => plan);
      const to = phb.stage === "planning" ? "planning" : "budget-set";
      return moveTo(phb, to, { budget, plans }, ctx, {
        action: action.type,
        patientFacing: true,
        ...(budget.reasons ? { reasons: budget.reasons } : {}),
      });
    }
    case "save-plan": {
      const budget = phb.budget?.annualPence ?? 0;
      const rules = spendingRulesOf(ctx.offer);
      const { problems, totalPence } = checkPlanDraft(action.plan, rules, budget, "plan");
      if (problems.length) return invalid(problems);
      const version = (currentPlan(phb)?.version ?? 0) + 1;
      const plan = planVersionOf(action.plan, version, totalPence, at, by);
      return moveTo(phb, "planning", { plans: [...phb.plans, plan] }, ctx, {
        action: action.type,
        patientFacing: true,
      });
    }
    case "sign-off": {
      const stale = staleVersion(phb, action.version);
      if (stale) return stale;
      const plan = currentPlan(phb);
      if (!plan || plan.signOff) {
        return refuse({ code: "not-at-this-stage", message: "This plan is already signed off" });
      }
      if (ctx.actor.kind !== "team") return refuse({ code: "not-yours", message: "Team only" });
      if (plan.annualTotalPence > (phb.budget?.annualPence ?? 0)) {
        return invalid([
          { path: "version", message: "The plan costs more than the budget", code: "over-budget" },
        ]);
      }
      const check = signOffCheck(ctx.actor, {
        icbId: phb.icbId,
        annualTotalPence: plan.annualTotalPence,
      });
      if (check.kind === "other-icb")
        return refuse({ code: "not-yours", message: "Another ICB's plan" });
      if (check.kind === "over-limit") {
        return refuse({
          code: "over-approval-limit",
          message:
            "The plan's annual total is above your approval limit: a decision-maker with a higher limit must sign it off",
          limitPence: check.limitPence,
          planTotalPence: check.planTotalPence,
        });
      }
      const signed = { ...plan, signOff: { by, at, limitPence: ctx.actor.approvalLimitPence } };
      return moveTo(
        phb,
        signed.agreement ? "plan-agreed" : "planning",
        { plans: [...phb.plans.slice(0, -1), signed] },
        ctx,
        {
          action: action.type,
          patientFacing: true,
        },
      );
    }
    case "agree-plan": {
      const stale = staleVersion(phb, action.version);
      if (stale) return stale;
      const plan = currentPlan(phb);
      if (!plan || plan.agreement) {
        return refuse({ code: "not-at-this-stage", message: "You have already agreed this plan" });
      }
      const agreed = { ...plan, agreement: { at } };
      return moveTo(
        phb,
        agreed.signOff ? "plan-agreed" : "planning",
        { plans: [...phb.plans.slice(0, -1), agreed] },
        ctx,
        {
          action: action.type,
          patientFacing: true,
        },
      );
    }
    case "ask-for-changes": {
      const stale = staleVersion(phb, action.version);
      if (stale) return stale;
      const problems = required({ comments: action.comments });
      if (problems.length) return invalid(problems);
      const plan = currentPlan(phb);
      if (!plan || plan.agreement) {
        return refuse({ code: "not-at-this-stage", message: "You have already agreed this plan" });
      }
      const asked = { ...plan, changesRequested: { at, comments: action.comments } };
      return moveTo(phb, "planning", { plans: [...phb.plans.slice(0, -1), asked] }, ctx, {
        action: action.type,
        patientFacing: true,
      });
    }
    case "choose-holding":
      return moveTo(phb, phb.stage, { holdingPreference: action.preference }, ctx, {
        action: action.type,
        patientFacing: true,
      });
    case "record-holding": {
      const problems: FieldProblem[] = holdingProblems(
        action.arrangement,
        phb.budget?.annualPence ?? 0,
      ).map((problem) => ({ ...problem, path: `arrangement.${problem.path}` }));
      const wanted = phb.holdingPreference === "direct-payment";
      const given =
        action.arrangement.way === "direct-payment" ||
        (action.arrangement.way === "mix" &&
          action.arrangement.parts.some((part) => part.way === "direct-payment"));
      // Refusing a direct payment the person asked for needs written reasons.
      if (wanted && !given) problems.push(...required({ reasons: action.reasons }));
      if (problems.length) return invalid(problems);
      return moveTo(phb, "plan-agreed", { holding: action.arrangement }, ctx, {
        action: action.type,
        patientFacing: true,
        ...(wanted && !given && action.reasons ? { reasons: action.reasons } : {}),
      });
    }
    case "mark-in-place": {
      if (!phb.holding || !holdingReady(phb.holding)) {
        return refuse({
          code: "not-at-this-stage",
          message:
            "Record the way the money is held first; a direct payment needs its agreement accepted and its account set up",
        });
      }
      if (!isLocalDate(action.inPlaceOn) || action.inPlaceOn > londonToday(ctx.now)) {
        return invalid([
          { path: "inPlaceOn", message: "Enter today or an earlier date", code: "bad-date" },
        ]);
      }
      const changes: Partial<PhbCase> = {};
      // A budget varied at a review keeps its review dates; a new one is reviewed within 3 months.
      if (!phb.inPlaceOn) {
        changes.inPlaceOn = action.inPlaceOn;
        changes.nextReviewDue = firstReviewDueBy(action.inPlaceOn);
      }
      return moveTo(phb, "in-place", changes, ctx, { action: action.type, patientFacing: true });
    }
    default:
      return reviewTransition(phb, action, ctx);
  }
}
