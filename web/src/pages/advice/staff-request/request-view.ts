import type { StaffAdviceRequestResponse } from "@front-door/contracts";
import { requestTypeNames } from "@front-door/domain";
import {
  adviceActionNames,
  adviceOutcomeNames,
  adviceStatusTags,
} from "../../../lib/advice-staff/labels.ts";
import { heldUntilText, offeredTimes, timeText } from "../../../lib/advice-staff/offer.ts";
import { tag } from "../../../lib/advice-staff/page-parts.ts";
import { type DownloadProblem, documentLinkList } from "../../../lib/document-download.ts";
import { type Child, h, summaryList } from "../../../lib/dom.ts";
import { formatNhsNumber } from "../../../lib/format.ts";
import { dateOfBirthText, londonDateTime } from "../../../lib/staff-referral-labels.ts";

export type StaffRequest = StaffAdviceRequestResponse["request"];
type Assignee = { kind: "person"; userId: string } | { kind: "role"; role: string };

/** Someone's own words, kept as text: each line its own paragraph, never markup. */
export function ownWords(text: string, className = "nhsuk-body"): HTMLElement[] {
  return text.split(/\n+/).map((line) => h("p", { class: className }, line));
}

export function assigneeText(assignee: unknown, myUserId?: string): string {
  const a = assignee as Assignee | undefined;
  if (!a) return "Nobody yet";
  if (a.kind === "role") return a.role === "clinician" ? "The clinicians" : "The receptionists";
  return a.userId === myUserId ? "You" : `Staff member ${a.userId}`;
}

export function requestSummary(request: StaffRequest, today: string, me?: string): HTMLElement {
  const { patient, subject } = request;
  const flags = [
    request.redFlags.length > 0 && tag({ text: "Red flag", colour: "red" }),
    request.urgent && tag({ text: "Urgent", colour: "orange" }),
  ].filter(Boolean) as HTMLElement[];
  return summaryList([
    { key: "Patient", value: patient.name },
    {
      key: "NHS number",
      value: patient.nhsNumber ? formatNhsNumber(patient.nhsNumber) : "Not known",
    },
    { key: "Date of birth", value: dateOfBirthText(patient.dateOfBirth, today) },
    ...(subject.kind === "someone-i-care-for"
      ? [{ key: "About", value: `${subject.name}, someone they care for` }]
      : []),
    { key: "Status", value: [tag(adviceStatusTags[request.status]), " ", ...flags] },
    ...(request.outcome ? [{ key: "Outcome", value: adviceOutcomeNames[request.outcome] }] : []),
    ...(request.patientSaysNotAnEmergency
      ? [{ key: "Red flag", value: "The patient says their words were not meant as an emergency" }]
      : []),
    { key: "Assigned to", value: assigneeText(request.assignee, me) },
    { key: "Sent", value: londonDateTime(request.submittedAt) },
    { key: "Reply due", value: londonDateTime(request.replyDueAt) },
    {
      key: "Contact",
      value: [
        request.contact.method,
        request.contact.phone ? `: ${request.contact.phone}` : "",
        request.contact.times ? ` (${request.contact.times})` : "",
      ],
    },
    ...(request.contact.preferredClinician
      ? [{ key: "Preferred clinician", value: request.contact.preferredClinician }]
      : []),
    {
      key: "Entered by",
      value:
        (request.enteredBy as { kind?: string })?.kind === "staff"
          ? "Staff, for a patient who phoned"
          : "The patient, online",
    },
    ...appointmentRows(request),
  ]);
}

function appointmentRows(request: StaffRequest): { key: string; value: Child | Child[] }[] {
  if (request.appointment) {
    return [
      { key: "Appointment", value: timeText(request.appointment) },
      { key: "Booking reference", value: request.appointment.bookingReference },
    ];
  }
  if (!request.offer) return [];
  return [
    {
      key: "Times offered",
      value: [
        h("ul", {}, ...offeredTimes(request.offer).map((t) => h("li", {}, timeText(t)))),
        `Held until ${heldUntilText(request.offer.expiresAt)}`,
      ],
    },
  ];
}

function answerText(value: unknown): string {
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.map(String).join(", ");
  return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}

export function requestProblems(
  request: StaffRequest,
  onProblem: (problem: DownloadProblem) => void,
): HTMLElement {
  return h(
    "div",
    {},
    ...request.problems.map((problem, i) =>
      h(
        "div",
        { class: "nhsuk-card", id: `problem-${i + 1}` },
        h(
          "div",
          { class: "nhsuk-card__content" },
          h("h3", { class: "nhsuk-card__heading" }, requestTypeNames[problem.type]),
          summaryList(
            Object.entries(problem.answers).map(([key, value]) => ({
              key,
              value: answerText(value),
            })),
            { inCard: true },
          ),
          h("h4", {}, "In their own words"),
          ...ownWords(problem.description),
        ),
      ),
    ),
    request.documents.length > 0 &&
      h(
        "div",
        {},
        h("h3", {}, "Files sent with the request"),
        documentLinkList(request.documents, onProblem, { id: "request-documents" }),
      ),
  );
}

const byWords = { patient: "Patient", staff: "Staff", system: "Front Door" } as const;

export function requestThread(
  request: StaffRequest,
  onProblem: (problem: DownloadProblem) => void,
  me?: string,
): HTMLElement {
  return h(
    "ol",
    { class: "nhsuk-list", id: "thread" },
    ...request.thread.map((entry) =>
      h(
        "li",
        { class: "nhsuk-card", "data-kind": entry.kind },
        h(
          "div",
          { class: "nhsuk-card__content" },
          h(
            "h3",
            { class: "nhsuk-card__heading nhsuk-heading-xs" },
            adviceActionNames[entry.action ?? ""] ?? "Message",
            entry.kind === "note" && " (staff only)",
          ),
          h(
            "p",
            { class: "nhsuk-body-s" },
            `${byWords[entry.by]}${entry.actorId && entry.actorId === me ? " (you)" : ""}, ${londonDateTime(entry.at)}`,
            entry.needsReply ? " · needs a reply" : "",
            entry.outcome
              ? ` · ${adviceOutcomeNames[entry.outcome as keyof typeof adviceOutcomeNames] ?? entry.outcome}`
              : "",
          ),
          ...(entry.text ? ownWords(entry.text) : []),
          (entry.documents?.length ?? 0) > 0 && documentLinkList(entry.documents ?? [], onProblem),
        ),
      ),
    ),
  );
}
