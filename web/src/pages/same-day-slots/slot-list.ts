import type { OfferedSlot, SameDaySiteSlots } from "@front-door/contracts";
import { h, visuallyHidden } from "../../lib/dom.ts";
import { formatClockTime, formatDistance } from "../../lib/format.ts";
import { channelLabels } from "../../lib/same-day.ts";

export type ChooseSlot = (slot: OfferedSlot, site: SameDaySiteSlots["site"]) => void;

/**
 * Times as a list of buttons, soonest first, so a screen reader reads them in order. Each
 * button's name starts with the London time and ends with where and how, so it makes sense
 * heard on its own.
 */
export function timeList(
  slots: readonly OfferedSlot[],
  site: SameDaySiteSlots["site"],
  choose: ChooseSlot,
): HTMLElement {
  return h(
    "ul",
    { class: "app-time-list" },
    ...slots.map((slot) => {
      const button = h(
        "button",
        {
          class: "nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-2",
          type: "button",
          "data-slot-id": slot.id,
        },
        formatClockTime(slot.localStart),
        visuallyHidden(`, ${channelLabels[slot.channel].toLowerCase()}, ${site.name}`),
      );
      button.addEventListener("click", () => choose(slot, site));
      return h("li", {}, button);
    }),
  );
}

export function siteSlots(entry: SameDaySiteSlots, choose: ChooseSlot): HTMLElement {
  const { site } = entry;
  return h(
    "li",
    { "data-site-id": site.id },
    h(
      "div",
      { class: "nhsuk-card" },
      h(
        "div",
        { class: "nhsuk-card__content" },
        h("h2", { class: "nhsuk-card__heading nhsuk-heading-m" }, site.name),
        site.registered
          ? h("strong", { class: "nhsuk-tag nhsuk-tag--blue" }, "Your GP practice")
          : undefined,
        h(
          "p",
          { class: "nhsuk-u-margin-top-2" },
          [...site.address.lines, site.address.town, site.address.postcode].join(", "),
          // The registered practice is the starting point: "0 miles away" would only puzzle.
          ...(site.registered ? [] : [h("br"), `${formatDistance(site.distance)} away`]),
        ),
        ...entry.channels.flatMap(({ channel, slots }) => [
          h("h3", { class: "nhsuk-heading-s" }, channelLabels[channel]),
          timeList(slots, site, choose),
        ]),
      ),
    ),
  );
}

/**
 * The warning card for a time someone else took first: the API's message, then the next free
 * times at that site (or `noAlternatives`, what to do instead). The heading is returned too, so
 * the page can move focus to it.
 */
export function slotTakenCard(
  message: string,
  alternatives: readonly OfferedSlot[],
  site: SameDaySiteSlots["site"],
  choose: ChooseSlot,
  noAlternatives: string,
): { card: HTMLElement; heading: HTMLElement } {
  const heading = h("h2", { class: "nhsuk-heading-m", id: "slot-taken-heading" }, message);
  const card = h(
    "div",
    { class: "nhsuk-card nhsuk-card--warning", id: "slot-taken" },
    h(
      "div",
      { class: "nhsuk-card__content" },
      heading,
      ...(alternatives.length
        ? [
            h("p", {}, `Other free times at ${site.name} today:`),
            timeList(alternatives, site, choose),
          ]
        : [h("p", {}, noAlternatives)]),
    ),
  );
  return { card, heading };
}

/** Takes a time the patient can no longer have off the lists, wherever it shows. */
export function removeTime(slotId: string): void {
  for (const button of document.querySelectorAll(`[data-slot-id="${CSS.escape(slotId)}"]`)) {
    button.closest("li")?.remove();
  }
}
