import {
  londonToday,
  phbOffers,
  reviewNeedsReminder,
  reviewReminderHorizon,
} from "@front-door/domain";
import { phbReviewsDueBy, remindOfReview } from "@front-door/store";
import { type JobTally, tryPiece } from "../../job-run.ts";
import type { PhbDeps } from "./phb-shared.ts";

export interface ReviewRemindersResult extends JobTally {
  /** ICBs whose reviews were looked at this run. */
  icbs: number;
  reminded: number;
  /** Reminded by an earlier run (or another run at the same time), or recorded meanwhile. */
  skipped: number;
}

/**
 * One ICB's part of the job: one Query of its budgets in place whose review is due within the
 * lead days (or overdue), then one transaction per review not yet reminded for its date. The
 * unit of work a dispatcher can hand to a worker of its own per ICB; safe to run again.
 */
export async function remindPhbReviewsAt(
  deps: PhbDeps,
  icbId: string,
  result: ReviewRemindersResult,
): Promise<void> {
  const now = deps.now();
  const today = londonToday(now);
  const due = await phbReviewsDueBy(deps.db, deps.tableName, icbId, reviewReminderHorizon(today));
  for (const record of due) {
    const dueOn = record.case.nextReviewDue;
    // Reminded already for this date: no write at all, so a daily run costs one Query an ICB.
    if (!dueOn || !reviewNeedsReminder(record.case, record.reviewReminder, today)) continue;
    const outcome = await tryPiece(result, () =>
      remindOfReview(deps.db, deps.tableName, {
        applicationId: record.id,
        icbId,
        reminder: { dueOn, remindedAt: now.toISOString() },
      }),
    );
    if (outcome?.kind === "reminded") result.reminded += 1;
    else if (outcome) result.skipped += 1;
  }
}

/**
 * Reminds each ICB's PHB team, once per review, of budgets whose review falls due within two
 * weeks or is overdue: a mark on the application that the team's queue shows. Each ICB that
 * offers PHBs through Front Door is its own piece: one that fails (the store stayed busy) is
 * counted and left for the next run while the others go on.
 */
export async function remindPhbReviews(
  deps: PhbDeps,
  icbIds: readonly string[] = phbOffers.map((offer) => offer.icbId),
): Promise<ReviewRemindersResult> {
  const result: ReviewRemindersResult = { icbs: 0, reminded: 0, skipped: 0, failed: 0 };
  for (const icbId of icbIds) {
    const done = await tryPiece(result, async () => {
      await remindPhbReviewsAt(deps, icbId, result);
      return true;
    });
    if (done) result.icbs += 1;
  }
  return result;
}
