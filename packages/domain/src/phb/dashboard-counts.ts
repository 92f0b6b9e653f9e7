import { daysBetween, type LocalDate, londonToday } from "../scheduling/london-time.ts";
import { closedStages, type PhbCase } from "./phb-case.ts";

/**
 * What one change to an application adds to the ICB's PHB counts, worked out from the case
 * before and after it, so every action (and any added later) counts the same way:
 *
 * - `daily`: what happened on the day, on the application's route — applications received,
 *   eligibility decisions (and how many days each took, one histogram bucket per day), budgets
 *   put in place for the first time by way of holding the money and their annual value.
 * - `stock`: what the application holds now minus what it held, per route — its stage, and
 *   while its money is in place, the way it is held and its annual value; plus budgets new in
 *   place. Written to the counter of the change's financial quarter, so the sum over all
 *   quarters up to one is the position at its end (the quarterly return) and the sum over all
 *   is the position now.
 * - `reviewsDue`: one count per open budget on the date its next review is due, moved when the
 *   date moves and released when the budget ends: reviews due and overdue are read as a range.
 */
export interface PhbCountChanges {
  daily: Record<string, number>;
  stock: { routeId: string; deltas: Record<string, number> }[];
  reviewsDue: { routeId: string; dueOn: LocalDate; by: number }[];
}

/** Decision times above this many days share one bucket ("more than 90 days"). */
export const decisionDayBuckets = 90;

/** The count attribute an eligibility decision taking `days` calendar days falls in. */
export function decisionDaysBucket(days: number): string {
  const whole = Math.max(0, Math.floor(days));
  return `decisionDays:${whole > decisionDayBuckets ? "longer" : whole}`;
}

/** What an application holds in the counts while it is as it is. */
function holdings(phb: PhbCase | undefined): Record<string, number> {
  if (!phb) return {};
  const held: Record<string, number> = { [`stage:${phb.stage}`]: 1 };
  // A budget stays in place through a review that varies the plan; only an ending (or a
  // withdrawal) takes the money out.
  if (phb.inPlaceOn && !closedStages.includes(phb.stage)) {
    const way = phb.holding?.way ?? "notional";
    held[`held:${way}`] = 1;
    held[`heldPence:${way}`] = phb.budget?.annualPence ?? 0;
  }
  return held;
}

function reviewDue(phb: PhbCase | undefined): { routeId: string; dueOn: LocalDate } | undefined {
  if (!phb?.inPlaceOn || !phb.nextReviewDue || closedStages.includes(phb.stage)) return undefined;
  return { routeId: phb.routeId, dueOn: phb.nextReviewDue };
}

function add(target: Record<string, number>, name: string, by: number): void {
  const next = (target[name] ?? 0) + by;
  if (next === 0) delete target[name];
  else target[name] = next;
}

export function phbCountChanges(
  before: PhbCase | undefined,
  after: PhbCase,
  action: string,
  now: Date,
): PhbCountChanges {
  const today = londonToday(now);
  const daily: Record<string, number> = {};
  if (!before) add(daily, "applications", 1);
  if (action === "decide-eligible" || action === "decide-not-eligible") {
    add(daily, "eligibilityDecisions", 1);
    if (before?.dueBy && today <= before.dueBy) add(daily, "eligibilityWithin28Days", 1);
    const completedOn = londonToday(new Date(after.completedAt));
    add(daily, decisionDaysBucket(daysBetween(completedOn, today)), 1);
  }
  const firstInPlace = !before?.inPlaceOn && after.inPlaceOn !== undefined;
  const way = after.holding?.way ?? "notional";
  if (firstInPlace) {
    add(daily, `inPlace:${way}`, 1);
    add(daily, "inPlaceAnnualPence", after.budget?.annualPence ?? 0);
  }

  const byRoute = new Map<string, Record<string, number>>();
  const shift = (routeId: string, held: Record<string, number>, sign: number) => {
    const deltas = byRoute.get(routeId) ?? {};
    for (const [name, value] of Object.entries(held)) add(deltas, name, sign * value);
    byRoute.set(routeId, deltas);
  };
  if (before) shift(before.routeId, holdings(before), -1);
  shift(after.routeId, holdings(after), 1);
  if (firstInPlace) {
    shift(
      after.routeId,
      { [`new:${way}`]: 1, [`newPence:${way}`]: after.budget?.annualPence ?? 0 },
      1,
    );
  }
  const stock = [...byRoute.entries()]
    .filter(([, deltas]) => Object.keys(deltas).length > 0)
    .map(([routeId, deltas]) => ({ routeId, deltas }));

  const dueBefore = reviewDue(before);
  const dueAfter = reviewDue(after);
  const same = dueBefore?.routeId === dueAfter?.routeId && dueBefore?.dueOn === dueAfter?.dueOn;
  const reviewsDue = same
    ? []
    : [
        ...(dueBefore ? [{ ...dueBefore, by: -1 }] : []),
        ...(dueAfter ? [{ ...dueAfter, by: 1 }] : []),
      ];
  return { daily, stock, reviewsDue };
}
