import type { TriageAdvice, TriageQuestionnaire } from "@front-door/contracts";
import { adviceElement } from "../../../lib/advice-card.ts";
import { h } from "../../../lib/dom.ts";

type Question = TriageQuestionnaire["sections"][number]["questions"][number];

/** The id of a question's first input: where its error message and summary link point. */
export const questionInputId = (questionId: string) => `q-${questionId}`;

function hint(id: string, text: string | undefined): HTMLElement | undefined {
  return text ? h("div", { class: "nhsuk-hint", id: `${id}-hint` }, text) : undefined;
}

function legend(text: string, asHeading: boolean): HTMLElement {
  return asHeading
    ? h(
        "legend",
        { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--l" },
        h("h1", { class: "nhsuk-fieldset__heading", tabindex: "-1" }, text),
      )
    : h("legend", { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--s" }, text);
}

function radios(
  question: Question & { kind: "yes-no" | "choice" },
  options: readonly { value: string; label: string }[],
  inline: boolean,
  asHeading = false,
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
      legend(question.label, asHeading),
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

/** Step one: who the appointment is for, its question the page heading. */
export function whoStep(question: Question): HTMLElement {
  const body =
    question.kind === "choice" ? radios(question, question.options, false, true) : undefined;
  return h("div", { "data-step": "who" }, body);
}

/**
 * Step two: one "do you have any of these?" question listing the person's emergency signs,
 * with an exclusive "None of these" (nhsuk-frontend's checkboxes untick the rest for it).
 */
export function signsStep(
  person: string,
  title: string,
  questions: readonly (Question & { kind: "yes-no" })[],
): HTMLElement {
  const name = `signs-${person}`;
  const fieldsetId = `fieldset-${name}`;
  const item = (id: string, value: string, label: string, extra: Record<string, string> = {}) =>
    h(
      "div",
      { class: "nhsuk-checkboxes__item" },
      h("input", { class: "nhsuk-checkboxes__input", id, name, type: "checkbox", value, ...extra }),
      h("label", { class: "nhsuk-label nhsuk-checkboxes__label", for: id }, label),
    );
  return h(
    "div",
    { "data-step": "signs", "data-person": person },
    h(
      "div",
      { class: "nhsuk-form-group" },
      h(
        "fieldset",
        { class: "nhsuk-fieldset", id: fieldsetId, "aria-describedby": `${fieldsetId}-hint` },
        legend(title, true),
        h(
          "div",
          { class: "nhsuk-hint", id: `${fieldsetId}-hint` },
          "We ask first so that anyone who needs urgent help gets it straight away. Select all that apply.",
        ),
        h(
          "div",
          { class: "nhsuk-checkboxes", "data-module": "nhsuk-checkboxes" },
          ...questions.map((q) => item(questionInputId(q.id), q.id, q.label)),
          h("div", { class: "nhsuk-checkboxes__divider" }, "or"),
          item(`signs-none-${person}`, "none", "None of these", {
            "data-behaviour": "exclusive",
          }),
        ),
      ),
    ),
  );
}

/** Step three: the problem and how long, under one heading. */
export function problemStep(
  title: string,
  sections: readonly TriageQuestionnaire["sections"][number][],
): HTMLElement {
  return h(
    "div",
    { "data-step": "problem" },
    h("h1", { tabindex: "-1" }, title),
    ...sections.flatMap((section) => section.questions.map(questionElement)),
  );
}

/** The red-flag advice, with what became of the answers: noted by the practice, nothing booked. */
export function sameDayAdviceElement(advice: TriageAdvice): HTMLElement {
  return adviceElement(
    advice,
    "Your answers have been noted by your GP practice. You do not need to fill in this form again. We cannot book a same-day appointment for this: please follow the advice above now.",
  );
}
