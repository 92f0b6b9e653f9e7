import {
  AdviceBookRequest,
  AdviceNotAnEmergencyRequest,
  AdvicePracticeStatus,
  AdviceReplyRequest,
  AdviceReplyResponse,
  AdviceRequestCreated,
  AdviceRequestParams,
  AdviceSettingsBody,
  AdviceSettingsResponse,
  MyAdviceRequestResponse,
  MyAdviceRequestsResponse,
  NewAdviceRequest,
  StaffAdviceAction,
  StaffAdviceInboxQuery,
  StaffAdviceInboxResponse,
  StaffAdviceRequestResponse,
  StaffNewAdviceRequest,
} from "../advice-api.ts";
import type { RouteDefinition } from "../route-definition.ts";
import {
  adviceBookBodyExample,
  adviceNotAnEmergencyBodyExample,
  adviceNotAnEmergencyExample,
  adviceReplyBodyExample,
  adviceReplyExample,
  adviceRequestBodyExample,
  adviceRequestCreatedExample,
  adviceStatusExample,
  myAdviceBookExample,
  myAdviceRequestExample,
  myAdviceRequestsExample,
} from "./examples/advice.ts";
import {
  staffAdviceActionBodyExample,
  staffAdviceActionExample,
  staffAdviceInboxExample,
  staffAdviceRequestBodyExample,
  staffAdviceRequestCreatedExample,
  staffAdviceRequestExample,
  staffAdviceSettingsBodyExample,
  staffAdviceSettingsExample,
  staffAdviceSettingsPutExample,
} from "./examples/advice-staff.ts";

const patientOnly = ["patient"] as const;
const staff = ["receptionist", "clinician"] as const;

/** Online GP advice: patients ask their practice and follow a thread; the practice works an
 * inbox. Staff see only their own site's requests; a patient only the requests they made. */
export const adviceStatus = {
  id: "advice-status",
  method: "GET",
  path: "/api/me/advice/practice",
  handler: "advice/advice-status",
  summary:
    "The patient's practice: open for online requests now, or when it opens and where to go meanwhile",
  description:
    "Patients only: their own registered practice. Whether it takes online requests now, which request types are on, and, when closed, when it opens next and where to go meanwhile (NHS 111, 999, a pharmacy). Opening hours and bank holidays are the practice's settings.",
  access: patientOnly,
  table: "read",
  request: {},
  response: {
    status: 200,
    schema: AdvicePracticeStatus,
    description: "Open or closed, and what to do",
    example: adviceStatusExample,
  },
} as const satisfies RouteDefinition;

export const adviceRequestCreate = {
  id: "advice-request-create",
  method: "POST",
  path: "/api/me/advice/requests",
  handler: "advice/advice-request-create",
  summary:
    "Send a request to the practice: emergency signs divert; words that raise a flag send it urgent, with emergency advice",
  description:
    "A patient (or a carer for someone they care for) asks their practice for medical or admin help. Ticked emergency signs divert to emergency advice and are recorded; free text is screened and, if it reads as an emergency, the advice comes back at once while the request is kept and flagged urgent. Refused with when it opens next outside opening hours. Up to 3 documents the patient uploaded and had checked may go with the request (documentIds), attached with it or not at all (422). Answers with a reference and the date by which the practice will say what happens next.",
  access: patientOnly,
  table: "write",
  documents: "write",
  idempotent: true,
  request: { body: NewAdviceRequest, bodyExample: adviceRequestBodyExample },
  response: {
    status: 200,
    schema: AdviceRequestCreated,
    description: "Sent (reference, by when) or emergency advice",
    example: adviceRequestCreatedExample,
  },
} as const satisfies RouteDefinition;

export const myAdviceRequests = {
  id: "my-advice-requests",
  method: "GET",
  path: "/api/me/advice/requests",
  handler: "advice/my-advice-requests",
  summary: "The requests the signed-in patient made, newest first",
  description:
    "The advice requests the signed-in patient made, for themselves or someone they care for, newest first, with status and what happens next.",
  access: patientOnly,
  table: "read",
  request: {},
  response: {
    status: 200,
    schema: MyAdviceRequestsResponse,
    description: "Requests",
    example: myAdviceRequestsExample,
  },
} as const satisfies RouteDefinition;

