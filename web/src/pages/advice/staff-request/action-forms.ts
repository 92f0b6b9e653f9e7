import type { StaffAdviceAction, StaffDayResponse } from "@front-door/contracts";
import { adviceOutcomeNames, closingOutcomes } from "../../../lib/advice-staff/labels.ts";
import { holdChoices, timeText } from "../../../lib/advice-staff/offer.ts";
import { h } from "../../../lib/dom.ts";
import type { StaffRequest } from "./request-view.ts";

/** What a form asks the page to send; the page owns the API call, errors and reloading. */
export interface ActionRequest {
  body: StaffAdviceAction;
  form: HTMLFormElement;
  done: string;
  /** The input an API error path belongs to. */
  fieldIdFor: (path: string) => string;
}
export type SendAction = (request: ActionRequest) => Promise<void>;
type DaySlot = StaffDayResponse["slots"][number];

const text = (data: FormData, name: string) => data.get(name)?.toString() ?? "";

function form(
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

const button = (label: string, id: string, secondary = true) =>
  h(
    "button",
    { class: `nhsuk-button${secondary ? " nhsuk-button--secondary" : ""}`, type: "submit", id },
    label,
  );

function select(id: string, label: string, options: readonly { value: string; text: string }[]) {
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

function textarea(id: string, label: string, hint?: string) {
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

const only = (id: string) => () => id;

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

/** Offer times (held for the patient) or book one, from the chosen day's free slots. */
function appointmentForms(
  send: SendAction,
  times: { date: string; slots: DaySlot[] } | undefined,
  dayChooser: HTMLElement,
): HTMLElement {
  const slots = times?.slots ?? [];
  const none = h(
    "p",
    { id: "no-free-times" },
    times ? "No free times that day." : "The free times could not be read. Reload the page.",
  );
  return h(
    "section",
    { class: "nhsuk-u-margin-bottom-6", id: "appointment-section" },
    h("h3", {}, "Answer with an appointment"),
    dayChooser,
    slots.length === 0
      ? none
      : h(
          "div",
          {},
          form(
            "offer",
            "Offer times",
            send,
            (data) => ({
              body: {
                type: "offer-times",
                slotIds: data.getAll("offer-slot").map(String),
                holdMinutes: Number(text(data, "offer-hold")),
              },
              done: "Times offered",
            }),
            () => "offer-slot",
            h(
              "div",
              { class: "nhsuk-form-group" },
              h(
                "fieldset",
                { class: "nhsuk-fieldset" },
                h(
                  "legend",
                  { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--s" },
                  "Times to offer (up to 5)",
                ),
                h(
                  "div",
                  { class: "nhsuk-checkboxes", id: "offer-slots" },
                  ...slots.map((slot, i) =>
                    h(
                      "div",
                      { class: "nhsuk-checkboxes__item" },
                      h("input", {
                        class: "nhsuk-checkboxes__input",
                        id: i === 0 ? "offer-slot" : `offer-slot-${i}`,
                        name: "offer-slot",
                        type: "checkbox",
                        value: slot.id,
                      }),
                      h(
                        "label",
                        {
                          class: "nhsuk-label nhsuk-checkboxes__label",
                          for: i === 0 ? "offer-slot" : `offer-slot-${i}`,
                        },
                        timeText(slot),
                      ),
                    ),
                  ),
                ),
              ),
            ),
            select(
              "offer-hold",
              "Hold them for",
              holdChoices.map((c) => ({ value: String(c.minutes), text: c.text })),
            ),
            button("Offer these times", "offer-times", false),
          ),
          form(
            "book",
            "Or book one for the patient",
            send,
            (data) => ({
              body: { type: "book", slotId: text(data, "book-slot") },
              done: "Appointment booked",
            }),
            only("book-slot"),
            select(
              "book-slot",
              "Time",
              slots.map((slot) => ({ value: slot.id, text: timeText(slot) })),
            ),
            button("Book this time", "book-time"),
          ),
        ),
  );
}
