import type { QueueEntry } from "@front-door/contracts";
import { formatClockTime, formatNhsNumber, londonClock } from "../../../lib/format.ts";

/** Words for the queue page. Pure, so unit tested. */

export const outcomeLabels: Record<string, string> = {
  "called-back": "Called back",
  "redirected-to-pharmacy": "Sent to a pharmacy",
  "redirected-to-111": "Sent to NHS 111",
  other: "Other",
};

const statusWords: Record<QueueEntry["status"], string> = {
  started: "Looking for a slot",
  open: "Waiting for a call back",
  allocated: "Given an appointment",
  closed: "Closed",
  diverted: "Sent to urgent care",
  unmet: "Not answered that day",
};

export function queueStatusText(entry: QueueEntry): string {
  if (entry.status === "closed" && entry.outcome) {
    return `Closed: ${outcomeLabels[entry.outcome] ?? entry.outcome}`;
  }
  return statusWords[entry.status];
}

/** "NHS number 999 000 1383": how a receptionist finds the patient on the phone, and books. */
export function nhsNumberText(entry: QueueEntry): string | undefined {
  return entry.patient ? `NHS number ${formatNhsNumber(entry.patient.nhsNumber)}` : undefined;
}

/** "Asked at 8:04am" (London time, NHS style), from the request's UTC instant. */
export function askedAt(createdAt: string): string {
  const instant = new Date(createdAt);
  return Number.isNaN(instant.getTime())
    ? createdAt
    : `Asked at ${formatClockTime(londonClock().format(instant))}`;
}

/** Open requests first (as the API sends them, oldest first), then everything else. */
export function splitQueue(requests: readonly QueueEntry[]): {
  open: QueueEntry[];
  rest: QueueEntry[];
} {
  return {
    open: requests.filter((r) => r.status === "open"),
    rest: requests.filter((r) => r.status !== "open"),
  };
}
