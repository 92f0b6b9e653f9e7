import type { DashboardResponse } from "@front-door/contracts";
import { h } from "../../lib/dom.ts";
import { formatDate } from "../../lib/format.ts";
import { formatCount, formatUtilisation } from "./dashboard-query.ts";
import { describeWait } from "./describe-wait.ts";

export { describeWait };

type Figures = DashboardResponse["totals"];

export interface Column {
  heading: string;
  numeric?: boolean;
}

/**
 * An nhsuk responsive table: columns on a wide screen; on a narrow one each row becomes a block
 * with its own headings, so nothing scrolls sideways at 320px. Every cell is text, never HTML.
 */
export function responsiveTable(
  id: string,
  caption: string,
  columns: readonly Column[],
  rows: readonly string[][],
): HTMLElement {
  const cell = (column: Column | undefined, value: string, index: number) => {
    const heading = h(
      "span",
      { class: "nhsuk-table__heading", "aria-hidden": "true" },
      column?.heading ?? "",
      " ",
    );
    const numeric = column?.numeric ? " nhsuk-table__cell--numeric" : "";
    return index === 0
      ? h("th", { class: "nhsuk-table__header", scope: "row", role: "rowheader" }, heading, value)
      : h("td", { class: `nhsuk-table__cell${numeric}`, role: "cell" }, heading, value);
  };
  const table = h(
    "table",
    {
      class: "nhsuk-table nhsuk-table--responsive nhsuk-table--compact app-figures-table",
      role: "table",
      id,
    },
    h(
      "caption",
      { class: "nhsuk-table__caption nhsuk-table__caption--m", id: `${id}-caption` },
      caption,
    ),
    h(
      "thead",
      { class: "nhsuk-table__head", role: "rowgroup" },
      h(
        "tr",
        { class: "nhsuk-table__row", role: "row" },
        ...columns.map((c) =>
          h(
            "th",
            {
              class: `nhsuk-table__header${c.numeric ? " nhsuk-table__header--numeric" : ""}`,
              scope: "col",
              role: "columnheader",
            },
            c.heading,
          ),
        ),
      ),
    ),
    h(
      "tbody",
      { class: "nhsuk-table__body" },
      ...rows.map((row) =>
        h(
          "tr",
          { class: "nhsuk-table__row", role: "row" },
          ...row.map((value, i) => cell(columns[i], value, i)),
        ),
      ),
    ),
  );
  // Between the tablet breakpoint (where rows become columns) and a full desktop width, ten
  // columns can be wider than the page: nhsuk-frontend's scroll component keeps that inside.
  return h(
    "div",
    { class: "nhsuk-scroll", "data-module": "nhsuk-scroll" },
    h(
      "div",
      { class: "nhsuk-scroll__content", role: "region", "aria-labelledby": `${id}-caption` },
      table,
    ),
  );
}

/** The six figures the page is about; cancellations and did-not-attends are in the CSV. */
const figureColumns: Column[] = [
  { heading: "Demand", numeric: true },
  { heading: "Capacity", numeric: true },
  { heading: "Booked", numeric: true },
  { heading: "Utilisation", numeric: true },
  { heading: "Unmet", numeric: true },
  { heading: "Diversions", numeric: true },
];

function figureCells(f: Figures): string[] {
  return [
    formatCount(f.demand),
    formatCount(f.capacity),
    formatCount(f.booked),
    formatUtilisation(f.utilisation),
    formatCount(f.unmet),
    formatCount(f.diversions),
  ];
}

/** The chart's figures as a table: the version screen readers and keyboard users get. */
export function dailyTable(data: DashboardResponse): HTMLElement {
  return responsiveTable(
    "daily-table",
    "Each day",
    [{ heading: "Date" }, ...figureColumns],
    data.days.map((day) => [formatDate(day.date), ...figureCells(day)]),
  );
}

export function breakdownTable(
  data: DashboardResponse,
  serviceName: (code: string) => string,
): HTMLElement {
  return responsiveTable(
    "breakdown-table",
    "By site and service",
    [{ heading: "Site" }, { heading: "Service" }, ...figureColumns],
    data.breakdown.map((line) => [line.siteName, serviceName(line.service), ...figureCells(line)]),
  );
}

/** Self-referrals by service, beside same-day demand; waits to the bucket the median falls in. */
export function referralTable(
  data: DashboardResponse,
  serviceName: (code: string) => string,
): HTMLElement {
  return responsiveTable(
    "referral-table",
    "Self-referrals by service",
    [
      { heading: "Service" },
      { heading: "Referred", numeric: true },
      { heading: "Not eligible", numeric: true },
      { heading: "Sent to urgent care", numeric: true },
      { heading: "Accepted", numeric: true },
      { heading: "Not accepted", numeric: true },
      { heading: "Completed", numeric: true },
      { heading: "Time to triage: median" },
      { heading: "Time to triage: 9 in 10" },
    ],
    data.referrals.map((r) => [
      serviceName(r.service),
      formatCount(r.submitted),
      formatCount(r.ineligible),
      formatCount(r.diverted),
      formatCount(r.accepted),
      formatCount(r.rejected),
      formatCount(r.completed),
      describeWait(r.timeToTriage.median),
      describeWait(r.timeToTriage.p90),
    ]),
  );
}
