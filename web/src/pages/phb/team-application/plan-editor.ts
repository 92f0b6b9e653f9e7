import type { PlanDraft } from "@front-door/domain";
import { readDateInput } from "../../../lib/date-input.ts";
import { h } from "../../../lib/dom.ts";
import type { FieldMessage } from "../../../lib/field-errors.ts";
import { poundsForInput } from "../../../lib/phb-team/money.ts";
import {
  checkTypedLine,
  planTotal,
  spendingRulesFor,
  type TypedLine,
  type TypedLineField,
} from "../../../lib/phb-team/plan-check.ts";
import { dateField, replaceFieldError, textareaField, textField } from "./fields.ts";

const maxOutcomes = 10;
const maxLines = 50;

const lineLabels: Record<TypedLineField, string> = {
  what: "What it buys",
  provider: "Who provides it",
  frequency: "How often",
  unitCost: "Unit cost",
  annualCost: "Annual cost",
};
const lineFields = Object.keys(lineLabels) as TypedLineField[];
const apiLineField: Record<string, TypedLineField> = {
  what: "what",
  provider: "provider",
  frequency: "frequency",
  unitCostPence: "unitCost",
  annualCostPence: "annualCost",
};

export interface PlanEditor {
  element: HTMLElement;
  /** The plan to send, or what to fix first. */
  read: () => { plan: PlanDraft } | { messages: FieldMessage[] };
  /** Where an API error path under "plan." belongs. */
  fieldIdFor: (path: string) => string | undefined;
}

/**
 * The care and support plan builder: outcomes, costed lines, risks and contingency, the care
 * co-ordinator and review dates. Each line is checked as it is entered, with the spending rules
 * the API runs, and the total is kept against the budget as lines change.
 */
