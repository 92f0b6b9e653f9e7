import type { OfferedSlot } from "@front-door/contracts";
import { h, summaryList } from "../../../lib/dom.ts";
import { formatClockTime } from "../../../lib/format.ts";
import { channelLabels, type HeldSlot } from "../../../lib/same-day.ts";

/**
 * A time as the patient checks it before confirming: the day, from and to, how, and where (the
 * address for in person, when known; who gets in touch for phone and video).
 */
export function slotSummary(
  slot: OfferedSlot,
  day: string,
  site: { name: string; address?: string },
  extraRows: readonly { key: string; value: string }[] = [],
): HTMLElement {
  const place =
    slot.channel === "in-person"
      ? [site.name, ...(site.address ? [h("br"), site.address] : [])]
      : [
          site.name,
          h("br"),
          slot.channel === "telephone"
            ? "They will phone you."
            : "They will send you a link to the video call.",
        ];
  return summaryList([
    { key: "Date", value: day },
    {
      key: "Time",
      value: `${formatClockTime(slot.localStart)} to ${formatClockTime(slot.localEnd)}`,
    },
    { key: "How", value: channelLabels[slot.channel] },
    { key: "Where", value: place },
    ...extraRows,
  ]);
}

/** A same-day time held for the patient: today, at a site whose address we know. */
export function heldSlotSummary(held: HeldSlot): HTMLElement {
  const { site } = held;
  return slotSummary(held.hold.slot, "Today", {
    name: site.name,
    address: [...site.address.lines, site.address.town, site.address.postcode].join(", "),
  });
}
