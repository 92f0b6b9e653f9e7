import { addDays, type LocalDate } from "../scheduling/london-time.ts";
import type { PhbCase } from "./phb-case.ts";

/**
 * How far ahead the PHB team is reminded of a review: two weeks leaves time to arrange a visit
 * with the person and whoever provides their care before the date.
 */
export const reviewReminderLeadDays = 14;

/** That the team was reminded of the review due on `dueOn`, and when. */
export interface ReviewReminder {
  dueOn: LocalDate;
  remindedAt: string;
}

/** The last due date a reminder run on `today` looks at: everything up to it is reminded. */
export function reviewReminderHorizon(
  today: LocalDate,
  leadDays: number = reviewReminderLeadDays,
): LocalDate {
  return addDays(today, leadDays);
}

/**
 * Whether a budget's next review should be brought to the team now: in place, due within the
 * lead days or already overdue, and not yet reminded for this due date (a review recorded moves
 * the date on, and the new date is reminded in its turn).
 */
export function reviewNeedsReminder(
  phb: Pick<PhbCase, "stage" | "nextReviewDue">,
  reminded: ReviewReminder | undefined,
  today: LocalDate,
  leadDays: number = reviewReminderLeadDays,
): boolean {
  const due = phb.nextReviewDue;
  if (phb.stage !== "in-place" || due === undefined) return false;
  if (due > reviewReminderHorizon(today, leadDays)) return false;
  return reminded?.dueOn !== due;
}
