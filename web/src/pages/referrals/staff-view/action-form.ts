import type { ReferralActionRequest } from "@front-door/contracts";
import { h } from "../../../lib/dom.ts";
import type { OfferedAction } from "./referral-actions.ts";

/** What a form asks the page to send; the page owns the API call, errors and the banner. */
export interface ActionRequest {
  action: OfferedAction;
  body: ReferralActionRequest;
  /** The form (or confirmation) the request came from, for clearing its inline errors. */
  form: HTMLElement;
  /** The input an API error path belongs to: where its message goes, and its summary link. */
  fieldIdFor: (path: string) => string;
}

export type SendAction = (request: ActionRequest) => Promise<void>;

/** A form that sends `body()` on submit, once at a time; a second press while sending is ignored. */
export function actionForm(
  action: OfferedAction,
  send: SendAction,
  body: (data: FormData) => ReferralActionRequest,
  fieldIdFor: (path: string) => string,
  ...children: HTMLElement[]
): HTMLFormElement {
  const form = h("form", { id: `${action}-form`, novalidate: true }, ...children);
  let busy = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    void send({ action, body: body(new FormData(form)), form, fieldIdFor }).finally(() => {
      busy = false;
    });
  });
  return form;
}

export function submitButton(text: string, id: string, warning = false): HTMLElement {
  return h(
    "button",
    { class: `nhsuk-button${warning ? " nhsuk-button--warning" : ""}`, type: "submit", id },
    text,
  );
}

/** A form field's value as text, empty when absent. */
export const formText = (data: FormData, name: string) => data.get(name)?.toString() ?? "";
