import type { PhbTeamAction } from "@front-door/contracts";
import { h } from "../../../lib/dom.ts";
import type { FieldMessage } from "../../../lib/field-errors.ts";

/** What a form read: the action to send, or what to fix before anything is sent. */
export type FormReading = { body: PhbTeamAction } | { messages: FieldMessage[] };

/** What a form asks the page to do; the page owns the API call, errors and the banner. */
export interface ActionRequest {
  form: HTMLElement;
  reading: FormReading;
  /** The input an API error path belongs to: where its message goes, and its summary link. */
  fieldIdFor: (path: string) => string;
  /** The success banner's heading. */
  done: string;
}

export type SendAction = (request: ActionRequest) => Promise<void>;

/** A form that reads itself and sends on submit, once at a time. */
export function actionForm(
  id: string,
  send: SendAction,
  read: (form: HTMLFormElement) => FormReading,
  fieldIdFor: (path: string) => string,
  done: string,
  ...children: (HTMLElement | undefined | false)[]
): HTMLFormElement {
  const form = h("form", { id, novalidate: true }, ...children);
  let busy = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    void send({ form, reading: read(form), fieldIdFor, done }).finally(() => {
      busy = false;
    });
  });
  return form;
}

export function submitButton(text: string, id: string, kind?: "secondary" | "warning") {
  return h(
    "button",
    { class: `nhsuk-button${kind ? ` nhsuk-button--${kind}` : ""}`, type: "submit", id },
    text,
  );
}

/** One section of "what to do next": a heading and its form. */
export function actionSection(
  id: string,
  heading: string,
  ...content: (Node | false | undefined)[]
) {
  return h(
    "section",
    { class: "app-phb-action", id, "aria-labelledby": `${id}-heading` },
    h("h3", { id: `${id}-heading` }, heading),
    ...content,
  );
}
