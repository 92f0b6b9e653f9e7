import { datePartId } from "../../../lib/date-input.ts";
import { dateParts } from "../../../lib/date-parts.ts";
import { h } from "../../../lib/dom.ts";
import { showFieldError } from "../../../lib/error-summary.ts";

/**
 * NHS form fields built in the browser (the forms depend on the application's stage), as the
 * layout's form-markup builds them at build time. Every value goes in as text, never markup.
 */

function hint(id: string, text: string | undefined): HTMLElement | undefined {
  return text ? h("div", { class: "nhsuk-hint", id: `${id}-hint` }, text) : undefined;
}

export function textField(
  id: string,
  label: string,
  options: { hint?: string; value?: string; width?: string; prefix?: string } = {},
): HTMLElement {
  const input = h("input", {
    class: `nhsuk-input${options.width ? ` ${options.width}` : ""}`,
    id,
    name: id,
    type: "text",
    value: options.value,
    "aria-describedby": options.hint ? `${id}-hint` : undefined,
    inputmode: options.prefix ? "decimal" : undefined,
    spellcheck: options.prefix ? "false" : undefined,
  });
  return h(
    "div",
    { class: "nhsuk-form-group" },
    h("label", { class: "nhsuk-label", for: id }, label),
    hint(id, options.hint),
    options.prefix
      ? h(
          "div",
          { class: "nhsuk-input-wrapper" },
          h("div", { class: "nhsuk-input__prefix", "aria-hidden": "true" }, options.prefix),
          input,
        )
      : input,
  );
}

export function textareaField(
  id: string,
  label: string,
  options: { hint?: string; value?: string; rows?: number } = {},
): HTMLElement {
  const area = h("textarea", {
    class: "nhsuk-textarea",
    id,
    name: id,
    rows: options.rows ?? 3,
    "aria-describedby": options.hint ? `${id}-hint` : undefined,
  });
  area.value = options.value ?? "";
  return h(
    "div",
    { class: "nhsuk-form-group" },
    h("label", { class: "nhsuk-label", for: id }, label),
    hint(id, options.hint),
    area,
  );
}

/** The NHS date input, with the box ids lib/date-input.ts reads. */
export function dateField(id: string, legend: string, value?: string, hintText?: string) {
  const [year = "", month = "", day = ""] = value?.split("-") ?? [];
  const values = { day: day.replace(/^0/, ""), month: month.replace(/^0/, ""), year };
  const labels = { day: "Day", month: "Month", year: "Year" } as const;
  return h(
    "div",
    { class: "nhsuk-form-group" },
    h(
      "fieldset",
      {
        class: "nhsuk-fieldset",
        role: "group",
        "aria-describedby": `${id}-hint`,
        id: `${id}-fieldset`,
      },
      h("legend", { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--s" }, legend),
      h("div", { class: "nhsuk-hint", id: `${id}-hint` }, hintText ?? "For example, 24 11 2026"),
      h(
        "div",
        { class: "nhsuk-date-input", id },
        ...dateParts.map((part) =>
          h(
            "div",
            { class: "nhsuk-date-input__item" },
            h(
              "div",
              { class: "nhsuk-form-group" },
              h(
                "label",
                { class: "nhsuk-label nhsuk-date-input__label", for: datePartId(id, part) },
                labels[part],
              ),
              h("input", {
                class: `nhsuk-input nhsuk-date-input__input nhsuk-input--width-${part === "year" ? 4 : 2}`,
                id: datePartId(id, part),
                name: datePartId(id, part),
                type: "text",
                inputmode: "numeric",
                autocomplete: "off",
                spellcheck: "false",
                value: value ? values[part] : undefined,
              }),
            ),
          ),
        ),
      ),
    ),
  );
}

export function radiosField(
  name: string,
  legend: string,
  choices: readonly { value: string; label: string; hint?: string }[],
  checked?: string,
): HTMLElement {
  return h(
    "div",
    { class: "nhsuk-form-group" },
    h(
      "fieldset",
      { class: "nhsuk-fieldset" },
      h("legend", { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--s" }, legend),
      h(
        "div",
        { class: "nhsuk-radios" },
        ...choices.map((choice) => {
          const id = `${name}-${choice.value}`;
          return h(
            "div",
            { class: "nhsuk-radios__item" },
            h("input", {
              class: "nhsuk-radios__input",
              id,
              name,
              type: "radio",
              value: choice.value,
              checked: choice.value === checked,
              "aria-describedby": choice.hint ? `${id}-hint` : undefined,
            }),
            h("label", { class: "nhsuk-label nhsuk-radios__label", for: id }, choice.label),
            choice.hint &&
              h("div", { class: "nhsuk-hint nhsuk-radios__hint", id: `${id}-hint` }, choice.hint),
          );
        }),
      ),
    ),
  );
}

export function checkboxField(id: string, label: string, checked: boolean): HTMLElement {
  return h(
    "div",
    { class: "nhsuk-checkboxes__item" },
    h("input", { class: "nhsuk-checkboxes__input", id, name: id, type: "checkbox", checked }),
    h("label", { class: "nhsuk-label nhsuk-checkboxes__label", for: id }, label),
  );
}

/** Takes one field's message away again (a line fixed as it is typed). */
export function clearFieldError(fieldId: string): void {
  const message = document.getElementById(`${fieldId}-error`);
  if (!message) return;
  const field = document.getElementById(fieldId);
  message.remove();
  if (field) {
    const rest = (field.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .filter((token) => token && token !== `${fieldId}-error`);
    if (rest.length) field.setAttribute("aria-describedby", rest.join(" "));
    else field.removeAttribute("aria-describedby");
    field.classList.remove("nhsuk-input--error", "nhsuk-textarea--error");
    field.closest(".nhsuk-form-group")?.classList.remove("nhsuk-form-group--error");
  }
}

/** Replaces a field's message: the NHS pattern shows one at a time. */
export function replaceFieldError(fieldId: string, message: string | undefined): void {
  clearFieldError(fieldId);
  if (message) showFieldError(fieldId, message);
}

export const formValue = (form: HTMLElement, name: string): string => {
  const element = form.querySelector<HTMLInputElement | HTMLTextAreaElement>(
    `[name="${name}"]:not([type="radio"]), [name="${name}"][type="radio"]:checked`,
  );
  return element?.value ?? "";
};

export const isChecked = (form: HTMLElement, id: string): boolean =>
  form.querySelector<HTMLInputElement>(`#${id}`)?.checked ?? false;
