import { addDays, type LocalDate } from "../scheduling/london-time.ts";
import { decisionDayBuckets } from "./dashboard-counts.ts";
import { holdingWays } from "./holding.ts";
import { type PhbStage, phbStages } from "./phb-case.ts";
import type { FinancialQuarter } from "./quarters.ts";

/** A percentile as a whole number of days, or past the last bucket. */
export type DaysBound = { days: number } | { moreThanDays: number };

/**
 * The `share` percentile (0.5 for the median) of a histogram of days — `{ "0": 3, "12": 1,
 * "longer": 2 }` — as the bucket it falls in: the smallest number of days within which at
 * least that share of decisions were made. Null when nothing was counted.
 */
export function daysPercentile(
  histogram: Readonly<Record<string, number>>,
  share: number,
): DaysBound | null {
  const buckets = Object.entries(histogram)
    .filter(([, n]) => n > 0)
    .map(([bucket, n]) => ({
      days: bucket === "longer" ? Number.POSITIVE_INFINITY : Number(bucket),
      n,
    }))
    .filter((b) => !Number.isNaN(b.days))
    .sort((a, b) => a.days - b.days);
  const count = buckets.reduce((sum, b) => sum + b.n, 0);
  if (count === 0) return null;
  const rank = Math.ceil(share * count);
  let seen = 0;
  for (const bucket of buckets) {
    seen += bucket.n;
    if (seen >= rank) {
      return Number.isFinite(bucket.days)
        ? { days: bucket.days }
        : { moreThanDays: decisionDayBuckets };
    }
  }
  return null;
}

/** A counter as read: its name's parts and its numbers summed over the shards. */
export interface PhbCounterRow {
  routeId: string;
  counts: Readonly<Record<string, number>>;
}

export interface PhbSummaryInput {
  /** Day counters in the dashboard's range. */
  days: readonly PhbCounterRow[];
  /** Quarter counters, every quarter so far. */
  quarters: readonly (PhbCounterRow & { quarter: string })[];
  /** Open budgets by the date their next review is due. */
  reviews: readonly (PhbCounterRow & { dueOn: LocalDate })[];
}

function sumInto(target: Record<string, number>, counts: Readonly<Record<string, number>>) {
  for (const [name, value] of Object.entries(counts)) target[name] = (target[name] ?? 0) + value;
}

function prefixed(totals: Readonly<Record<string, number>>, prefix: string) {
  return Object.fromEntries(
    Object.entries(totals)
      .filter(([name]) => name.startsWith(`${prefix}:`))
      .map(([name, value]) => [name.slice(prefix.length + 1), value]),
  );
}

/** How soon a review counts as due rather than later: the team's month ahead. */
export const reviewDueWithinDays = 28;

/**
 * The ICB's PHB figures from its counters: applications now at each stage per route, the
 * range's applications and eligibility decisions (within 28 days, median and 90th percentile
 * days), budgets in place now by way of holding the money, reviews overdue and due soon, and
 * the quarterly return for `quarter` (in place at its end, new in it, by route and way).
 */
export function summarisePhb(
  input: PhbSummaryInput,
  today: LocalDate,
  quarter: FinancialQuarter,
  /** The ICB's offer: the quarterly return has a row for each, counted or not. */
  offeredRoutes: readonly string[],
) {
  const routes = new Set<string>(offeredRoutes);
  const now = new Map<string, Record<string, number>>();
  const atQuarterEnd = new Map<string, Record<string, number>>();
  const inQuarter = new Map<string, Record<string, number>>();
  for (const row of input.quarters) {
    routes.add(row.routeId);
    const add = (map: Map<string, Record<string, number>>) => {
      const totals = map.get(row.routeId) ?? {};
      sumInto(totals, row.counts);
      map.set(row.routeId, totals);
    };
    add(now);
    if (row.quarter <= quarter.counterName) add(atQuarterEnd);
    if (row.quarter === quarter.counterName) add(inQuarter);
  }
  const range: Record<string, number> = {};
  for (const row of input.days) {
    routes.add(row.routeId);
    sumInto(range, row.counts);
  }
  const sortedRoutes = [...routes].sort();

  const byStage = sortedRoutes
    .map((routeId) => {
      const stages = prefixed(now.get(routeId) ?? {}, "stage");
      const counts = Object.fromEntries(
        phbStages.map((stage) => [stage, stages[stage] ?? 0]),
      ) as Record<PhbStage, number>;
      return { routeId, stages: counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
    })
    .filter((row) => row.total > 0);

  const decisions = range.eligibilityDecisions ?? 0;
  const within = range.eligibilityWithin28Days ?? 0;
  const histogram = prefixed(range, "decisionDays");

  const held: Record<string, number> = {};
  for (const totals of now.values()) sumInto(held, totals);
  const inPlace = holdingWays.map((way) => ({
    way,
    budgets: held[`held:${way}`] ?? 0,
    annualPence: held[`heldPence:${way}`] ?? 0,
  }));

  let overdue = 0;
  let dueSoon = 0;
  const soon = addDays(today, reviewDueWithinDays);
  for (const row of input.reviews) {
    const n = Object.values(row.counts).reduce((a, b) => a + b, 0);
    if (row.dueOn < today) overdue += n;
    else if (row.dueOn <= soon) dueSoon += n;
  }

  const quarterlyReturn = sortedRoutes.flatMap((routeId) =>
    holdingWays.map((way) => {
      const end = atQuarterEnd.get(routeId) ?? {};
      const during = inQuarter.get(routeId) ?? {};
      return {
        routeId,
        way,
        inPlaceAtQuarterEnd: end[`held:${way}`] ?? 0,
        annualPenceAtQuarterEnd: end[`heldPence:${way}`] ?? 0,
        newInQuarter: during[`new:${way}`] ?? 0,
        newAnnualPence: during[`newPence:${way}`] ?? 0,
      };
    }),
  );

  return {
    applicationsByStage: byStage,
    applicationsReceived: range.applications ?? 0,
    eligibility: {
      decisions,
      within28Days: within,
      within28DaysShare: decisions === 0 ? null : within / decisions,
      medianDays: daysPercentile(histogram, 0.5),
      p90Days: daysPercentile(histogram, 0.9),
    },
    inPlace: {
      byWay: inPlace,
      budgets: inPlace.reduce((sum, w) => sum + w.budgets, 0),
      annualPence: inPlace.reduce((sum, w) => sum + w.annualPence, 0),
      newInRange: holdingWays.reduce((sum, way) => sum + (range[`inPlace:${way}`] ?? 0), 0),
    },
    reviews: { overdue, dueWithin28Days: dueSoon },
    quarterlyReturn: {
      quarter: quarter.id,
      label: quarter.label,
      start: quarter.start,
      end: quarter.end,
      rows: quarterlyReturn,
    },
  };
}

export type PhbSummary = ReturnType<typeof summarisePhb>;
