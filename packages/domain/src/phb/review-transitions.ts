import type { FieldProblem } from "../errors.ts";
import { addDays, isLocalDate, londonToday } from "../scheduling/london-time.ts";
import { latestNextReview, nextReviewProblem } from "./clocks.ts";
import type { PhbAction } from "./phb-actions.ts";
import { currentPlan, type PhbCase, type PhbReview } from "./phb-case.ts";
import { checkPlanDraft, planVersionOf } from "./plan-draft.ts";
import { spendingRulesOf } from "./spending-rules.ts";
import {
  invalid,
  moveTo,
  type PhbContext,
  type PhbTransition,
  required,
} from "./transition-helpers.ts";

type ReviewAction = Extract<
  PhbAction,
  { type: "record-review" | "ask-reconsideration" | "decide-reconsideration" }
>;

function reviewDateProblems(
  reviewedOn: string,
  next: string | undefined,
  ctx: PhbContext,
): FieldProblem[] {
  if (!isLocalDate(reviewedOn) || reviewedOn > londonToday(ctx.now)) {
    return [{ path: "reviewedOn", message: "Enter today or an earlier date", code: "bad-date" }];
  }
  if (next === undefined) return [];
  const problem = !isLocalDate(next) ? "bad-date" : nextReviewProblem(reviewedOn, next);
  if (!problem) return [];
  const messages = {
    "bad-date": "Enter a real date",
    "not-after-review": "The next review must come after this one",
    "too-far": "Reviews are at most 12 months apart",
  } as const;
  return [{ path: "nextReviewDue", message: messages[problem], code: problem }];
}

/** Reviews of a budget in place, and reconsideration of a refusal, a line left out or a cut. */
export function reviewTransition(
  phb: PhbCase,
  action: ReviewAction,
  ctx: PhbContext,
): PhbTransition {
  const at = ctx.now.toISOString();
  const by = ctx.actor.userId;
  switch (action.type) {
    case "record-review": {
      const problems = [
        ...required({ notes: action.notes }),
        ...reviewDateProblems(action.reviewedOn, action.nextReviewDue, ctx),
      ];
      const review: PhbReview = {
        reviewedOn: action.reviewedOn,
        outcome: action.outcome,
        notes: action.notes,
        by,
        at,
      };
      const nextReviewDue = action.nextReviewDue ?? latestNextReview(action.reviewedOn);
      if (action.outcome === "end") {
        problems.push(...required({ reasons: action.reasons, noticeEnds: action.noticeEnds }));
        const earliest = addDays(londonToday(ctx.now), ctx.offer.noticeDays);
        if (
          action.noticeEnds &&
          (!isLocalDate(action.noticeEnds) || action.noticeEnds < earliest)
        ) {
          problems.push({
            path: "noticeEnds",
            message: `Give at least ${ctx.offer.noticeDays} days' written notice (${earliest} or later)`,
            code: "short-notice",
          });
        }
        if (problems.length) return invalid(problems);
        const reasons = action.reasons ?? "";
        return moveTo(
          phb,
          "ended",
          {
            reviews: [...phb.reviews, { ...review, reasons }],
            ending: { reasons, noticeEnds: action.noticeEnds ?? earliest, at },
          },
          ctx,
          { action: action.type, patientFacing: true, reasons },
        );
      }
      if (action.outcome === "continue") {
        if (problems.length) return invalid(problems);
        return moveTo(phb, "in-place", { reviews: [...phb.reviews, review], nextReviewDue }, ctx, {
          action: action.type,
          patientFacing: true,
        });
      }
      // Vary: a new plan version, to be signed off and agreed again; the money stays in place.
      if (!action.plan) {
        problems.push({ path: "plan", message: "A varied plan is required", code: "required" });
        return invalid(problems);
      }
      const budget = phb.budget?.annualPence ?? 0;
      const checked = checkPlanDraft(action.plan, spendingRulesOf(ctx.offer), budget, "plan");
      problems.push(...checked.problems);
      if (problems.length) return invalid(problems);
      const version = (currentPlan(phb)?.version ?? 0) + 1;
      const plan = planVersionOf(action.plan, version, checked.totalPence, at, by);
      return moveTo(
        phb,
        "planning",
        { reviews: [...phb.reviews, review], nextReviewDue, plans: [...phb.plans, plan] },
        ctx,
        { action: action.type, patientFacing: true },
      );
    }
    case "ask-reconsideration": {
      const problems = required({ reasons: action.reasons });
      const refusal = phb.stage === "not-eligible";
      if (refusal !== (action.subject === "refusal")) {
        problems.push({
          path: "subject",
          message: refusal
            ? "Only the refusal can be reconsidered now"
            : "There is no refusal to reconsider: choose a line left out, a reduction or a refused direct payment",
          code: "wrong-subject",
        });
      }
      if (problems.length) return invalid(problems);
      return moveTo(
        phb,
        "reconsideration",
        {
          resumeStage: phb.stage,
          reconsideration: { subject: action.subject, reasons: action.reasons, requestedAt: at },
        },
        ctx,
        { action: action.type, patientFacing: true },
      );
    }
    case "decide-reconsideration": {
      const problems = required({ reasons: action.reasons });
      if (problems.length || !phb.reconsideration) return invalid(problems);
      const reconsideration = {
        ...phb.reconsideration,
        outcome: action.outcome,
        decisionReasons: action.reasons,
        decidedAt: at,
      };
      const refusal = reconsideration.subject === "refusal";
      const changes: Partial<PhbCase> = { reconsideration };
      if (action.outcome === "changed" && refusal) {
        changes.eligibility = { decision: "eligible", routeId: phb.routeId, decidedAt: at, by };
      }
      const to =
        action.outcome === "upheld"
          ? (phb.resumeStage ?? "not-eligible")
          : refusal
            ? "eligible"
            : "planning";
      const moved = moveTo(phb, to, changes, ctx, {
        action: action.type,
        patientFacing: true,
        reasons: action.reasons,
      });
      if (moved.kind === "changed") delete moved.after.resumeStage;
      return moved;
    }
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
}
