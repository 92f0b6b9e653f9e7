import { formatPounds, type PlanVersion } from "@front-door/domain";
import { h, summaryList } from "../../../lib/dom.ts";
import { formatDate } from "../../../lib/format.ts";
import { londonDateTime } from "../../../lib/staff-referral-labels.ts";
import type { TeamApplication } from "./team-case.ts";

function linesTable(plan: PlanVersion): HTMLElement {
  const columns = ["What", "Provider", "How often", "Unit cost", "Annual cost"];
  const cell = (heading: string, text: string) =>
    h(
      "td",
      { class: "nhsuk-table__cell", role: "cell" },
      h("span", { class: "nhsuk-table__heading", "aria-hidden": "true" }, `${heading} `),
      h("div", {}, text),
    );
  return h(
    "table",
    {
      class: "nhsuk-table nhsuk-table--responsive nhsuk-table--compact app-stacking-table",
      role: "table",
      id: "current-plan-lines",
    },
    h(
      "caption",
      { class: "nhsuk-table__caption nhsuk-table__caption--s" },
      `Costed lines: ${formatPounds(plan.annualTotalPence)} a year`,
    ),
    h(
      "thead",
      { class: "nhsuk-table__head", role: "rowgroup" },
      h(
        "tr",
        { class: "nhsuk-table__row", role: "row" },
        ...columns.map((c) =>
          h("th", { class: "nhsuk-table__header", scope: "col", role: "columnheader" }, c),
        ),
      ),
    ),
    h(
      "tbody",
      { class: "nhsuk-table__body" },
      ...plan.lines.map((line) =>
        h(
          "tr",
          { class: "nhsuk-table__row", role: "row" },
          cell("What", line.what),
          cell("Provider", line.provider),
          cell("How often", line.frequency),
          cell("Unit cost", formatPounds(line.unitCostPence)),
          cell("Annual cost", formatPounds(line.annualCostPence)),
        ),
      ),
    ),
  );
}

/** The current plan version with who signed it off and whether the person agreed, and the rest. */
export function planView(app: TeamApplication): HTMLElement | string {
  const plans = app.case.plans;
  const plan = plans.at(-1);
  if (!plan) return "No plan yet.";
  return h(
    "div",
    { id: "plan" },
    h("h3", { id: "plan-version" }, `Version ${plan.version}`),
    summaryList([
      {
        key: "Outcomes",
        value: h(
          "ul",
          { class: "nhsuk-list nhsuk-list--bullet" },
          ...plan.outcomes.map((o) => h("li", {}, o)),
        ),
      },
      { key: "Risks", value: plan.risks },
      { key: "Contingency", value: plan.contingency },
      { key: "Care co-ordinator", value: plan.careCoordinator },
      {
        key: "Review dates",
        value: plan.reviewDates.length ? plan.reviewDates.map(formatDate).join(", ") : "None set",
      },
      {
        key: "Signed off",
        value: plan.signOff
          ? `By ${plan.signOff.by}, ${londonDateTime(plan.signOff.at)}`
          : "Not yet",
      },
      {
        key: "Agreed by the person",
        value: plan.agreement
          ? londonDateTime(plan.agreement.at)
          : plan.changesRequested
            ? `They asked for changes: “${plan.changesRequested.comments}”`
            : "Not yet",
      },
    ]),
    linesTable(plan),
    plans.length > 1 &&
      h(
        "details",
        { class: "nhsuk-details" },
        h(
          "summary",
          { class: "nhsuk-details__summary" },
          h("span", { class: "nhsuk-details__summary-text" }, "Earlier versions"),
        ),
        h(
          "div",
          { class: "nhsuk-details__text" },
          h(
            "ul",
            { class: "nhsuk-list", id: "plan-versions" },
            ...plans
              .slice(0, -1)
              .reverse()
              .map((v) =>
                h(
                  "li",
                  {},
                  `Version ${v.version}: ${formatPounds(v.annualTotalPence)} a year, ${v.lines.length} ${v.lines.length === 1 ? "line" : "lines"}, saved ${londonDateTime(v.createdAt)}${v.signOff ? ", signed off" : ""}${v.agreement ? ", agreed" : ""}`,
                ),
              ),
          ),
        ),
      ),
  );
}
