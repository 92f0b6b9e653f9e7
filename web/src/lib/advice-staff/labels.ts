import type { StaffAdviceInboxResponse } from "@front-door/contracts";
import {
  type RequestOutcome,
  type RequestStatus,
  type RequestType,
  requestOutcomes,
  requestTypeNames,
  requestTypes,
} from "@front-door/domain";
import type { TagLabel } from "../staff-labels.ts";

/** Words for the practice's advice pages: the API's codes stay in the API. */

export const adviceStatusTags: Record<RequestStatus, TagLabel> = {
  submitted: { text: "New", colour: "blue" },
  assigned: { text: "Assigned", colour: "purple" },
  "awaiting-patient": { text: "Waiting for patient", colour: "yellow" },
  closed: { text: "Closed", colour: "grey" },
};

export const adviceOutcomeNames: Record<RequestOutcome, string> = {
  "advice-given": "Advice given",
  "self-care-or-pharmacy": "Self-care or pharmacy",
  prescription: "Prescription",
  "fit-note-or-letter": "Fit note or letter",
  "appointment-booked": "Appointment booked",
  "referred-or-signposted": "Referred or signposted",
  "admin-done": "Admin done",
  "no-reply-from-patient": "No reply from patient",
};

/** Outcomes staff choose when closing ("no reply" is the scheduler's). */
export const closingOutcomes = requestOutcomes.filter((o) => o !== "no-reply-from-patient");

export const adviceActionNames: Record<string, string> = {
  submit: "Request sent",
  assign: "Assigned",
  "mark-urgent": "Marked urgent",
  note: "Internal note",
  reply: "Reply",
  ask: "Question to the patient",
  signpost: "Signposted",
  close: "Closed",
  reopen: "Reopened",
  "offer-times": "Times offered",
  book: "Appointment booked",
  "patient-reply": "Patient replied",
  "patient-book": "Patient booked a time",
  "auto-close": "Closed: no reply",
};

type InboxEntry = StaffAdviceInboxResponse["requests"][number];

/** What marks a request in the inbox, most pressing first. */
export function inboxTags(
  entry: Pick<InboxEntry, "urgent" | "redFlagged" | "overdue">,
): TagLabel[] {
  const tags: TagLabel[] = [];
  if (entry.redFlagged) tags.push({ text: "Red flag", colour: "red" });
  if (entry.urgent) tags.push({ text: "Urgent", colour: "orange" });
  if (entry.overdue) tags.push({ text: "Overdue", colour: "yellow" });
  return tags;
}

export const inboxViews = [
  { value: "unassigned", text: "Unassigned" },
  { value: "mine", text: "Mine" },
  { value: "all", text: "All open" },
] as const;
export type InboxView = (typeof inboxViews)[number]["value"];

export const inboxTypeOptions: readonly { value: string; text: string }[] = [
  { value: "", text: "Any type" },
  { value: "medical", text: "Medical" },
  { value: "admin", text: "Admin" },
  ...requestTypes.map((type) => ({ value: type, text: requestTypeNames[type] })),
];

export interface InboxFilter {
  view: InboxView;
  type: string;
}

/** The inbox's view and type from the page's query string; anything unknown is the default. */
export function readInboxFilter(search: string): InboxFilter {
  const params = new URLSearchParams(search);
  const view = params.get("view");
  const type = params.get("type") ?? "";
  return {
    view: inboxViews.some((v) => v.value === view) ? (view as InboxView) : "unassigned",
    type: inboxTypeOptions.some((o) => o.value === type) ? type : "",
  };
}

export function inboxApiPath(filter: InboxFilter): string {
  const query = new URLSearchParams({ view: filter.view });
  if (filter.type) query.set("type", filter.type);
  return `/api/staff/advice/requests?${query}`;
}

export function typeNames(types: readonly RequestType[]): string {
  return [...new Set(types)].map((t) => requestTypeNames[t]).join(", ");
}
