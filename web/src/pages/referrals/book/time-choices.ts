import type { OfferedSlot } from "@front-door/contracts";
import { h } from "../../../lib/dom.ts";
import {
  type BookingDay,
  dayOffer,
  referralBookingHref,
  timeRange,
} from "../../../lib/referral-booking.ts";
import { channelLabels } from "../../../lib/same-day.ts";

/** The id of the first time's radio: where "Choose a time" points. */
export const firstTimeId = "slot-time";

/**
 * The days with free times, each a link to its times: a short list to scan on a small screen,
 * rather than every time of four weeks at once.
 */
export function dayList(referralId: string, days: readonly BookingDay[]): HTMLElement {
  return h(
    "ul",
    { class: "nhsuk-list nhsuk-list--border", id: "booking-days" },
    ...days.map((day) =>
      h(
        "li",
        { "data-day": day.localDate },
        h("a", { href: referralBookingHref(referralId, day.localDate) }, day.heading),
        h("p", { class: "nhsuk-body-s nhsuk-u-margin-bottom-0" }, dayOffer(day)),
      ),
    ),
  );
}

/**
 * One day's times as radios: the day is the legend, each time says from and to, with how it
 * happens (in person, by phone, by video call) as its hint.
 */
export function timeForm(
  day: BookingDay,
  siteName: string,
  onChoose: (slot: OfferedSlot | undefined) => void,
): HTMLFormElement {
  const form = h(
    "form",
    { id: "time-form", novalidate: true },
    h(
      "div",
      { class: "nhsuk-form-group" },
      h(
        "fieldset",
        { class: "nhsuk-fieldset", id: "time-fieldset", "aria-describedby": "time-hint" },
        h("legend", { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--m" }, day.heading),
        h("div", { class: "nhsuk-hint", id: "time-hint" }, `At ${siteName}. Times are UK time.`),
        h(
          "div",
          { class: "nhsuk-radios", "data-module": "nhsuk-radios", id: "time-choices" },
          ...day.slots.map((slot, index) => {
            const id = index === 0 ? firstTimeId : `${firstTimeId}-${index}`;
            return h(
              "div",
              { class: "nhsuk-radios__item", "data-slot-id": slot.id },
              h("input", {
                class: "nhsuk-radios__input",
                id,
                name: "slot",
                type: "radio",
                value: slot.id,
                "aria-describedby": `${id}-hint`,
              }),
              h("label", { class: "nhsuk-label nhsuk-radios__label", for: id }, timeRange(slot)),
              h(
                "div",
                { class: "nhsuk-hint nhsuk-radios__hint", id: `${id}-hint` },
                channelLabels[slot.channel],
              ),
            );
          }),
        ),
      ),
    ),
    h("button", { class: "nhsuk-button", type: "submit", id: "continue" }, "Continue"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const chosen = new FormData(form).get("slot")?.toString();
    onChoose(day.slots.find((slot) => slot.id === chosen));
  });
  return form;
}
