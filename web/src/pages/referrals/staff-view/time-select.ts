import type { ReferralSlotsResponse } from "@front-door/contracts";
import { h } from "../../../lib/dom.ts";
import { formatDate } from "../../../lib/format.ts";
import { bookingDays, timeRange } from "../../../lib/referral-booking.ts";
import { channelLabels } from "../../../lib/same-day.ts";

/**
 * Choosing a referral's time on the staff page: one select, a group per day. Staff book on the
 * phone with the patient, so a compact list they can scan or type into beats a page of radios.
 */

/** The options: "Choose a time", then each day's times as "9:30am to 10am, in person". */
function timeOptions(times: ReferralSlotsResponse): HTMLElement[] {
  return [
    h("option", { value: "" }, "Choose a time"),
    ...bookingDays(times.days).map((day) =>
      h(
        "optgroup",
        { label: day.heading },
        ...day.slots.map((slot) =>
          h(
            "option",
            { value: slot.id },
            `${timeRange(slot)}, ${channelLabels[slot.channel].toLowerCase()}`,
          ),
        ),
      ),
    ),
  ];
}

function hintText(times: ReferralSlotsResponse): string {
  return `Free times at ${times.site.name} for this service, up to ${formatDate(times.window.to)}. UK time.`;
}

/** Whether there is any time to offer. */
export function hasFreeTimes(times: ReferralSlotsResponse): boolean {
  return times.days.some((day) => day.slots.length > 0);
}

export function timeSelect(id: string, times: ReferralSlotsResponse): HTMLElement {
  return h(
    "div",
    { class: "nhsuk-form-group" },
    h("label", { class: "nhsuk-label", for: id }, "Time"),
    h("div", { class: "nhsuk-hint", id: `${id}-hint` }, hintText(times)),
    h(
      "select",
      { class: "nhsuk-select", id, name: "slot", "aria-describedby": `${id}-hint` },
      ...timeOptions(times),
    ),
  );
}

/**
 * The times as they are now, after one was taken: the list is replaced, and the choice kept if
 * that time is still free (it will not be, if it was the one taken).
 */
export function refreshTimes(select: HTMLSelectElement, times: ReferralSlotsResponse): void {
  const chosen = select.value;
  select.replaceChildren(...timeOptions(times));
  select.value = [...select.options].some((option) => option.value === chosen) ? chosen : "";
  const hint = document.getElementById(`${select.id}-hint`);
  if (hint) hint.textContent = hintText(times);
}
