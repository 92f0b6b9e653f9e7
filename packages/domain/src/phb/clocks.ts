import { addDays, daysBetween, type LocalDate, londonToday } from "../scheduling/london-time.ts";

/**
 * PHB clocks run on London calendar dates: a request completed at 00:30 in British Summer Time
 * belongs to that London day, not to the UTC day before.
 */

/** CHC eligibility should normally be decided within 28 days of a completed request. */
export const eligibilityDecisionDays = 28;
/** The first review falls within 3 months of the budget being in place. */
export const firstReviewMonths = 3;
/** After that, reviews are at most 12 months apart. */
export const reviewIntervalMonths = 12;

export function eligibilityDueBy(completedAt: Date): LocalDate {
  return addDays(londonToday(completedAt), eligibilityDecisionDays);
}

/** A date n calendar months on, kept to the month's last day (31 January + 1 → 28 February). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${targetYear}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

export function firstReviewDueBy(inPlaceOn: LocalDate): LocalDate {
  return addMonths(inPlaceOn, firstReviewMonths);
}

export function latestNextReview(reviewedOn: LocalDate): LocalDate {
  return addMonths(reviewedOn, reviewIntervalMonths);
}

export type ReviewDateProblem = "not-after-review" | "too-far";

/** A next review chosen by the team must be after the review and within 12 months of it. */
export function nextReviewProblem(
  reviewedOn: LocalDate,
  next: LocalDate,
): ReviewDateProblem | undefined {
  if (next <= reviewedOn) return "not-after-review";
  if (next > latestNextReview(reviewedOn)) return "too-far";
  return undefined;
}

export type PhbUrgency = "overdue" | "due-today" | "due";

export function urgencyOf(dueBy: LocalDate, now: Date): PhbUrgency {
  const days = daysBetween(londonToday(now), dueBy);
  if (days < 0) return "overdue";
  return days === 0 ? "due-today" : "due";
}
