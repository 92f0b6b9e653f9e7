import { holdChoices, timeText } from "../../../lib/advice-staff/offer.ts";
import { h } from "../../../lib/dom.ts";
import { button, type DaySlot, form, only, type SendAction, select, text } from "./form-parts.ts";

/** Offer times (held for the patient) or book one, from the chosen day's free slots. */
export function appointmentForms(
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
