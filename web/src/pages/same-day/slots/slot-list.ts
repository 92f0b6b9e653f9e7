import type { OfferedSlot, SameDaySiteSlots, SlotChannel } from "@front-door/contracts";
import { h, visuallyHidden } from "../../../lib/dom.ts";
import { formatClockTime, formatDistance } from "../../../lib/format.ts";
import { channelLabels } from "../../../lib/same-day.ts";

export type ChooseSlot = (slot: OfferedSlot, site: SameDaySiteSlots["site"]) => void;

/** Where the times are: a same-day site, or a referral's receiving site (its name is enough). */
type TimesSite = Pick<SameDaySiteSlots["site"], "name">;

/** A time's button text: the London clock time, or with its day where times span days. */
export type SlotLabel = (slot: OfferedSlot) => string;
const clockTime: SlotLabel = (slot) => formatClockTime(slot.localStart);

/**
 * Times as a list of buttons, soonest first, so a screen reader reads them in order. Each
 * button's name starts with the London time and ends with where and how, so it makes sense
 * heard on its own.
 */
export function timeList<S extends TimesSite>(
  slots: readonly OfferedSlot[],
  site: S,
  choose: (slot: OfferedSlot, site: S) => void,
  label: SlotLabel = clockTime,
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
        label(slot),
        visuallyHidden(`, ${channelLabels[slot.channel].toLowerCase()}, ${site.name}`),
      );
      button.addEventListener("click", () => choose(slot, site));
      return h("li", {}, button);
    }),
  );
}

/**
 * One slot per time: a clinic with two clinicians on shift has two free slots at 5:30pm, and
 * the patient needs to see 5:30pm once. The first (the API's order) is the one held.
 */
export function distinctTimes(slots: readonly OfferedSlot[]): OfferedSlot[] {
  const seen = new Set<string>();
  return slots.filter((slot) => {
    const key = `${slot.localDate} ${slot.localStart} ${slot.channel}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every way of being seen, in the order the start page promises them. */
const channelOrder: readonly SlotChannel[] = ["in-person", "telephone", "video"];

const noneToday: Record<SlotChannel, string> = {
  "in-person": "No in-person times left here today.",
  telephone: "No phone times left here today.",
  video: "No video call times left here today.",
};

/**
 * A site's times, by channel. When the site lists only its soonest times (`laterAfter`), a
 * "Show later times" button calls `showLater` with that entry.
 */
export function siteSlots(
  entry: SameDaySiteSlots,
  choose: ChooseSlot,
  showLater?: (entry: SameDaySiteSlots) => void,
): HTMLElement {
  const { site } = entry;
  const later =
    entry.laterAfter && showLater
      ? h(
          "button",
          {
            class: "nhsuk-button nhsuk-button--secondary",
            type: "button",
            "data-show-later": site.id,
          },
          "Show later times",
          visuallyHidden(` at ${site.name}`),
        )
      : undefined;
  later?.addEventListener("click", () => showLater?.(entry));
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
        ...channelOrder.flatMap((channel) => {
          const slots = entry.channels.find((c) => c.channel === channel)?.slots ?? [];
          return [
            h("h3", { class: "nhsuk-heading-s" }, channelLabels[channel]),
            slots.length
              ? timeList(distinctTimes(slots), site, choose)
              : h("p", { class: "nhsuk-body-s", "data-none-today": channel }, noneToday[channel]),
          ];
        }),
        later,
      ),
    ),
  );
}

/**
 * The warning card for a time someone else took first: the API's message, then the next free
 * times (or `noAlternatives`, what to do instead). The heading is returned too, so the page can
 * move focus to it. Same-day times are today's; a referral's span days, so say which with
 * `options`.
 */
export function slotTakenCard<S extends TimesSite>(
  message: string,
  alternatives: readonly OfferedSlot[],
  site: S,
  choose: (slot: OfferedSlot, site: S) => void,
  noAlternatives: string,
  options: { intro?: string; label?: SlotLabel } = {},
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
            h("p", {}, options.intro ?? `Other free times at ${site.name} today:`),
            timeList(alternatives, site, choose, options.label),
          ]
        : [h("p", {}, noAlternatives)]),
    ),
  );
  return { card, heading };
}

/**
 * Takes a time the patient can no longer have off the lists, wherever it shows: a button in a
 * list, or a radio among the choices.
 */
export function removeTime(slotId: string): void {
  for (const element of document.querySelectorAll(`[data-slot-id="${CSS.escape(slotId)}"]`)) {
    (element.closest("li, .nhsuk-radios__item") ?? element).remove();
  }
}

/** A site's entry with a later page's times added after its own, channel by channel. */
export function withLaterTimes(
  entry: SameDaySiteSlots,
  later: SameDaySiteSlots | undefined,
): SameDaySiteSlots {
  const channels = channelOrder.flatMap((channel) => {
    const slots = [
      ...(entry.channels.find((c) => c.channel === channel)?.slots ?? []),
      ...(later?.channels.find((c) => c.channel === channel)?.slots ?? []),
    ];
    return slots.length ? [{ channel, slots }] : [];
  });
  const { laterAfter: _, ...rest } = entry;
  return { ...rest, channels, ...(later?.laterAfter ? { laterAfter: later.laterAfter } : {}) };
}

/**
 * Puts a site's later times into its card, in place (the card is rebuilt with them after its
 * own), and moves focus to the first new time, or says there are none. `showLater` is the
 * rebuilt card's own "Show later times".
 */
export function showLaterInPlace(
  entry: SameDaySiteSlots,
  later: SameDaySiteSlots | undefined,
  choose: ChooseSlot,
  showLater: (entry: SameDaySiteSlots) => void,
): void {
  const card = document.querySelector(`[data-site-id="${CSS.escape(entry.site.id)}"]`);
  if (!card) return;
  const known = new Set(
    [...card.querySelectorAll("[data-slot-id]")].map((b) => b.getAttribute("data-slot-id")),
  );
  const updated = siteSlots(withLaterTimes(entry, later), choose, showLater);
  card.replaceWith(updated);
  const firstNew = [...updated.querySelectorAll<HTMLElement>("[data-slot-id]")].find(
    (b) => !known.has(b.getAttribute("data-slot-id")),
  );
  if (firstNew) firstNew.focus();
  else {
    const none = h("p", { class: "nhsuk-body-s" }, "No later times are free here today.");
    updated.querySelector(".nhsuk-card__content")?.append(none);
  }
}
