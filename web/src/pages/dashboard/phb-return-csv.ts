import type { DashboardResponse } from "@front-door/contracts";
import { csvText } from "./demand-csv.ts";

export const phbReturnHeader = [
  "ICB code",
  "ICB name",
  "Financial year",
  "Quarter",
  "Quarter start",
  "Quarter end",
  "Group",
  "Way of holding the money",
  "PHBs in place at quarter end",
  "Annual value in place at quarter end (GBP)",
  "New PHBs in quarter",
  "Annual value of new PHBs (GBP)",
] as const;

export const holdingWayNames = {
  notional: "Notional budget",
  "third-party": "Third party budget",
  "direct-payment": "Direct payment",
  mix: "Mixed",
} as const;

/** Pence as pounds: integer pence over 100 always prints with at most two decimals. */
const pounds = (pence: number) => pence / 100;

/**
 * The quarterly return as NHS England collects it: for the quarter, one row per group (the
 * ICB's routes) and way of holding the money — budgets in place at the quarter's end and new in
 * it, with their annual value — and a total row. Every group and way has its row, zeros
 * included, so the file has the same shape each quarter.
 */
export function phbReturnCsv(data: Pick<DashboardResponse, "icb" | "phb">): string {
  const q = data.phb.quarterlyReturn;
  // "2026-27-Q3": the financial year and the quarter in their own columns.
  const lead = [
    data.icb.id,
    data.icb.name,
    q.quarter.slice(0, 7),
    q.quarter.slice(8),
    q.start,
    q.end,
  ];
  const sum = (pick: (row: (typeof q.rows)[number]) => number) =>
    q.rows.reduce((total, row) => total + pick(row), 0);
  return csvText([
    phbReturnHeader,
    ...q.rows.map((row) => [
      ...lead,
      row.routeName,
      holdingWayNames[row.way],
      row.inPlaceAtQuarterEnd,
      pounds(row.annualPenceAtQuarterEnd),
      row.newInQuarter,
      pounds(row.newAnnualPence),
    ]),
    [
      ...lead,
      "All groups",
      "All ways",
      sum((r) => r.inPlaceAtQuarterEnd),
      pounds(sum((r) => r.annualPenceAtQuarterEnd)),
      sum((r) => r.newInQuarter),
      pounds(sum((r) => r.newAnnualPence)),
    ],
  ]);
}

/** front-door-phb-return-<icb>-<quarter>.csv */
export function phbReturnFileName(data: Pick<DashboardResponse, "icb" | "phb">): string {
  return `front-door-phb-return-${data.icb.id}-${data.phb.quarterlyReturn.quarter}.csv`;
}
