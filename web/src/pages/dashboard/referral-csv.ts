import type { DashboardResponse } from "@front-door/contracts";
import { rejectionReasonCodes } from "@front-door/domain";
import { rejectionReasonLabels } from "../../lib/staff-referral-labels.ts";
import { type Cell, type CsvNames, csvText } from "./demand-csv.ts";

type ReferralFigures = DashboardResponse["referrals"][number];
type WaitBound = ReferralFigures["timeToTriage"]["median"];

/** Why a referral was not for the person, for the reasons every service shares. */
const ineligibleReasonLabels: Record<string, string> = {
  "below-minimum-age": "Under the service's minimum age",
  "above-maximum-age": "Over the service's maximum age",
  "outside-catchment": "Outside the area the service covers",
  "see-gp": "Should see a GP",
};

/**
 * A service's own rule ("routine-nail-cutting") as words ("Routine nail cutting"): its codes are
 * stable, plain and kebab-cased by design, so this reads well without shipping every service's
 * questionnaire to the dashboard.
 */
export function ineligibleReasonLabel(code: string): string {
  const known = ineligibleReasonLabels[code];
  if (known) return known;
  const words = code
    .replace(/-/g, " ")
    .replace(/\bgp\b/g, "GP")
    .replace(/\bae\b/g, "A&E");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A wait bucket as two numbers: "up to" hours for a bucket with an end, "more than" hours for the
 * last one, which has none. Exactly one is filled (neither when nothing was counted), so every
 * cell a spreadsheet sums is a number.
 */
function waitHours(bound: WaitBound): [Cell, Cell] {
  if (!bound) return [null, null];
  return "withinHours" in bound ? [bound.withinHours, null] : [null, bound.longerThanHours];
}

const waitColumns = (name: string) => [`${name}, up to (hours)`, `${name}, more than (hours)`];

/**
 * Self-referrals by service for the dates, one row each: what patients asked for, what the
 * services did, why referrals were not for the person or were rejected (a column of counts per
 * reason, in words), and how long triage and the first appointment took (the histogram bucket
 * the median and 90th percentile fall in, in hours).
 */
export function referralCsv(data: DashboardResponse, names: CsvNames): string {
  const range = `${data.from} to ${data.to}`;
  // The shared reasons always, and any service rule that turned someone away in these figures.
  const ineligibleCodes = [
    ...new Set([
      ...Object.keys(ineligibleReasonLabels),
      ...data.referrals.flatMap((r) =>
        Object.entries(r.ineligibleByReason)
          .filter(([, n]) => n > 0)
          .map(([code]) => code),
      ),
    ]),
  ].sort((a, b) => ineligibleReasonLabel(a).localeCompare(ineligibleReasonLabel(b)));
  const header = [
    "Dates",
    "Site",
    "Service",
    "Referrals sent",
    "Not eligible",
    ...ineligibleCodes.map((code) => `Not eligible: ${ineligibleReasonLabel(code)}`),
    "Sent elsewhere urgently",
    "Accepted",
    "Rejected",
    ...rejectionReasonCodes.map((code) => `Rejected: ${rejectionReasonLabels[code]}`),
    "Appointment booked",
    "Completed",
    "Withdrawn",
    "Triaged",
    ...waitColumns("Time to triage, median"),
    ...waitColumns("Time to triage, 90th percentile"),
    "Appointments booked",
    ...waitColumns("Time to appointment, median"),
    ...waitColumns("Time to appointment, 90th percentile"),
  ];
  return csvText([
    header,
    ...data.referrals.map((r) => [
      range,
      names.site,
      names.serviceName(r.service),
      r.submitted,
      r.ineligible,
      ...ineligibleCodes.map((code) => r.ineligibleByReason[code] ?? 0),
      r.diverted,
      r.accepted,
      r.rejected,
      ...rejectionReasonCodes.map((code) => r.rejectedByReason[code] ?? 0),
      r.booked,
      r.completed,
      r.withdrawn,
      r.timeToTriage.count,
      ...waitHours(r.timeToTriage.median),
      ...waitHours(r.timeToTriage.p90),
      r.timeToAppointment.count,
      ...waitHours(r.timeToAppointment.median),
      ...waitHours(r.timeToAppointment.p90),
    ]),
  ]);
}
