import type { DashboardResponse } from "@front-door/contracts";

export type Cell = string | number | null;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
 * Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe:
 * names come from the site directory, but a CSV is opened far from here.
 */
export function csvField(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvText(rows: readonly (readonly Cell[])[]): string {
  return rows
    .map((row) => row.map(csvField).join(","))
    .join("\r\n")
    .concat("\r\n");
}

export const csvHeader = [
  "Section",
  "Date",
  "Site",
  "Service",
  "Demand",
  "Capacity",
  "Booked",
  "Utilisation (booked / capacity)",
  "Cancelled",
  "Did not attend",
  "Unmet",
  "Diversions",
] as const;

type Figures = DashboardResponse["totals"];

function figures(f: Figures): Cell[] {
  return [
    f.demand,
    f.capacity,
    f.booked,
    f.utilisation,
    f.cancelled,
    f.didNotAttend,
    f.unmet,
    f.diversions,
  ];
}

export interface CsvNames {
  /** The filter in words: the site's name or "All sites". */
  site: string;
  service: string;
  serviceName: (code: string) => string;
}

/**
 * Both tables in one file, told apart by the Section column: every row says which dates, site
 * and service it covers, so the file still makes sense once it has left the page.
 */
export function demandCsv(data: DashboardResponse, names: CsvNames): string {
  const range = `${data.from} to ${data.to}`;
  return csvText([
    csvHeader,
    ...data.days.map((day) => ["Day", day.date, names.site, names.service, ...figures(day)]),
    ...data.breakdown.map((line) => [
      "Site and service",
      range,
      line.siteName,
      names.serviceName(line.service),
      ...figures(line),
    ]),
    ["Total", range, names.site, names.service, ...figures(data.totals)],
  ]);
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** front-door-demand-<icb>[-<site>][-<service>]-<from>-to-<to>.csv */
export function demandCsvFileName(
  data: Pick<DashboardResponse, "icb" | "from" | "to" | "siteId" | "service">,
): string {
  const parts = ["front-door-demand", data.icb.id, data.siteId, data.service]
    .filter((part): part is string => Boolean(part))
    .map(slug);
  return `${parts.join("-")}-${data.from}-to-${data.to}.csv`;
}

/** front-door-self-referrals-<icb>[-<site>][-<service>]-<from>-to-<to>.csv */
export function referralCsvFileName(
  data: Pick<DashboardResponse, "icb" | "from" | "to" | "siteId" | "service">,
): string {
  return demandCsvFileName(data).replace(/^front-door-demand-/, "front-door-self-referrals-");
}
