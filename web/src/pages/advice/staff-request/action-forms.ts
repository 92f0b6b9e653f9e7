import { adviceOutcomeNames, closingOutcomes } from "../../../lib/advice-staff/labels.ts";
import { h } from "../../../lib/dom.ts";
import { appointmentForms } from "./appointment-forms.ts";
import {
  button,
  type DaySlot,
  form,
  only,
  type SendAction,
  select,
  text,
  textarea,
} from "./form-parts.ts";
import type { StaffRequest } from "./request-view.ts";

export type { ActionRequest } from "./form-parts.ts";

/** The forms for what staff may do now: every action the request's status allows. */
export function actionForms(
  request: StaffRequest,
  send: SendAction,
  times: { date: string; slots: DaySlot[] } | undefined,
  dayChooser: HTMLElement,
): HTMLElement {
  if (request.status === "closed") {
    return h(
      "div",
      {},
      form(
        "reopen",
        "Reopen",
        send,
        () => ({ body: { type: "reopen" }, done: "Request reopened" }),
        only("reopen"),
        button("Reopen this request", "reopen"),
      ),
      noteForm(send),
    );
  }
  return h(
    "div",
    {},
    form(
      "assign",
      "Assign",
      send,
      (data) => {
        const to = text(data, "assign-to");
        const person = text(data, "assign-person").trim();
        return person
          ? {
              body: { type: "assign", to: { kind: "person", userId: person } },
              done: "Request assigned",
            }
          : {
              body: {
                type: "assign",
                to: { kind: "role", role: to === "receptionist" ? "receptionist" : "clinician" },
              },
              done: "Request assigned",
            };
      },
      (path) => (path.includes("userId") ? "assign-person" : "assign-to"),
      select("assign-to", "Assign to", [
        { value: "clinician", text: "The clinicians" },
        { value: "receptionist", text: "The receptionists (care navigators)" },
      ]),
      h(
        "div",
        { class: "nhsuk-form-group" },
        h(
          "label",
          { class: "nhsuk-label", for: "assign-person" },
          "Or to a person (their staff ID)",
        ),
        h("input", {
          class: "nhsuk-input",
          id: "assign-person",
          name: "assign-person",
          type: "text",
          autocomplete: "off",
        }),
      ),
      button("Assign", "assign"),
    ),
    !request.urgent &&
      form(
        "urgent",
        "Urgency",
        send,
        () => ({ body: { type: "mark-urgent" }, done: "Marked urgent" }),
        only("urgent"),
        button("Mark as urgent", "urgent"),
      ),
    form(
      "message",
      "Message the patient",
      send,
      (data) => {
        const t = text(data, "message-text");
        return text(data, "message-kind") === "ask"
          ? { body: { type: "ask", text: t }, done: "Question sent" }
          : { body: { type: "reply", text: t }, done: "Reply sent" };
      },
      only("message-text"),
      select("message-kind", "Kind of message", [
        { value: "reply", text: "A reply (information only)" },
        { value: "ask", text: "A question (needs a reply)" },
      ]),
      textarea("message-text", "Message", "The patient sees this in their thread."),
      button("Send message", "send-message", false),
    ),
    appointmentForms(send, times, dayChooser),
    form(
      "signpost",
      "Signpost",
      send,
      (data) => ({
        body: {
          type: "signpost",
          to: text(data, "signpost-to") as "pharmacy" | "self-referral" | "nhs-111",
          text: text(data, "signpost-text"),
        },
        done: "Patient signposted",
      }),
      (path) => (path === "to" ? "signpost-to" : "signpost-text"),
      select("signpost-to", "Where to", [
        { value: "pharmacy", text: "A pharmacy" },
        { value: "self-referral", text: "A service they can refer themselves to" },
        { value: "nhs-111", text: "NHS 111" },
      ]),
      textarea("signpost-text", "Message to the patient"),
      button("Signpost", "signpost"),
    ),
    noteForm(send),
    form(
      "close",
      "Close",
      send,
      (data) => ({
        body: {
          type: "close",
          outcome: text(data, "close-outcome") as (typeof closingOutcomes)[number],
        },
        done: "Request closed",
      }),
      only("close-outcome"),
      select(
        "close-outcome",
        "Outcome",
        closingOutcomes.map((o) => ({ value: o, text: adviceOutcomeNames[o] })),
      ),
      button("Close with this outcome", "close", false),
    ),
  );
}

function noteForm(send: SendAction): HTMLElement {
  return form(
    "note",
    "Internal note",
    send,
    (data) => ({ body: { type: "note", text: text(data, "note-text") }, done: "Note added" }),
    only("note-text"),
    textarea("note-text", "Note", "Staff only: the patient never sees notes."),
    button("Add note", "add-note"),
  );
}
