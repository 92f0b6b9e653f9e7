import { isLocalDate, londonToday } from "../scheduling/london-time.ts";
import { actionActors, actionStages, type PhbAction } from "./phb-actions.ts";
import type { PhbCase } from "./phb-case.ts";
import { planTransition } from "./plan-transitions.ts";
import {
  invalid,
  moveTo,
  type PhbContext,
  type PhbTransition,
  refuse,
  required,
} from "./transition-helpers.ts";

export type { PhbContext, PhbTransition } from "./transition-helpers.ts";

/**
 * The stage machine: what an action does to a case, or why it is refused. Pure: the store
 * writes the result on condition the case has not changed since it was read.
 */
export function phbTransition(phb: PhbCase, action: PhbAction, ctx: PhbContext): PhbTransition {
  if (!actionActors[action.type].includes(ctx.actor.kind)) {
    return refuse({ code: "not-yours", message: `The ${action.type} action is not yours to take` });
  }
  if (!actionStages[action.type].includes(phb.stage)) {
    return refuse({
      code: "not-at-this-stage",
      message: `The ${action.type} action is not possible while the application is ${phb.stage}`,
    });
  }
  const at = ctx.now.toISOString();
  const by = ctx.actor.userId;
  switch (action.type) {
    case "decide-eligible":
      return moveTo(
        phb,
        "eligible",
        { eligibility: { decision: "eligible", routeId: phb.routeId, decidedAt: at, by } },
        ctx,
        { action: action.type, patientFacing: true },
      );
    case "decide-not-eligible": {
      const problems = required({ reasons: action.reasons, signpost: action.signpost });
      if (problems.length) return invalid(problems);
      return moveTo(
        phb,
        "not-eligible",
        {
          eligibility: {
            decision: "not-eligible",
            reasons: action.reasons,
            signpost: action.signpost,
            decidedAt: at,
            by,
          },
        },
        ctx,
        { action: action.type, patientFacing: true, reasons: action.reasons },
      );
    }
    case "request-information": {
      const problems = required({ question: action.question });
      if (problems.length) return invalid(problems);
      return moveTo(
        phb,
        "information-requested",
        {
          resumeStage: phb.stage,
          informationRequests: [
            ...phb.informationRequests,
            { question: action.question, askedAt: at, askedBy: by },
          ],
        },
        ctx,
        { action: action.type, patientFacing: true },
      );
    }
    case "answer-information": {
      const problems = required({ answer: action.answer });
      if (problems.length) return invalid(problems);
      const requests = [...phb.informationRequests];
      const last = requests.pop();
      if (!last) return refuse({ code: "not-at-this-stage", message: "Nothing was asked" });
      const resume = phb.resumeStage ?? "requested";
      const changes: Partial<PhbCase> = {
        informationRequests: [...requests, { ...last, answer: action.answer, answeredAt: at }],
        // The 28 days run from a completed request: answering completes it.
        ...(resume === "requested" ? { completedAt: at } : {}),
      };
      const moved = moveTo(phb, resume, changes, ctx, {
        action: action.type,
        patientFacing: true,
      });
      if (moved.kind === "changed") delete moved.after.resumeStage;
      return moved;
    }
    case "record-assessment": {
      const problems = required({ summary: action.summary });
      if (!isLocalDate(action.date)) {
        problems.push({ path: "date", message: "Enter a real date", code: "bad-date" });
      } else if (action.date > londonToday(ctx.now)) {
        problems.push({
          path: "date",
          message: "The date cannot be in the future",
          code: "future",
        });
      }
      if (problems.length) return invalid(problems);
      return moveTo(
        phb,
        "assessed",
        { assessment: { date: action.date, summary: action.summary, recordedAt: at, by } },
        ctx,
        { action: action.type, patientFacing: true },
      );
    }
    case "withdraw": {
      const withdrawal: NonNullable<PhbCase["withdrawal"]> = { at, by: ctx.actor.kind };
      if (action.reason?.trim()) withdrawal.reason = action.reason;
      return moveTo(phb, "withdrawn", { withdrawal }, ctx, {
        action: action.type,
        patientFacing: true,
      });
    }
    case "assign": {
      const problems = required({ assigneeId: action.assigneeId });
      if (problems.length) return invalid(problems);
      return moveTo(phb, phb.stage, { assigneeId: action.assigneeId }, ctx, {
        action: action.type,
        patientFacing: false,
      });
    }
    default:
      return planTransition(phb, action, ctx);
  }
}