export function planEditor(options: {
  idPrefix: string;
  icbId: string;
  budgetPence: number;
  start: PlanDraft;
}): PlanEditor {
  const { idPrefix: p, budgetPence } = options;
  const rules = spendingRulesFor(options.icbId);
  let nextKey = 0;
  const outcomesList = h("div", { id: `${p}-outcomes` });
  const linesList = h("div", { id: `${p}-lines` });
  const total = h("p", { id: `${p}-total`, "aria-live": "polite", class: "nhsuk-body-l" });
  const touched = new Map<string, Set<TypedLineField>>();

  const lineId = (key: string, field: TypedLineField) => `${p}-line-${key}-${field}`;
  const lineKeys = () => [...linesList.children].map((el) => (el as HTMLElement).dataset.key ?? "");
  const typedLine = (key: string): TypedLine =>
    Object.fromEntries(
      lineFields.map((f) => [
        f,
        linesList.querySelector<HTMLInputElement>(`#${lineId(key, f)}`)?.value ?? "",
      ]),
    ) as unknown as TypedLine;

  function showTotal(): void {
    const lines = lineKeys().flatMap((key) => checkTypedLine(typedLine(key), rules).line ?? []);
    const sum = planTotal(lines, budgetPence);
    total.replaceChildren(
      sum.overBudget ? h("strong", { class: "nhsuk-tag nhsuk-tag--red" }, "Over budget") : "",
      sum.overBudget ? " " : "",
      `Total: ${sum.text}`,
    );
  }

  /** The line's messages, shown on the fields typed in so far; a refused line at once. */
  function checkLine(key: string): void {
    const { messages } = checkTypedLine(typedLine(key), rules);
    const seen = touched.get(key) ?? new Set();
    for (const field of lineFields) {
      const message = messages.find((m) => m.field === field && (m.refused || seen.has(field)));
      replaceFieldError(lineId(key, field), message?.message);
    }
    showTotal();
  }

  function addLine(line?: PlanDraft["lines"][number]): void {
    if (linesList.children.length >= maxLines) return;
    const key = String(nextKey++);
    const values: TypedLine = line
      ? {
          what: line.what,
          provider: line.provider,
          frequency: line.frequency,
          unitCost: poundsForInput(line.unitCostPence),
          annualCost: poundsForInput(line.annualCostPence),
        }
      : { what: "", provider: "", frequency: "", unitCost: "", annualCost: "" };
    const remove = h(
      "button",
      { class: "nhsuk-button nhsuk-button--secondary nhsuk-button--small", type: "button" },
      "Remove this line",
      h("span", { class: "nhsuk-u-visually-hidden app-line-number" }, ""),
    );
    const fieldset = h(
      "fieldset",
      { class: "nhsuk-fieldset app-plan-line", "data-key": key },
      h("legend", { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--s" }, "Line"),
      ...lineFields.map((field) =>
        textField(lineId(key, field), lineLabels[field], {
          value: values[field],
          ...(field === "unitCost" || field === "annualCost"
            ? { prefix: "£", width: "nhsuk-input--width-10" }
            : {}),
          ...(field === "frequency" ? { hint: "For example, 3 hours a day, 7 days a week" } : {}),
          ...(field === "annualCost" ? { hint: "What this line costs in a year" } : {}),
        }),
      ),
      remove,
    );
    touched.set(key, new Set(line ? lineFields : []));
    fieldset.addEventListener("change", (event) => {
      const target = event.target as HTMLElement;
      const field = lineFields.find((f) => target.id === lineId(key, f));
      if (field) touched.get(key)?.add(field);
      checkLine(key);
    });
    remove.addEventListener("click", () => {
      fieldset.remove();
      touched.delete(key);
      numberLines();
      showTotal();
      addButton.focus();
    });
    linesList.append(fieldset);
    numberLines();
  }

  /** "Line 2", and "Remove this line (line 2)" to a screen reader, kept in order as lines go. */
  function numberLines(): void {
    [...linesList.children].forEach((line, index) => {
      const legend = line.querySelector("legend");
      if (legend) legend.textContent = `Line ${index + 1}`;
      const hidden = line.querySelector(".app-line-number");
      if (hidden) hidden.textContent = ` (line ${index + 1})`;
    });
  }

  function addOutcome(value = ""): void {
    const index = outcomesList.children.length;
    if (index >= maxOutcomes) return;
    outcomesList.append(textField(`${p}-outcome-${index}`, `Outcome ${index + 1}`, { value }));
  }

  const addButton = h(
    "button",
    { class: "nhsuk-button nhsuk-button--secondary", type: "button", id: `${p}-add-line` },
    "Add a line",
  );
  addButton.addEventListener("click", () => {
    addLine();
    const last = lineKeys().at(-1);
    if (last) document.getElementById(lineId(last, "what"))?.focus();
  });
  const addOutcomeButton = h(
    "button",
    { class: "nhsuk-button nhsuk-button--secondary", type: "button" },
    "Add an outcome",
  );
  addOutcomeButton.addEventListener("click", () => addOutcome());

  for (const outcome of options.start.outcomes) addOutcome(outcome);
  if (options.start.outcomes.length === 0) addOutcome();
  for (const line of options.start.lines) addLine(line);
  if (options.start.lines.length === 0) addLine();

  const value = (id: string) =>
    (document.getElementById(id) as HTMLInputElement | null)?.value ?? "";
  const [firstReview, secondReview] = options.start.reviewDates;

  const element = h(
    "div",
    { class: "app-plan-editor" },
    h("h4", {}, "Outcomes"),
    h(
      "p",
      { class: "nhsuk-hint" },
      "In the person's own words, agreed together. From the application to start with.",
    ),
    outcomesList,
    addOutcomeButton,
    h("h4", {}, "Costed lines"),
    h(
      "p",
      { class: "nhsuk-hint" },
      "Each line is checked against what a personal health budget cannot buy as you enter it.",
    ),
    linesList,
    addButton,
    total,
    textareaField(`${p}-risks`, "Risks", { value: options.start.risks }),
    textareaField(`${p}-contingency`, "Contingency: what happens if care falls through", {
      value: options.start.contingency,
    }),
    textField(`${p}-coordinator`, "Named care co-ordinator", {
      value: options.start.careCoordinator,
    }),
    dateField(
      `${p}-review-1`,
      "First review (optional)",
      firstReview,
      "Within 3 months of the budget being in place. For example, 24 3 2027",
    ),
    dateField(`${p}-review-2`, "Next review (optional)", secondReview),
  );
  showTotal();

  function readReviewDates(messages: FieldMessage[]): string[] {
    const dates: string[] = [];
    for (const id of [`${p}-review-1`, `${p}-review-2`]) {
      const typed = ["day", "month", "year"].map((part) => value(`${id}-${part}`).trim());
      if (typed.every((t) => t === "")) continue;
      const reading = readDateInput(id, "review date");
      if (reading.ok) dates.push(reading.iso);
      else messages.push(reading.error);
    }
    return dates;
  }

  return {
    element,
    read: () => {
      const messages: FieldMessage[] = [];
      const lines = lineKeys().flatMap((key) => {
        const checked = checkTypedLine(typedLine(key), rules);
        for (const m of checked.messages)
          messages.push({ fieldId: lineId(key, m.field), message: m.message });
        return checked.line ?? [];
      });
      const reviewDates = readReviewDates(messages);
      if (messages.length) return { messages };
      const outcomes = [...outcomesList.querySelectorAll("input")]
        .map((i) => i.value.trim())
        .filter(Boolean);
      return {
        plan: {
          lines,
          outcomes,
          risks: value(`${p}-risks`),
          contingency: value(`${p}-contingency`),
          careCoordinator: value(`${p}-coordinator`),
          reviewDates,
        },
      };
    },
    fieldIdFor: (path) => {
      const parts = path.split(".");
      if (parts[0] !== "plan") return undefined;
      const [, section, index, field] = parts;
      if (section === "lines") {
        const key = lineKeys()[Number(index)];
        const mapped = field ? apiLineField[field] : undefined;
        return key !== undefined && mapped ? lineId(key, mapped) : `${p}-add-line`;
      }
      if (section === "outcomes") return `${p}-outcome-${index ?? 0}`;
      if (section === "risks") return `${p}-risks`;
      if (section === "contingency") return `${p}-contingency`;
      if (section === "careCoordinator") return `${p}-coordinator`;
      if (section === "reviewDates") return `${p}-review-${Number(index ?? 0) + 1}-day`;
      return `${p}-add-line`;
    },
  };
}
