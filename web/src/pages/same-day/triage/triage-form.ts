import type { TriageAdvice, TriageQuestionnaire } from "@front-door/contracts";
import { adviceElement } from "../../../lib/advice-card.ts";
import { h } from "../../../lib/dom.ts";

type Question = TriageQuestionnaire["sections"][number]["questions"][number];

/** The id of a question's first input: where its error message and summary link point. */
export const questionInputId = (questionId: string) => `q-${questionId}`;

function hint(id: string, text: string | undefined): HTMLElement | undefined {
  return text ? h("div", { class: "nhsuk-hint", id: `${id}-hint` }, text) : undefined;
}

function radios(
  question: Question & { kind: "yes-no" | "choice" },
  options: readonly { value: string; label: string }[],
  inline: boolean,
): HTMLElement {
  const fieldsetId = `fieldset-${question.id}`;
  return h(
    "div",
    { class: "nhsuk-form-group" },
    h(
      "fieldset",
      {
        class: "nhsuk-fieldset",
        id: fieldsetId,
        "aria-describedby": question.hint ? `${fieldsetId}-hint` : undefined,
      },
      h("legend", { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--s" }, question.label),
      hint(fieldsetId, question.hint),
      h(
        "div",
        {
          class: inline ? "nhsuk-radios nhsuk-radios--inline" : "nhsuk-radios",
          "data-module": "nhsuk-radios",
        },
        ...options.map((option, index) => {
          const id = index === 0 ? questionInputId(question.id) : `q-${question.id}-${index}`;
          return h(
            "div",
            { class: "nhsuk-radios__item" },
            h("input", {
              class: "nhsuk-radios__input",
              id,
              name: question.id,
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

function textQuestion(question: Question & { kind: "text" }): HTMLElement {
  const id = questionInputId(question.id);
  return h(
    "div",
    { class: "nhsuk-form-group" },
    h("label", { class: "nhsuk-label nhsuk-label--s", for: id }, question.label),
    hint(id, question.hint),
    h("textarea", {
      class: "nhsuk-textarea",
      id,
      name: question.id,
      rows: 5,
      "aria-describedby": question.hint ? `${id}-hint` : undefined,
    }),
  );
}

export function questionElement(question: Question): HTMLElement {
  switch (question.kind) {
    case "yes-no":
      return radios(
        question,
        [
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
        ],
        true,
      );
    case "choice":
      return radios(question, question.options, false);
    case "text":
      return textQuestion(question);
    default: {
      const unknown: never = question;
      throw new Error(`Unknown question ${JSON.stringify(unknown)}`);
    }
  }
}

/** Each section is a block with its own heading; hidden ones are neither shown nor sent. */
export function sectionElement(section: TriageQuestionnaire["sections"][number]): HTMLElement {
  return h(
    "div",
    { class: "app-triage-section", id: `section-${section.id}`, "data-section": section.id },
    h("h2", { class: "nhsuk-heading-m" }, section.title),
    section.hint ? h("p", { class: "nhsuk-hint" }, section.hint) : undefined,
    ...section.questions.map(questionElement),
  );
}

/** The red-flag advice, with what became of the answers: noted by the practice, nothing booked. */
export function sameDayAdviceElement(advice: TriageAdvice): HTMLElement {
  return adviceElement(
    advice,
    "Your answers have been noted by your GP practice. You do not need to fill in this form again. We cannot book a same-day appointment for this: please follow the advice above now.",
  );
}