export const myAdviceRequest = {
  id: "my-advice-request",
  method: "GET",
  path: "/api/me/advice/requests/{requestId}",
  handler: "advice/my-advice-request",
  summary: "One request the patient made, with its thread (never the practice's internal notes)",
  description:
    "One advice request the caller made, with the practice's messages and the patient's replies. Internal staff notes are never included. Another person's request answers 404.",
  access: patientOnly,
  table: "read",
  request: { params: AdviceRequestParams },
  response: {
    status: 200,
    schema: MyAdviceRequestResponse,
    description: "The request",
    example: myAdviceRequestExample,
  },
} as const satisfies RouteDefinition;

export const myAdviceReply = {
  id: "my-advice-reply",
  method: "POST",
  path: "/api/me/advice/requests/{requestId}/replies",
  handler: "advice/my-advice-reply",
  summary: "Reply in a request's thread (screened like the request); refused once it is closed",
  description:
    "The patient replies in the thread of an open request. The reply is screened for emergencies like the request itself; a reply to a closed request is refused with 409. Up to 3 documents the patient uploaded and had checked may go with it (documentIds); one that is not theirs, not accepted or already attached is refused with 422 and nothing is written.",
  access: patientOnly,
  table: "write",
  documents: "write",
  // A document that cannot be attached (not the patient's, not checked, already attached).
  errors: { also: [422] },
  request: {
    params: AdviceRequestParams,
    body: AdviceReplyRequest,
    bodyExample: adviceReplyBodyExample,
  },
  response: {
    status: 200,
    schema: AdviceReplyResponse,
    description: "The request after",
    example: adviceReplyExample,
  },
} as const satisfies RouteDefinition;

export const myAdviceNotAnEmergency = {
  id: "my-advice-not-an-emergency",
  method: "POST",
  path: "/api/me/advice/requests/{requestId}/not-an-emergency",
  handler: "advice/my-advice-not-an-emergency",
  summary:
    "The patient says the words that raised emergency advice were not meant that way: recorded, and the request stays urgent",
  description:
    "After free text was read as an emergency, the patient says it was not meant that way: the request continues to the practice, still flagged urgent, and the statement is recorded.",
  access: patientOnly,
  table: "write",
  request: {
    params: AdviceRequestParams,
    body: AdviceNotAnEmergencyRequest,
    bodyExample: adviceNotAnEmergencyBodyExample,
  },
  response: {
    status: 200,
    schema: MyAdviceRequestResponse,
    description: "The request after",
    example: adviceNotAnEmergencyExample,
  },
} as const satisfies RouteDefinition;

export const myAdviceBook = {
  id: "my-advice-book",
  method: "POST",
  path: "/api/me/advice/requests/{requestId}/booking",
  handler: "advice/my-advice-book",
  summary:
    "Book one of the times the practice offered: the appointment is the answer and the request closes",
  description:
    'The patient books one of the times the practice offered and held for them. The appointment is written with the booking the other journeys use, the other times are let go, the thread says so and the request closes as "appointment booked". An offer that ran out or was replaced, or a request changed meanwhile, answers 409 and nothing is written; a time that was not offered is refused with 422.',
  access: patientOnly,
  table: "write",
  errors: { also: [422] },
  request: {
    params: AdviceRequestParams,
    body: AdviceBookRequest,
    bodyExample: adviceBookBodyExample,
  },
  response: {
    status: 200,
    schema: MyAdviceRequestResponse,
    description: "The request after",
    example: myAdviceBookExample,
  },
} as const satisfies RouteDefinition;

export const staffAdviceSettings = {
  id: "staff-advice-settings",
  method: "GET",
  path: "/api/staff/advice/settings",
  handler: "advice/staff-advice-settings",
  summary: "The caller's site's settings for online requests (defaults where unset)",
  description:
    "Receptionists and clinicians read their own site's settings for online requests: opening hours per weekday, request types on, response targets in working days and the closed-page wording. Defaults apply where unset.",
  access: staff,
  table: "read",
  request: {},
  response: {
    status: 200,
    schema: AdviceSettingsResponse,
    description: "Settings and version",
    example: staffAdviceSettingsExample,
  },
} as const satisfies RouteDefinition;

