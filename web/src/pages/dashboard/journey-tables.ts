import type { DashboardResponse } from "@front-door/contracts";
import { h } from "../../lib/dom.ts";
import { formatDate } from "../../lib/format.ts";
import { formatCount } from "./dashboard-query.ts";
import { responsiveTable } from "./demand-tables.ts";
import { describeWait } from "./describe-wait.ts";
import {
  adviceOutcomeNames,
  describeDays,
  formatPence,
  formatShare,
  holdingWayNames,
  phbStageNames,
} from "./journey-labels.ts";

type Phb = DashboardResponse["phb"];
type Advice = DashboardResponse["advice"];

/** A short list of figures with their names: a summary list, read in order by everyone. */
function figureList(id: string, rows: readonly [string, string][]): HTMLElement {
  return h(
    "dl",
    { class: "nhsuk-summary-list", id },
    ...rows.map(([key, value]) =>
      h(
        "div",
        { class: "nhsuk-summary-list__row" },
        h("dt", { class: "nhsuk-summary-list__key" }, key),
        h("dd", { class: "nhsuk-summary-list__value" }, value),
      ),
    ),
  );
}

export function phbDecisionList(phb: Phb): HTMLElement {
  const e = phb.eligibility;
  return figureList("phb-decisions", [
    ["Applications received", formatCount(phb.applicationsReceived)],
    ["Eligibility decisions", formatCount(e.decisions)],
    [
      "Decided within 28 days",
      `${formatCount(e.within28Days)} (${formatShare(e.within28DaysShare)})`,
    ],
    ["Half were decided", describeDays(e.medianDays)],
    ["9 in 10 were decided", describeDays(e.p90Days)],
    ["Reviews overdue now", formatCount(phb.reviews.overdue)],
    ["Reviews due in the next 28 days", formatCount(phb.reviews.dueWithin28Days)],
  ]);
}

/** One row per route and stage that has any applications: nothing empty to read past. */
export function phbStageTable(phb: Phb): HTMLElement {
  return responsiveTable(
    "phb-stage-table",
    "Applications now, by route and stage",
    [{ heading: "Route" }, { heading: "Stage" }, { heading: "Applications", numeric: true }],
    phb.applicationsByStage.flatMap((route) =>
      Object.entries(route.stages)
        .filter(([, n]) => n > 0)
        .map(([stage, n]) => [
          route.routeName,
          phbStageNames[stage as keyof typeof phbStageNames] ?? stage,
          formatCount(n),
        ]),
    ),
  );
}

export function phbInPlaceTable(phb: Phb): HTMLElement {
  return responsiveTable(
    "phb-in-place-table",
    "Budgets in place now, by way of holding the money",
    [
      { heading: "Way of holding the money" },
      { heading: "Budgets", numeric: true },
      { heading: "Annual value", numeric: true },
    ],
    [
      ...phb.inPlace.byWay.map((w) => [
        holdingWayNames[w.way],
        formatCount(w.budgets),
        formatPence(w.annualPence),
      ]),
      ["All ways", formatCount(phb.inPlace.budgets), formatPence(phb.inPlace.annualPence)],
    ],
  );
}

/** The return's rows with anything in them; the CSV has every row, zeros included. */
export function phbReturnTable(phb: Phb): HTMLElement {
  const q = phb.quarterlyReturn;
  const rows = q.rows.filter((r) => r.inPlaceAtQuarterEnd !== 0 || r.newInQuarter !== 0);
  return responsiveTable(
    "phb-return-table",
    `Quarterly return: ${q.label}`,
    [
      { heading: "Group" },
      { heading: "Way of holding the money" },
      { heading: "In place at quarter end", numeric: true },
      { heading: "New in quarter", numeric: true },
      { heading: "Annual value at quarter end", numeric: true },
    ],
    rows.map((r) => [
      r.routeName,
      holdingWayNames[r.way],
      formatCount(r.inPlaceAtQuarterEnd),
      formatCount(r.newInQuarter),
      formatPence(r.annualPenceAtQuarterEnd),
    ]),
  );
}

export function adviceSiteTable(advice: Advice): HTMLElement {
  return responsiveTable(
    "advice-site-table",
    "Online advice requests by site",
    [
      { heading: "Site" },
      { heading: "Requests", numeric: true },
      { heading: "Medical", numeric: true },
      { heading: "Admin", numeric: true },
      { heading: "Sent to urgent care", numeric: true },
      { heading: "Answered within target" },
      { heading: "First answer: median" },
      { heading: "First answer: 9 in 10" },
      { heading: "Closed: median" },
      { heading: "Waiting now", numeric: true },
      { heading: "Past target now", numeric: true },
    ],
    [...advice.sites, { ...advice.totals, siteName: "All sites" }].map((f) => [
      f.siteName,
      formatCount(f.requests),
      formatCount(f.medical),
      formatCount(f.admin),
      formatCount(f.redFlagDiversions),
      `${formatCount(f.answeredWithinTarget)} of ${formatCount(f.firstResponses)} (${formatShare(f.answeredWithinTargetShare)})`,
      describeWait(f.timeToFirstResponse.median),
      describeWait(f.timeToFirstResponse.p90),
      describeWait(f.timeToClose.median),
      formatCount(f.awaitingFirstResponse),
      formatCount(f.openPastTarget),
    ]),
  );
}

export function adviceDayTable(advice: Advice): HTMLElement {
  return responsiveTable(
    "advice-day-table",
    "Online advice requests each day, by site and type",
    [
      { heading: "Date" },
      { heading: "Site" },
      { heading: "Medical", numeric: true },
      { heading: "Admin", numeric: true },
      { heading: "Sent to urgent care", numeric: true },
    ],
    advice.days.map((d) => [
      formatDate(d.date),
      d.siteName,
      formatCount(d.medical),
      formatCount(d.admin),
      formatCount(d.redFlagDiversions),
    ]),
  );
}

export function adviceOutcomeTable(advice: Advice): HTMLElement {
  return responsiveTable(
    "advice-outcome-table",
    "How online advice requests were closed",
    [{ heading: "Outcome" }, { heading: "Requests", numeric: true }],
    Object.entries(advice.totals.outcomes)
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([outcome, n]) => [adviceOutcomeNames[outcome] ?? outcome, formatCount(n)]),
  );
}
