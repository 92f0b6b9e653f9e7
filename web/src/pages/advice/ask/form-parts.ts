import { type Child, h } from "../../../lib/dom.ts";

/**
 * NHS form components for one question a page, built as elements (text as text, never markup):
 * the question is the page's heading, inside the legend or label as the design system says.
 * The first choice carries the field's own id, so an error links to it.
 */

export interface Choice {
  value: string;
  label: string;
  hint?: string;
  /** "None of these": ticking it clears the others (nhsuk-frontend's exclusive behaviour). */
  exclusive?: boolean;
}

const choiceId = (name: string, index: number) => (index === 0 ? name : `${name}-${index + 1}`);

function pageHeading(text: string, caption?: string): HTMLElement {
  return h(
    "h1",
    { class: "nhsuk-fieldset__heading" },
    caption ? h("span", { class: "nhsuk-caption-l" }, caption) : undefined,
    text,
  );
}

function choices(
  kind: "radio" | "checkbox",
  o: {
    name: string;
    question: string;
    /** False for a question under the page's own heading. */
    asHeading?: boolean;
    caption?: string;
    hint?: string;
    options: readonly Choice[];
    chosen: readonly string[];
  },
): HTMLElement {
  const css = kind === "radio" ? "nhsuk-radios" : "nhsuk-checkboxes";
  const hintId = `${o.name}-hint`;
  const items: Child[] = o.options.flatMap((option, index) => {
    const id = choiceId(o.name, index);
    const item = h(
      "div",
      { class: `${css}__item` },
      h("input", {
        class: `${css}__input`,
        id,
        name: o.name,
        type: kind,
        value: option.value,
        checked: o.chosen.includes(option.value),
        "aria-describedby": option.hint ? `${id}-item-hint` : undefined,
        "data-behaviour": option.exclusive ? "exclusive" : undefined,
      }),
      h("label", { class: `nhsuk-label ${css}__label`, for: id }, option.label),
      option.hint
        ? h("div", { class: `nhsuk-hint ${css}__hint`, id: `${id}-item-hint` }, option.hint)
        : undefined,
    );
    return option.exclusive ? [h("div", { class: `${css}__divider` }, "or"), item] : [item];
  });
  return h(
    "div",
    { class: "nhsuk-form-group" },
    h(
      "fieldset",
      { class: "nhsuk-fieldset", "aria-describedby": o.hint ? hintId : undefined },
      o.asHeading === false
        ? h("legend", { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--s" }, o.question)
        : h(
            "legend",
            { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--l" },
            pageHeading(o.question, o.caption),
          ),
      o.hint ? h("div", { class: "nhsuk-hint", id: hintId }, o.hint) : undefined,
      h(
        "div",
        {
          class: css,
          // Whole names, not a template: the build's CSS purge keeps the classes it can read.
          "data-module": kind === "radio" ? "nhsuk-radios" : "nhsuk-checkboxes",
        },
        ...items,
      ),
    ),
  );
}

export const radios = (o: Parameters<typeof choices>[1]) => choices("radio", o);
export const checkboxes = (o: Parameters<typeof choices>[1]) => choices("checkbox", o);

export function textInput(o: {
  name: string;
  label: string;
  hint?: string;
  value: string;
  type?: "text" | "tel";
  autocomplete?: string;
  width?: string;
}): HTMLElement {
  const hintId = `${o.name}-hint`;
  return h(
    "div",
    { class: "nhsuk-form-group" },
    h("label", { class: "nhsuk-label nhsuk-label--s", for: o.name }, o.label),
    o.hint ? h("div", { class: "nhsuk-hint", id: hintId }, o.hint) : undefined,
    h("input", {
      class: `nhsuk-input${o.width ? ` ${o.width}` : ""}`,
      id: o.name,
      name: o.name,
      type: o.type ?? "text",
      value: o.value,
      autocomplete: o.autocomplete ?? "off",
      "aria-describedby": o.hint ? hintId : undefined,
    }),
  );
}

/** A text area whose label is the page's heading, with nhsuk-frontend's character count. */
export function countedTextarea(o: {
  name: string;
  question: string;
  caption?: string;
  hint: string;
  value: string;
  max: number;
  heading?: boolean;
}): HTMLElement {
  const info = `${o.name}-info`;
  const label = h(
    "label",
    {
      class: `nhsuk-label ${o.heading === false ? "nhsuk-label--s" : "nhsuk-label--l"}`,
      for: o.name,
    },
    o.question,
  );
  const group = h(
    "div",
    { class: "nhsuk-form-group nhsuk-character-count" },
    o.heading === false
      ? label
      : h(
          "h1",
          { class: "nhsuk-label-wrapper" },
          o.caption ? h("span", { class: "nhsuk-caption-l" }, o.caption) : undefined,
          label,
        ),
    h("div", { class: "nhsuk-hint", id: `${o.name}-hint` }, o.hint),
    h("textarea", {
      class: "nhsuk-textarea nhsuk-js-character-count",
      id: o.name,
      name: o.name,
      rows: 8,
      "aria-describedby": `${o.name}-hint ${info}`,
    }),
    h(
      "div",
      { class: "nhsuk-hint nhsuk-character-count__message", id: info },
      `You can enter up to ${o.max.toLocaleString("en-GB")} characters`,
    ),
  );
  (group.querySelector("textarea") as HTMLTextAreaElement).value = o.value;
  group.dataset.module = "nhsuk-character-count";
  group.dataset.maxlength = String(o.max);
  return group;
}

export function continueButton(text = "Continue", id = "ask-continue"): HTMLElement {
  return h(
    "button",
    { class: "nhsuk-button", type: "submit", id, "data-module": "nhsuk-button" },
    text,
  );
}
