import type { DashboardResponse } from "@front-door/contracts";
import { addDays, financialQuarterOf } from "@front-door/domain";
import { h } from "../../lib/dom.ts";
import {
  adviceDayTable,
  adviceOutcomeTable,
  adviceSiteTable,
  phbDecisionList,
  phbInPlaceTable,
  phbReturnTable,
  phbStageTable,
} from "./journey-tables.ts";
import { phbReturnCsv, phbReturnFileName } from "./phb-return-csv.ts";

/** The quarter choices for the PHB return: this quarter and the seven before it, newest first. */
export function quarterChoices(today: string): { id: string; label: string }[] {
  const choices: { id: string; label: string }[] = [];
  let day = today;
  for (let i = 0; i < 8; i++) {
    const quarter = financialQuarterOf(day);
    choices.push({ id: quarter.id, label: quarter.label });
    day = addDays(quarter.start, -1);
  }
  return choices;
}

const none = (id: string, text: string) => h("p", { id }, text);

/** Personal health budgets, across the ICB; the return downloads as the CSV NHS England asks for. */
export function phbSection(
  data: DashboardResponse,
  download: (text: string, fileName: string) => void,
): HTMLElement[] {
  const { phb } = data;
  const button = h(
    "button",
    { class: "nhsuk-button nhsuk-button--secondary", type: "button", id: "download-phb-return" },
    "Download quarterly PHB return (CSV)",
  );
  button.addEventListener("click", () => download(phbReturnCsv(data), phbReturnFileName(data)));
  const hasReturn = phb.quarterlyReturn.rows.some(
    (r) => r.inPlaceAtQuarterEnd !== 0 || r.newInQuarter !== 0,
  );
  return [
    h("h2", { class: "nhsuk-heading-m", id: "phb-heading" }, "Personal health budgets"),
    h(
      "p",
      {},
      "Across your ICB, whatever site or service is chosen. Applications, decisions and new budgets are for these dates; stages, budgets in place and reviews are as they stand now.",
    ),
    phbDecisionList(phb),
    phb.applicationsByStage.length
      ? phbStageTable(phb)
      : none("no-phb-applications", "Nobody has applied for a personal health budget yet."),
    phbInPlaceTable(phb),
    hasReturn
      ? phbReturnTable(phb)
      : none(
          "no-phb-return",
          `No budgets were in place at the end of ${phb.quarterlyReturn.label} or new in it.`,
        ),
    h(
      "p",
      {},
      "The quarterly return has a row for every group and way of holding the money, zeros included, as NHS England collects it.",
    ),
    h("div", { class: "nhsuk-button-group" }, button),
  ];
}

/** Online GP advice at the chosen site or all of them. */
export function adviceSection(data: DashboardResponse): HTMLElement[] {
  const { advice } = data;
  return [
    h("h2", { class: "nhsuk-heading-m", id: "advice-heading" }, "Online GP advice"),
    h(
      "p",
      {},
      "Requests practices received online for these dates, how soon they were first answered and how they closed. Waiting and past target are as they stand now. Answered within target means the first answer came by the practice's promised time.",
    ),
    advice.sites.length
      ? adviceSiteTable(advice)
      : none("no-advice", "No online advice requests for these dates."),
    ...(advice.days.length ? [adviceDayTable(advice)] : []),
    ...(Object.keys(advice.totals.outcomes).length ? [adviceOutcomeTable(advice)] : []),
  ];
}
