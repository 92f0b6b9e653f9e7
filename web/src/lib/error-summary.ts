import { ErrorSummary } from "nhsuk-frontend/dist/nhsuk/components/error-summary/error-summary.mjs";
import { h, visuallyHidden } from "./dom.ts";
import type { FieldMessage } from "./field-errors.ts";

const errorTitlePrefix = "Error: ";

/**
 * Shows the NHS error summary at the top of `container` and focuses it (nhsuk-frontend's
 * ErrorSummary does that, and makes its links move focus to the field's label).
 */
export function showErrorSummary(container: HTMLElement, errors: readonly FieldMessage[]): void {
  const summary = h(
    "div",
    { class: "nhsuk-error-summary", "data-module": "nhsuk-error-summary", id: "error-summary" },
    h(
      "div",
      { role: "alert" },
      h("h2", { class: "nhsuk-error-summary__heading" }, "There is a problem"),
      h(
        "div",
        { class: "nhsuk-error-summary__body" },
        h(
          "ul",
          { class: "nhsuk-list nhsuk-error-summary__list" },
          ...errors.map(({ fieldId, message, context }) =>
            h(
              "li",
              {},
              h(
                "a",
                { href: `#${fieldId}` },
                message,
                context ? visuallyHidden(`: ${context}`) : undefined,
              ),
            ),
          ),
        ),
      ),
    ),
  );
  container.replaceChildren(summary);
  new ErrorSummary(summary);
  if (!document.title.startsWith(errorTitlePrefix))
    document.title = errorTitlePrefix + document.title;
}

const inputErrorClass: Record<string, string> = {
  INPUT: "nhsuk-input--error",
  SELECT: "nhsuk-select--error",
  TEXTAREA: "nhsuk-textarea--error",
};

function addDescribedBy(element: Element, id: string): void {
  const ids = new Set((element.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean));
  ids.add(id);
  element.setAttribute("aria-describedby", [...ids].join(" "));
}

/**
 * The inline message beside the field, placed where the NHS pattern puts it: above the input.
 * In a date input, `highlight` names the boxes that are wrong (all of them when not given).
 */
export function showFieldError(
  fieldId: string,
  message: string,
  highlight?: readonly string[],
): void {
  const field = document.getElementById(fieldId);
  if (!field) return;
  const errorId = `${fieldId}-error`;
  if (document.getElementById(errorId)) return;
  const errorMessage = h(
    "span",
    { class: "nhsuk-error-message", id: errorId, "data-app-error": true },
    h("span", { class: "nhsuk-u-visually-hidden" }, "Error:"),
    ` ${message}`,
  );
  // A date's day, month and year boxes share one message, above them, for the whole fieldset.
  const dateInput = field.closest(".nhsuk-date-input");
  if (dateInput) {
    dateInput.before(errorMessage);
    const fieldset = dateInput.closest("fieldset");
    fieldset?.closest(".nhsuk-form-group")?.classList.add("nhsuk-form-group--error");
    if (fieldset) addDescribedBy(fieldset, errorId);
    for (const input of dateInput.querySelectorAll("input")) {
      if (!highlight || highlight.includes(input.id)) input.classList.add("nhsuk-input--error");
    }
    return;
  }
  field.closest(".nhsuk-form-group")?.classList.add("nhsuk-form-group--error");
  const isChoice =
    field instanceof HTMLInputElement && (field.type === "checkbox" || field.type === "radio");
  if (isChoice) {
    const choices = field.closest(".nhsuk-checkboxes, .nhsuk-radios");
    choices?.before(errorMessage);
    const fieldset = field.closest("fieldset");
    if (fieldset) addDescribedBy(fieldset, errorId);
    return;
  }
  const className = inputErrorClass[field.tagName];
  if (className) field.classList.add(className);
  (field.closest(".nhsuk-input-wrapper") ?? field).before(errorMessage);
  addDescribedBy(field, errorId);
}

/** Removes every summary and inline message, ready for the next attempt. */
export function clearErrors(summaryContainer: HTMLElement, form: HTMLElement): void {
  summaryContainer.replaceChildren();
  for (const message of form.querySelectorAll("[data-app-error]")) {
    const id = message.id;
    for (const described of form.querySelectorAll(`[aria-describedby~="${id}"]`)) {
      const rest = (described.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .filter((token) => token && token !== id);
      if (rest.length) described.setAttribute("aria-describedby", rest.join(" "));
      else described.removeAttribute("aria-describedby");
    }
    message.remove();
  }
  for (const group of form.querySelectorAll(".nhsuk-form-group--error")) {
    group.classList.remove("nhsuk-form-group--error");
  }
  for (const className of Object.values(inputErrorClass)) {
    for (const field of form.querySelectorAll(`.${className}`)) field.classList.remove(className);
  }
  if (document.title.startsWith(errorTitlePrefix)) {
    document.title = document.title.slice(errorTitlePrefix.length);
  }
}

/**
 * The error summary for a problem that is no one field's (the referral changed meanwhile, the
 * questions changed): a message and what to do, focused like the field summary.
 */
export function showProblemSummary(
  container: HTMLElement,
  heading: string,
  ...body: HTMLElement[]
): void {
  const summary = h(
    "div",
    { class: "nhsuk-error-summary", id: "error-summary", tabindex: "-1" },
    h(
      "div",
      { role: "alert" },
      h("h2", { class: "nhsuk-error-summary__heading" }, heading),
      h("div", { class: "nhsuk-error-summary__body" }, ...body),
    ),
  );
  container.replaceChildren(summary);
  summary.focus();
}
