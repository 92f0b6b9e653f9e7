import type { AdviceRequestCreated, MyAdviceRequestResponse } from "@front-door/contracts";
import type { RequestOutcome, RequestStatus } from "@front-door/domain";
import { formatClockTime, formatWeekdayDate } from "../format.ts";
import type { DraftStore } from "../referral-draft.ts";

type Entry = MyAdviceRequestResponse["request"]["thread"][number];
export type SentRequest = Extract<AdviceRequestCreated, { kind: "sent" }>;

/** A request's status as the patient would put it, with the NHS tag colour that goes with it. */
export const statusLabels: Readonly<Record<RequestStatus, { text: string; tag: string }>> = {
  submitted: { text: "Sent to your practice", tag: "nhsuk-tag--blue" },
  assigned: { text: "Being looked at", tag: "nhsuk-tag--purple" },
  "awaiting-patient": { text: "Waiting for your reply", tag: "nhsuk-tag--orange" },
  closed: { text: "Closed", tag: "nhsuk-tag--grey" },
};

export const outcomeLabels: Readonly<Record<RequestOutcome, string>> = {
  "advice-given": "Your practice gave advice",
  "self-care-or-pharmacy": "Look after yourself at home or ask a pharmacist",
  prescription: "A prescription",
  "fit-note-or-letter": "A fit note or letter",
  "appointment-booked": "An appointment was booked",
  "referred-or-signposted": "You were referred or told where to go",
  "admin-done": "Your practice dealt with it",
  "no-reply-from-patient": "Closed because your practice did not hear back from you",
};

/** "Wednesday 9 December at 8am": when a closed practice opens again, in words. */
export function opensAgainWords(opensNext: { date: string; time: string }): string {
  return `${formatWeekdayDate(opensNext.date)} at ${formatClockTime(opensNext.time)}`;
}

/** The heading over one entry in the thread: who said it, and whether it needs an answer. */
export function entryHeading(entry: Entry): string {
  if (entry.kind === "from-practice") {
    return entry.needsReply ? "Your practice asked you" : "Message from your practice";
  }
  if (entry.kind === "from-patient") return "You replied";
  switch (entry.action) {
    case "submit":
      return "You sent your request";
    case "close":
    case "auto-close":
      return "Your practice closed the request";
    case "reopen":
      return "Your practice reopened the request";
    default:
      return "Update";
  }
}

/** A tag under a practice message, so what needs an answer stands out from what does not. */
export function entryTag(entry: Entry): { text: string; tag: string } | undefined {
  if (entry.kind !== "from-practice") return undefined;
  return entry.needsReply
    ? { text: "Needs your reply", tag: "nhsuk-tag--orange" }
    : { text: "For information", tag: "nhsuk-tag--grey" };
}

/** "1.2 MB", "340 KB": a file's size the way people read it. */
export function fileSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1).replace(/\.0$/, "")} MB`;
  return `${Math.max(1, Math.round(bytes / 1_000))} KB`;
}

/**
 * The answer to a sent request, kept in this tab so the confirmation page shows the promise
 * the API made (what happens next, by when) even after a reload.
 */
const confirmationKey = (requestId: string) => `front-door.advice-sent.${requestId}`;

export function saveConfirmation(store: DraftStore, sent: SentRequest): void {
  store.setItem(confirmationKey(sent.requestId), JSON.stringify(sent));
}

export function readConfirmation(store: DraftStore, requestId: string): SentRequest | undefined {
  const raw = store.getItem(confirmationKey(requestId));
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<SentRequest> | null;
    const fits =
      value?.kind === "sent" &&
      value.requestId === requestId &&
      typeof value.reference === "string" &&
      typeof value.whatHappensNext?.text === "string" &&
      typeof value.reply?.text === "string" &&
      Array.isArray(value.safetyNetting);
    return fits ? (value as SentRequest) : undefined;
  } catch {
    return undefined;
  }
}

/** On signing out: the draft and every kept confirmation go with the person. */
export function clearAdviceStorage(store: DraftStore): void {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith("front-door.advice-")) keys.push(key);
  }
  for (const key of keys) store.removeItem(key);
}
