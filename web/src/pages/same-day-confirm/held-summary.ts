import { h, summaryList } from "../../lib/dom.ts";
import { formatClockTime } from "../../lib/format.ts";
import { channelLabels, type HeldSlot } from "../../lib/same-day.ts";

/**
 * A held time as the patient checks it before confirming: today, from and to, how, and where
 * (the address for in person; who gets in touch for phone and video).
 */
export function heldSlotSummary(held: HeldSlot): HTMLElement {
  const { slot } = held.hold;
  const { site } = held;
  const place =
    slot.channel === "in-person"
      ? [
          site.name,
          h("br"),
          [...site.address.lines, site.address.town, site.address.postcode].join(", "),
        ]
      : [
          site.name,
          h("br"),
          slot.channel === "telephone"
            ? "They will phone you."
            : "They will send you a link to the video call.",
        ];
  return summaryList([
    { key: "Date", value: "Today" },
    {
      key: "Time",
      value: `${formatClockTime(slot.localStart)} to ${formatClockTime(slot.localEnd)}`,
    },
    { key: "How", value: channelLabels[slot.channel] },
    { key: "Where", value: place },
  ]);
}
