import type { StaffAdviceAction, StaffDayResponse } from "@front-door/contracts";
import { h } from "../../../lib/dom.ts";

/** What a form asks the page to send; the page owns the API call, errors and reloading. */
export interface ActionRequest {
  body: StaffAdviceAction;
  form: HTMLFormElement;
  done: string;
  /** The input an API error path belongs to. */
  fieldIdFor: (path: string) => string;
}
export type SendAction = (request: ActionRequest) => Promise<void>;
export type DaySlot = StaffDayResponse["slots"][number];

export const text = (data: FormData, name: string) => data.get(name)?.toString() ?? "";

export function form(
  id: string,
  heading: string,
  send: SendAction,
  build: (data: FormData) => { body: StaffAdviceAction; done: string },
  fieldIdFor: (path: string) => string,
  ...children: (HTMLElement | false)[]
): HTMLElement {
  const element = h("form", { id: `${id}-form`, novalidate: true }, ...children);
  let busy = false;
  element.addEventListener("submit", (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    void send({ ...build(new FormData(element)), form: element, fieldIdFor }).finally(() => {
      busy = false;
    });
  });
  return h("section", { class: "nhsuk-u-margin-bottom-6" }, h("h3", {}, heading), element);
}

export const button = (label: string, id: string, secondary = true) =>
  h(
    "button",
    { class: `nhsuk-button${secondary ? " nhsuk-button--secondary" : ""}`, type: "submit", id },
    label,
  );

export function select(
  id: string,
  label: string,
  options: readonly { value: string; text: string }[],
) {
  return h(
    "div",
    { class: "nhsuk-form-group" },
    h("label", { class: "nhsuk-label", for: id }, label),
    h(
      "select",
      { class: "nhsuk-select", id, name: id },
      ...options.map((o) => h("option", { value: o.value }, o.text)),
    ),
  );
}

export function textarea(id: string, label: string, hint?: string) {
  return h(
    "div",
    { class: "nhsuk-form-group" },
    h("label", { class: "nhsuk-label", for: id }, label),
    hint && h("div", { class: "nhsuk-hint", id: `${id}-hint` }, hint),
    h("textarea", {
      class: "nhsuk-textarea",
      id,
      name: id,
      rows: 4,
      ...(hint ? { "aria-describedby": `${id}-hint` } : {}),
    }),
  );
}

export const only = (id: string) => () => id;
