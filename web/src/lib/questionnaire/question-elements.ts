import { type Child, h } from "../dom.ts";
import { datePartNames, type QuestionnaireItem, questionFieldId } from "./form-answers.ts";

/**
 * The questionnaire as NHS form components, built from its definition: radios for yes/no and
 * choices, numeric boxes, the three-box date input, a character-counted text area, and a
 * fieldset for each group. Every item sits in a wrapper marked with its linkId, which is shown
 * or hidden as the answers say (see main.ts). Questions the patient may skip say "(optional)".
 */

const freeTextCap = 2_000;

const hintId = (linkId: string) => `${questionFieldId(linkId)}-hint`;

function hint(linkId: string, text: string | undefined): HTMLElement | undefined {
  return text ? h("div", { class: "nhsuk-hint", id: hintId(linkId) }, text) : undefined;
}

function questionText(item: QuestionnaireItem): string {
  return item.required ? item.text : `${item.text} (optional)`;
}

function wrapper(item: QuestionnaireItem, className: string, ...children: Child[]): HTMLElement {
  return h("div", { class: className, "data-link-id": item.linkId }, ...children);
}

function radios(
  item: QuestionnaireItem,
  options: readonly { value: string; label: string }[],
  inline: boolean,
): HTMLElement {
  const fieldId = questionFieldId(item.linkId);
  return wrapper(
    item,
    "nhsuk-form-group",
    h(
      "fieldset",
      {
        class: "nhsuk-fieldset",
        "aria-describedby": item.hint ? hintId(item.linkId) : undefined,
      },
      h(
        "legend",
        { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--s" },
        questionText(item),
      ),
      hint(item.linkId, item.hint),
      h(
        "div",
        {
          class: inline ? "nhsuk-radios nhsuk-radios--inline" : "nhsuk-radios",
          "data-module": "nhsuk-radios",
        },
        ...options.map((option, index) => {
          // The first radio carries the question's id: errors link to it. ":" is never in a
          // linkId, so the others cannot take another question's id.
          const id = index === 0 ? fieldId : `${fieldId}:${index + 1}`;
          return h(
            "div",
            { class: "nhsuk-radios__item" },
            h("input", {
              class: "nhsuk-radios__input",
              id,
              name: item.linkId,
              type: "radio",
              value: option.value,
            }),
            h("label", { class: "nhsuk-label nhsuk-radios__label", for: id }, option.label),
          );
        }),
      ),
    ),
  );
}

function numberInput(item: QuestionnaireItem): HTMLElement {
  const id = questionFieldId(item.linkId);
  return wrapper(
    item,
    "nhsuk-form-group",
    h("label", { class: "nhsuk-label nhsuk-label--s", for: id }, questionText(item)),
    hint(item.linkId, item.hint),
    h("input", {
      class: `nhsuk-input ${item.type === "integer" ? "nhsuk-input--width-3" : "nhsuk-input--width-5"}`,
      id,
      name: item.linkId,
      type: "text",
      // Whole numbers get the digits keypad; decimals need the point too.
      inputmode: item.type === "integer" ? "numeric" : "decimal",
      spellcheck: "false",
      autocomplete: "off",
      "aria-describedby": item.hint ? hintId(item.linkId) : undefined,
    }),
  );
}

function dateInput(item: QuestionnaireItem): HTMLElement {
  const id = questionFieldId(item.linkId);
  const names = datePartNames(item.linkId);
  const example = "For example, 27 3 2026";
  const part = (label: string, name: string, partId: string, width: number) =>
    h(
      "div",
      { class: "nhsuk-date-input__item" },
      h(
        "div",
        { class: "nhsuk-form-group" },
        h("label", { class: "nhsuk-label nhsuk-date-input__label", for: partId }, label),
        h("input", {
          class: `nhsuk-input nhsuk-date-input__input nhsuk-input--width-${width}`,
          id: partId,
          name,
          type: "text",
          inputmode: "numeric",
          autocomplete: "off",
        }),
      ),
    );
  return wrapper(
    item,
    "nhsuk-form-group",
    h(
      "fieldset",
      { class: "nhsuk-fieldset", role: "group", "aria-describedby": hintId(item.linkId) },
      h(
        "legend",
        { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--s" },
        questionText(item),
      ),
      hint(item.linkId, item.hint ? `${item.hint} ${example}` : example),
      h(
        "div",
        { class: "nhsuk-date-input", id: `${id}:date` },
        part("Day", names.day, id, 2),
        part("Month", names.month, `${id}:month`, 2),
        part("Year", names.year, `${id}:year`, 4),
      ),
    ),
  );
}

function shortText(item: QuestionnaireItem): HTMLElement {
  const id = questionFieldId(item.linkId);
  return wrapper(
    item,
    "nhsuk-form-group",
    h("label", { class: "nhsuk-label nhsuk-label--s", for: id }, questionText(item)),
    hint(item.linkId, item.hint),
    h("input", {
      class: "nhsuk-input",
      id,
      name: item.linkId,
      type: "text",
      "aria-describedby": item.hint ? hintId(item.linkId) : undefined,
    }),
  );
}

/** nhsuk-frontend's character count: it tells the patient, as they type, how many are left. */
function longText(item: QuestionnaireItem): HTMLElement {
  const id = questionFieldId(item.linkId);
  const max = Math.min(item.maxLength ?? freeTextCap, freeTextCap);
  const info = `${id}-info`;
  const group = wrapper(
    item,
    "nhsuk-form-group nhsuk-character-count",
    h("label", { class: "nhsuk-label nhsuk-label--s", for: id }, questionText(item)),
    hint(item.linkId, item.hint),
    h("textarea", {
      class: "nhsuk-textarea nhsuk-js-character-count",
      id,
      name: item.linkId,
      rows: 5,
      "aria-describedby": item.hint ? `${info} ${hintId(item.linkId)}` : info,
    }),
    h(
      "div",
      { class: "nhsuk-hint nhsuk-character-count__message", id: info },
      `You can enter up to ${max.toLocaleString("en-GB")} characters`,
    ),
  );
  group.dataset.module = "nhsuk-character-count";
  group.dataset.maxlength = String(max);
  return group;
}

function group(item: QuestionnaireItem): HTMLElement {
  return wrapper(
    item,
    "app-question-group",
    h(
      "fieldset",
      {
        class: "nhsuk-fieldset",
        "aria-describedby": item.hint ? hintId(item.linkId) : undefined,
      },
      h("legend", { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--m" }, item.text),
      hint(item.linkId, item.hint),
      ...(item.item ?? []).map(itemElement),
    ),
  );
}

export function itemElement(item: QuestionnaireItem): HTMLElement {
  switch (item.type) {
    case "boolean":
      return radios(
        item,
        [
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
        ],
        true,
      );
    case "choice":
      return radios(
        item,
        (item.answerOption ?? []).map((o) => ({ value: o.code, label: o.display })),
        false,
      );
    case "integer":
    case "decimal":
      return numberInput(item);
    case "date":
      return dateInput(item);
    case "string":
      return shortText(item);
    case "text":
      return longText(item);
    case "group":
      return group(item);
    case "display":
      return wrapper(
        item,
        "app-question-display",
        h("p", {}, item.text),
        item.hint ? h("p", { class: "nhsuk-hint" }, item.hint) : undefined,
      );
    default: {
      const unknown: never = item.type;
      throw new Error(`Unknown question type ${String(unknown)}`);
    }
  }
}
