import type { PatientMessage } from "@front-door/contracts";
import { formatClockTime, formatDate, londonDateTimeParts } from "../../lib/format.ts";

/** "2026-07-01T07:30:00Z" → "1 July 2026 at 8:30am": London time, whatever the browser's zone. */
export function formatSentAt(instant: string): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return instant;
  const parts = Object.fromEntries(
    londonDateTimeParts()
      .formatToParts(new Date(time))
      .map((part) => [part.type, part.value]),
  );
  const date = formatDate(`${parts.year}-${parts.month}-${parts.day}`);
  return `${date} at ${formatClockTime(`${parts.hour}:${parts.minute}`)}`;
}

const channelNames = { sms: "Text message", email: "Email" } as const;

/**
 * How it goes out, by the patient's consent; none means the practice gets in touch instead. A
 * message whose channels are chosen when it goes says so until then.
 */
export function describeChannels(
  message: Pick<PatientMessage, "channels" | "channelsAtSending">,
): string {
  const { channels } = message;
  if (message.channelsAtSending) return "Text or email, as they agree when it is sent";
  if (!channels.length) return "No text or email: the practice will contact them another way";
  const names = channels.map((channel, i) =>
    i === 0 ? channelNames[channel] : channelNames[channel].toLowerCase(),
  );
  return names.join(" and ");
}

export const statusLabels: Record<PatientMessage["status"], string> = {
  pending: "Waiting to be sent",
  sending: "Being sent",
  sent: "Sent",
  failed: "Could not be sent",
  "not-sent": "Not sent: no text or email agreed",
};

const outcomeWords: Record<NonNullable<PatientMessage["deliveries"]>[number]["outcome"], string> = {
  sent: "sent",
  failed: "refused by the provider",
  "no-address": "no address on file",
  "no-provider": "no provider set up",
  "consent-withdrawn": "no longer agreed to",
};

/**
 * The status with what happened on each channel once delivery has settled, e.g.
 * "Sent (email)" or "Could not be sent (text message: no address on file)".
 */
export function describeStatus(message: PatientMessage): string {
  const label = statusLabels[message.status];
  const deliveries = message.deliveries ?? [];
  if (!deliveries.length || (message.status !== "sent" && message.status !== "failed")) {
    return label;
  }
  const parts = deliveries.map((d) => {
    const channel = channelNames[d.channel].toLowerCase();
    return d.outcome === "sent" ? channel : `${channel}: ${outcomeWords[d.outcome]}`;
  });
  return `${label} (${parts.join("; ")})`;
}

/** "booking-confirmed" → "Booking confirmed". */
export function describeKind(kind: string): string {
  const words = kind.replace(/[-_]+/g, " ").trim();
  return words ? `${words[0]?.toUpperCase()}${words.slice(1)}` : "Message";
}

/** "Amira Hussain" → "Amira", for the empty state. */
export function firstName(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] ?? displayName;
}