export const staffAdviceSettingsPut = {
  id: "staff-advice-settings-put",
  method: "PUT",
  path: "/api/staff/advice/settings",
  handler: "advice/staff-advice-settings-put",
  summary:
    "Receptionists set their site's opening hours, request types, response targets and closed-page words (If-Match: version)",
  description:
    "A receptionist changes their site's settings for online requests. Every field is validated; hours must be a valid range on a 24-hour clock.",
  access: ["receptionist"],
  table: "write",
  request: { body: AdviceSettingsBody, bodyExample: staffAdviceSettingsBodyExample },
  response: {
    status: 200,
    schema: AdviceSettingsResponse,
    description: "Settings saved",
    example: staffAdviceSettingsPutExample,
  },
} as const satisfies RouteDefinition;

export const staffAdviceInbox = {
  id: "staff-advice-inbox",
  method: "GET",
  path: "/api/staff/advice/requests",
  handler: "advice/staff-advice-inbox",
  summary: "The site's advice inbox: unassigned, mine or all; urgent first, then soonest due",
  description:
    "The site's advice inbox for care navigators and clinicians: unassigned, mine or all, filtered by type, ordered urgent first then soonest due, with overdue and red-flagged requests marked.",
  access: staff,
  table: "read",
  request: { query: StaffAdviceInboxQuery },
  response: {
    status: 200,
    schema: StaffAdviceInboxResponse,
    description: "Requests",
    example: staffAdviceInboxExample,
  },
} as const satisfies RouteDefinition;

export const staffAdviceRequest = {
  id: "staff-advice-request",
  method: "GET",
  path: "/api/staff/advice/requests/{requestId}",
  handler: "advice/staff-advice-request",
  summary: "One request of the caller's site with its whole thread, notes and audit entries",
  description:
    "One advice request of the caller's site with the whole thread, internal notes and audit entries. A request of another site answers 404.",
  access: staff,
  table: "read",
  request: { params: AdviceRequestParams },
  response: {
    status: 200,
    schema: StaffAdviceRequestResponse,
    description: "The request",
    example: staffAdviceRequestExample,
  },
} as const satisfies RouteDefinition;

export const staffAdviceAction = {
  id: "staff-advice-action",
  method: "POST",
  path: "/api/staff/advice/requests/{requestId}/actions",
  handler: "advice/staff-advice-action",
  summary:
    "Act on a request (If-Match: version): assign, mark urgent, note, reply, ask, signpost, offer times, book, close, reopen",
  description:
    "Staff act on a request: assign, mark urgent, add an internal note, reply or ask a question, signpost, offer times (slots of the site held for the patient for a stated number of minutes) or book one for them (the request closes as appointment booked), close with an outcome or reopen. A time someone else has answers 409 and nothing is written. Needs If-Match with the version last read: a change made meanwhile answers 409 and nothing is written.",
  access: staff,
  table: "write",
  // A time chosen that is not this site's or has passed.
  errors: { also: [422] },
  request: {
    params: AdviceRequestParams,
    body: StaffAdviceAction,
    bodyExample: staffAdviceActionBodyExample,
  },
  response: {
    status: 200,
    schema: StaffAdviceRequestResponse,
    description: "The request after",
    example: staffAdviceActionExample,
  },
} as const satisfies RouteDefinition;

export const staffAdviceRequestCreate = {
  id: "staff-advice-request-create",
  method: "POST",
  path: "/api/staff/advice/requests",
  handler: "advice/staff-advice-request-create",
  summary:
    "Enter a request for a patient who phoned: the same checks, recorded as entered by staff",
  description:
    "Staff enter an advice request for a patient who phoned or walked in: the same checks as the online form, recorded as entered by staff.",
  access: staff,
  table: "write",
  idempotent: true,
  request: { body: StaffNewAdviceRequest, bodyExample: staffAdviceRequestBodyExample },
  response: {
    status: 200,
    schema: AdviceRequestCreated,
    description: "Sent or emergency advice",
    example: staffAdviceRequestCreatedExample,
  },
} as const satisfies RouteDefinition;

export const adviceRoutes = {
  adviceStatus,
  adviceRequestCreate,
  myAdviceRequests,
  myAdviceRequest,
  myAdviceReply,
  myAdviceNotAnEmergency,
  myAdviceBook,
  staffAdviceSettings,
  staffAdviceSettingsPut,
  staffAdviceInbox,
  staffAdviceRequest,
  staffAdviceAction,
  staffAdviceRequestCreate,
} as const;
