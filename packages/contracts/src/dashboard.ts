import { financialQuarterById } from "@front-door/domain";
import * as z from "zod/mini";
import { AdviceDashboard } from "./dashboard-advice.ts";
import { PhbDashboard } from "./dashboard-phb.ts";
import { WaitFigures } from "./dashboard-wait.ts";
import { ServiceCode } from "./services.ts";

const isRealDate = (value: string) => {
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().startsWith(value);
};

/** A London calendar date, YYYY-MM-DD. */
export const LocalDate = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Enter a date like 2026-11-24", abort: true }),
    z.refine(isRealDate, "Enter a real date"),
  );

/** Long enough for a year's trend; the read cost is days × sites × services, never bookings. */
export const maxDashboardDays = 366;

export const DashboardQuery = z
  .object({
    from: LocalDate,
    to: LocalDate,
    siteId: z.optional(
      z.string().check(z.regex(/^[a-z0-9-]{1,64}$/, "Choose a site from the list")),
    ),
    service: z.optional(z.enum(ServiceCode.options, { error: "Choose a service from the list" })),
    /** The PHB quarterly return's quarter, e.g. 2026-27-Q3; the quarter of `to` when absent. */
    quarter: z.optional(
      z
        .string()
        .check(
          z.refine(
            (value) => financialQuarterById(value) !== undefined,
            "Enter a financial quarter like 2026-27-Q3",
          ),
        ),
    ),
  })
  .check(
    z.refine((q) => q.from <= q.to, {
      message: "The end date must be the same as or after the start date",
      path: ["to"],
      when: (payload) => payload.issues.length === 0,
    }),
    z.refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 < maxDashboardDays, {
      message: `Choose a range of ${maxDashboardDays} days or fewer`,
      path: ["to"],
      when: (payload) => payload.issues.length === 0,
    }),
  );
export type DashboardQuery = z.infer<typeof DashboardQuery>;

export const DemandFigures = z.object({
  demand: z.number(),
  capacity: z.number(),
  booked: z.number(),
  cancelled: z.number(),
  didNotAttend: z.number(),
  unmet: z.number(),
  diversions: z.number(),
  utilisation: z.nullable(z.number()),
});

/** Self-referrals per service over the range: what patients asked for and what services did. */
export const ReferralDashboardFigures = z.object({
  service: ServiceCode,
  submitted: z.number(),
  ineligible: z.number(),
  ineligibleByReason: z.record(z.string(), z.number()),
  diverted: z.number(),
  accepted: z.number(),
  rejected: z.number(),
  rejectedByReason: z.record(z.string(), z.number()),
  booked: z.number(),
  completed: z.number(),
  withdrawn: z.number(),
  timeToTriage: WaitFigures,
  timeToAppointment: WaitFigures,
});
export type ReferralDashboardFigures = z.infer<typeof ReferralDashboardFigures>;

export const DashboardResponse = z.object({
  icb: z.object({ id: z.string(), name: z.string() }),
  from: z.string(),
  to: z.string(),
  siteId: z.optional(z.string()),
  service: z.optional(ServiceCode),
  /** The ICB's sites, for the filter. */
  sites: z.array(z.object({ id: z.string(), name: z.string() })),
  days: z.array(z.extend(DemandFigures, { date: z.string() })),
  breakdown: z.array(
    z.extend(DemandFigures, { siteId: z.string(), siteName: z.string(), service: ServiceCode }),
  ),
  totals: DemandFigures,
  /** Self-referrals by service, beside same-day demand (same filters). */
  referrals: z.array(ReferralDashboardFigures),
  /** Personal health budgets across the ICB (the site and service filters do not apply). */
  phb: PhbDashboard,
  /** Online GP advice by site (the site filter applies, the service filter does not). */
  advice: AdviceDashboard,
});
export type DashboardResponse = z.infer<typeof DashboardResponse>;
