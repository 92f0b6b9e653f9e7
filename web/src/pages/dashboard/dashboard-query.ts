import type { DashboardResponse } from "@front-door/contracts";
import { formatDate, madeOnFirstUse } from "../../lib/format.ts";
import { daysInRange, defaultRange } from "./london-date.ts";

/** The filter as the form and the URL hold it: the page's URL query is the API's query. */
export interface DashboardFilter {
  from: string;
  to: string;
  /** "" for every site. */
  siteId: string;
  /** "" for every service. */
  service: string;
  /** The PHB return's financial quarter, e.g. 2026-27-Q3; "" for the quarter of the end date. */
  quarter: string;
}

/**
 * The filter in the URL. A first visit (no dates at all) gets the last four weeks; a date that
 * was submitted empty stays empty, so the API can say what is missing.
 */
export function readDashboardFilter(search: string, today: string): DashboardFilter {
  const params = new URLSearchParams(search);
  const range = defaultRange(today);
  const value = (name: string, fallback: string) => (params.get(name) ?? fallback).trim();
  const firstVisit = !params.has("from") && !params.has("to");
  return {
    from: firstVisit ? range.from : value("from", ""),
    to: firstVisit ? range.to : value("to", ""),
    siteId: value("siteId", ""),
    service: value("service", ""),
    quarter: value("quarter", ""),
  };
}

export function dashboardApiPath(filter: DashboardFilter): string {
  const params = new URLSearchParams({ from: filter.from, to: filter.to });
  if (filter.siteId) params.set("siteId", filter.siteId);
  if (filter.service) params.set("service", filter.service);
  if (filter.quarter) params.set("quarter", filter.quarter);
  return `/api/icb/dashboard?${params}`;
}

/** The form field an API error path is about: a date's error goes to its day box. */
export function dashboardFieldId(path: string): string {
  if (path === "to") return "to-day";
  if (path === "siteId" || path === "service" || path === "quarter") return path;
  return "from-day";
}

/** What each figure means, in the words the page shows (one place, so page and CSV agree). */
export const figureDefinitions = [
  {
    key: "demand",
    label: "Demand",
    meaning:
      "Same-day requests made, including requests sent elsewhere because of a red flag symptom.",
  },
  {
    key: "capacity",
    label: "Capacity",
    meaning: "Appointment slots published, minus slots blocked.",
  },
  { key: "booked", label: "Booked", meaning: "Appointments booked and not cancelled." },
  {
    key: "utilisation",
    label: "Utilisation",
    meaning: "Booked appointments as a share of capacity (booked ÷ capacity).",
  },
  {
    key: "unmet",
    label: "Unmet demand",
    meaning: "Requests still without an appointment or another outcome at the end of their day.",
  },
  {
    key: "diversions",
    label: "Diversions",
    meaning: "Requests sent to 999, A&E or NHS 111 because of a red flag symptom.",
  },
  {
    key: "cancelled",
    label: "Cancelled",
    meaning: "Appointments booked and then cancelled (in the CSV download).",
  },
  {
    key: "didNotAttend",
    label: "Did not attend",
    meaning: "Appointments the patient did not come to (in the CSV download).",
  },
] as const;

const wholeNumber = madeOnFirstUse(
  () => new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }),
);

export function formatCount(value: number): string {
  return wholeNumber().format(value);
}

/** 0.254 → "25%"; no capacity means there is nothing to use, not 0%. */
export function formatUtilisation(utilisation: number | null): string {
  return utilisation === null ? "No capacity" : `${Math.round(utilisation * 100)}%`;
}

/** "10 November to 7 December 2026" (the year once when both ends share it). */
export function formatRange(from: string, to: string): string {
  if (from === to) return formatDate(from);
  const start = formatDate(from);
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return `${sameYear ? start.replace(/ \d{4}$/, "") : start} to ${formatDate(to)}`;
}

/** Which sites and services the figures cover, in words. */
export function describeFilter(siteName: string | undefined, serviceName: string | undefined) {
  return `${siteName ?? "All sites"}, ${serviceName ?? "all services"}`;
}

type Days = DashboardResponse["days"];

/** The chart's text alternative: what a sighted reader would take from it at a glance. */
export function chartSummary(days: Days, totals: DashboardResponse["totals"]): string {
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return "Chart of demand, capacity and booked appointments: no days.";
  const count = daysInRange(first.date, last.date);
  const parts = [
    `Chart of demand, capacity and booked appointments for each of the ${count} ${count === 1 ? "day" : "days"} from ${formatRange(first.date, last.date)}.`,
    `In total: demand ${formatCount(totals.demand)}, capacity ${formatCount(totals.capacity)}, booked ${formatCount(totals.booked)}.`,
  ];
  const busiest = days.reduce((best, day) => (day.demand > best.demand ? day : best), first);
  parts.push(
    busiest.demand > 0
      ? `Highest demand: ${formatCount(busiest.demand)} on ${formatDate(busiest.date)}.`
      : "No same-day requests in this period.",
  );
  parts.push("The table after the chart gives every figure.");
  return parts.join(" ");
}
