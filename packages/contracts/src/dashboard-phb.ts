import { holdingWays, phbStages } from "@front-door/domain";
import * as z from "zod/mini";

const DaysBound = z.nullable(
  z.union([z.object({ days: z.number() }), z.object({ moreThanDays: z.number() })]),
);

const Counts = (names: readonly string[]) =>
  z.object(Object.fromEntries(names.map((name) => [name, z.number()])));

/**
 * The ICB's personal health budgets, as counts only: no application, person or amount of one
 * budget can be read from it. Money is in pence a year.
 */
export const PhbDashboard = z.object({
  /** Applications at each stage now, per route (the ICB's offer names the routes). */
  applicationsByStage: z.array(
    z.object({
      routeId: z.string(),
      routeName: z.string(),
      stages: Counts(phbStages),
      total: z.number(),
    }),
  ),
  /** Applications received in the range. */
  applicationsReceived: z.number(),
  /** Eligibility decisions made in the range. */
  eligibility: z.object({
    decisions: z.number(),
    within28Days: z.number(),
    within28DaysShare: z.nullable(z.number()),
    medianDays: DaysBound,
    p90Days: DaysBound,
  }),
  /** Budgets in place now, by way of holding the money; new in place in the range. */
  inPlace: z.object({
    byWay: z.array(
      z.object({ way: z.enum(holdingWays), budgets: z.number(), annualPence: z.number() }),
    ),
    budgets: z.number(),
    annualPence: z.number(),
    newInRange: z.number(),
  }),
  /** Reviews of budgets in place: past their date, and due in the next 28 days. */
  reviews: z.object({ overdue: z.number(), dueWithin28Days: z.number() }),
  /** The NHS England quarterly collection's figures: one row per route and way of holding. */
  quarterlyReturn: z.object({
    quarter: z.string(),
    label: z.string(),
    start: z.string(),
    end: z.string(),
    rows: z.array(
      z.object({
        routeId: z.string(),
        routeName: z.string(),
        way: z.enum(holdingWays),
        inPlaceAtQuarterEnd: z.number(),
        annualPenceAtQuarterEnd: z.number(),
        newInQuarter: z.number(),
        newAnnualPence: z.number(),
      }),
    ),
  }),
});
export type PhbDashboard = z.infer<typeof PhbDashboard>;
