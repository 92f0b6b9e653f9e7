/**
 * An advice request's life. "submitted": nobody has it yet; "assigned": a person or role has
 * it; "awaiting-patient": the practice asked something and waits for the answer; "closed":
 * with an outcome, and can be reopened.
 */
export const requestStatuses = ["submitted", "assigned", "awaiting-patient", "closed"] as const;
export type RequestStatus = (typeof requestStatuses)[number];

export const requestOutcomes = [
  "advice-given",
  "self-care-or-pharmacy",
  "prescription",
  "fit-note-or-letter",
  "appointment-booked",
  "referred-or-signposted",
  "admin-done",
  "no-reply-from-patient",
] as const;
export type RequestOutcome = (typeof requestOutcomes)[number];

export const requestActionTypes = [
  "assign",
  "mark-urgent",
  "note",
  "reply",
  "ask",
  "signpost",
  "close",
  "reopen",
  "offer-times",
  "book",
  "patient-reply",
  "patient-book",
  "auto-close",
] as const;
export type RequestActionType = (typeof requestActionTypes)[number];

/** Who may take each action: the patient only replies; the scheduler only closes stale ones. */
export const adviceActionActors: Readonly<
  Record<RequestActionType, "staff" | "patient" | "system">
> = {
  assign: "staff",
  "mark-urgent": "staff",
  note: "staff",
  reply: "staff",
  ask: "staff",
  signpost: "staff",
  close: "staff",
  reopen: "staff",
  "offer-times": "staff",
  book: "staff",
  "patient-reply": "patient",
  "patient-book": "patient",
  "auto-close": "system",
};

/** "keep": the status stays as it is. Anything missing is refused. */
type Next = RequestStatus | "keep" | "with-practice";

/**
 * The whole machine as data. "with-practice" is assigned when someone has it, else submitted:
 * a patient's answer or a reopened request goes back to whoever had it.
 */
export const requestTransitions: Readonly<
  Record<RequestStatus, Partial<Record<RequestActionType, Next>>>
> = {
  submitted: {
    assign: "assigned",
    "mark-urgent": "keep",
    note: "keep",
    reply: "keep",
    ask: "awaiting-patient",
    signpost: "keep",
    close: "closed",
    "offer-times": "awaiting-patient",
    book: "closed",
    "patient-reply": "keep",
  },
  assigned: {
    assign: "keep",
    "mark-urgent": "keep",
    note: "keep",
    reply: "keep",
    ask: "awaiting-patient",
    signpost: "keep",
    close: "closed",
    "offer-times": "awaiting-patient",
    book: "closed",
    "patient-reply": "keep",
  },
  "awaiting-patient": {
    assign: "keep",
    "mark-urgent": "keep",
    note: "keep",
    reply: "keep",
    ask: "keep",
    signpost: "keep",
    close: "closed",
    // Times offered again replace the first offer; the patient books one of them.
    "offer-times": "keep",
    book: "closed",
    "patient-reply": "with-practice",
    "patient-book": "closed",
    "auto-close": "closed",
  },
  closed: {
    note: "keep",
    reopen: "with-practice",
  },
};

export type TransitionResult =
  | { kind: "ok"; status: RequestStatus }
  | { kind: "refused"; message: string };

const refusals: Partial<Record<RequestActionType, string>> = {
  "patient-reply": "This request is closed. To ask something new, send a new request.",
  "patient-book": "These times are no longer offered. Read the latest message from your practice.",
  reopen: "Only a closed request can be reopened.",
  "auto-close": "Only a request waiting for the patient's reply closes itself.",
};

/** Where an action takes a request, or why it cannot be taken now. */
export function nextStatus(
  current: RequestStatus,
  action: RequestActionType,
  hasAssignee: boolean,
): TransitionResult {
  const next = requestTransitions[current][action];
  if (next === undefined) {
    return {
      kind: "refused",
      message:
        refusals[action] ??
        `This request is ${current.replace("-", " ")}: it cannot be changed that way.`,
    };
  }
  if (next === "keep") return { kind: "ok", status: current };
  if (next === "with-practice")
    return { kind: "ok", status: hasAssignee ? "assigned" : "submitted" };
  return { kind: "ok", status: next };
}

export const openStatuses: readonly RequestStatus[] = ["submitted", "assigned", "awaiting-patient"];
