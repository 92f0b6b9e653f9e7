import type { ApiError } from "../../../lib/api.ts";
import { byId, focusElement, h, render } from "../../../lib/dom.ts";
import { clearErrors, showErrorSummary, showFieldError } from "../../../lib/error-summary.ts";
import { fieldMessages } from "../../../lib/field-errors.ts";

/** Closes whichever step (a reason, an NHS number) is open above the list. */
export function closeStep(): void {
  byId("day-step").replaceChildren();
}

/** A one-field step (a reason, an NHS number) above the table, with a way back. */
export function stepForm(o: {
  heading: string;
  fieldId: string;
  label: string;
  hint: string;
  submit: string;
  back: string;
  width?: string;
  /** A second, optional text field (the booking's reason for a time outside the rules). */
  optional?: { fieldId: string; label: string; hint: string };
  onSubmit: (value: string, optional: string) => Promise<ApiError | undefined>;
}): void {
  const errors = byId("day-errors");
  const extra = o.optional
    ? h("input", {
        class: "nhsuk-input",
        id: o.optional.fieldId,
        name: o.optional.fieldId,
        type: "text",
        autocomplete: "off",
        "aria-describedby": `${o.optional.fieldId}-hint`,
      })
    : undefined;
  const input = h("input", {
    class: `nhsuk-input ${o.width ?? ""}`.trim(),
    id: o.fieldId,
    name: o.fieldId,
    type: "text",
    autocomplete: "off",
    spellcheck: "false",
    "aria-describedby": `${o.fieldId}-hint`,
  });
  const back = h(
    "button",
    { class: "nhsuk-button nhsuk-button--secondary", type: "button" },
    o.back,
  );
  const heading = h("h2", { class: "nhsuk-heading-m", id: "step-heading" }, o.heading);
  const form = h(
    "form",
    { id: "step-form", novalidate: true, class: "nhsuk-u-margin-bottom-6" },
    heading,
    h(
      "div",
      { class: "nhsuk-form-group" },
      h("label", { class: "nhsuk-label", for: o.fieldId }, o.label),
      h("div", { class: "nhsuk-hint", id: `${o.fieldId}-hint` }, o.hint),
      input,
    ),
    ...(o.optional && extra
      ? [
          h(
            "div",
            { class: "nhsuk-form-group" },
            h("label", { class: "nhsuk-label", for: o.optional.fieldId }, o.optional.label),
            h("div", { class: "nhsuk-hint", id: `${o.optional.fieldId}-hint` }, o.optional.hint),
            extra,
          ),
        ]
      : []),
    h(
      "div",
      { class: "nhsuk-button-group" },
      h("button", { class: "nhsuk-button", type: "submit" }, o.submit),
      back,
    ),
  );
  back.addEventListener("click", () => {
    clearErrors(errors, form);
    closeStep();
    focusElement(document.getElementById("day-table") ?? byId("day-list"));
  });
  let busy = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    clearErrors(errors, form);
    void o.onSubmit(input.value, extra?.value ?? "").then((error) => {
      busy = false;
      if (!error) return;
      const messages = fieldMessages(error.fields, error.message, (path) =>
        o.optional && path === "reason" ? o.optional.fieldId : o.fieldId,
      );
      for (const m of messages) showFieldError(m.fieldId, m.message);
      showErrorSummary(errors, messages);
    });
  });
  render(byId("day-step"), form);
  focusElement(heading);
}
