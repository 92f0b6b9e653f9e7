import {
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
  access: patientOnly,
  table: "read",
  request: {},
  response: {
    status: 200,
    schema: AdvicePracticeStatus,
    description: "Open or closed, and what to do",
  },
} as const satisfies RouteDefinition;

export const adviceRequestCreate = {
  id: "advice-request-create",
  method: "POST",
  path: "/api/me/advice/requests",
  handler: "advice/advice-request-create",
  summary:
    "Send a request to the practice: emergency signs divert; words that raise a flag send it urgent, with emergency advice",
  access: patientOnly,
  table: "write",
  idempotent: true,
  request: { body: NewAdviceRequest },
  response: {
    status: 200,
    schema: AdviceRequestCreated,
    description: "Sent (reference, by when) or emergency advice",
  },
} as const satisfies RouteDefinition;

export const myAdviceRequests = {
  id: "my-advice-requests",
  method: "GET",
  path: "/api/me/advice/requests",
  handler: "advice/my-advice-requests",
  summary: "The requests the signed-in patient made, newest first",
  access: patientOnly,
  table: "read",
  request: {},
  response: { status: 200, schema: MyAdviceRequestsResponse, description: "Requests" },
} as const satisfies RouteDefinition;

export const myAdviceRequest = {
  id: "my-advice-request",
  method: "GET",
  path: "/api/me/advice/requests/{requestId}",
  handler: "advice/my-advice-request",
  summary: "One request the patient made, with its thread (never the practice's internal notes)",
  access: patientOnly,
  table: "read",
  request: { params: AdviceRequestParams },
  response: { status: 200, schema: MyAdviceRequestResponse, description: "The request" },
} as const satisfies RouteDefinition;

export const myAdviceReply = {
  id: "my-advice-reply",
  method: "POST",
  path: "/api/me/advice/requests/{requestId}/replies",
  handler: "advice/my-advice-reply",
  summary: "Reply in a request's thread (screened like the request); refused once it is closed",
  access: patientOnly,
  table: "write",
  request: { params: AdviceRequestParams, body: AdviceReplyRequest },
  response: { status: 200, schema: AdviceReplyResponse, description: "The request after" },
} as const satisfies RouteDefinition;

export const myAdviceNotAnEmergency = {
  id: "my-advice-not-an-emergency",
  method: "POST",
  path: "/api/me/advice/requests/{requestId}/not-an-emergency",
  handler: "advice/my-advice-not-an-emergency",
  summary:
    "The patient says the words that raised emergency advice were not meant that way: recorded, and the request stays urgent",
  access: patientOnly,
  table: "write",
  request: { params: AdviceRequestParams, body: AdviceNotAnEmergencyRequest },
  response: { status: 200, schema: MyAdviceRequestResponse, description: "The request after" },
} as const satisfies RouteDefinition;

export const staffAdviceSettings = {
  id: "staff-advice-settings",
  method: "GET",
  path: "/api/staff/advice/settings",
  handler: "advice/staff-advice-settings",
  summary: "The caller's site's settings for online requests (defaults where unset)",
  access: staff,
  table: "read",
  request: {},
  response: { status: 200, schema: AdviceSettingsResponse, description: "Settings and version" },
} as const satisfies RouteDefinition;

export const staffAdviceSettingsPut = {
  id: "staff-advice-settings-put",
  method: "PUT",
  path: "/api/staff/advice/settings",
  handler: "advice/staff-advice-settings-put",
  summary:
    "Receptionists set their site's opening hours, request types, response targets and closed-page words (If-Match: version)",
  access: ["receptionist"],
  table: "write",
  request: { body: AdviceSettingsBody },
  response: { status: 200, schema: AdviceSettingsResponse, description: "Settings saved" },
} as const satisfies RouteDefinition;

export const staffAdviceInbox = {
  id: "staff-advice-inbox",
  method: "GET",
  path: "/api/staff/advice/requests",
  handler: "advice/staff-advice-inbox",
  summary: "The site's advice inbox: unassigned, mine or all; urgent first, then soonest due",
  access: staff,
  table: "read",
  request: { query: StaffAdviceInboxQuery },
  response: { status: 200, schema: StaffAdviceInboxResponse, description: "Requests" },
} as const satisfies RouteDefinition;

export const staffAdviceRequest = {
  id: "staff-advice-request",
  method: "GET",
  path: "/api/staff/advice/requests/{requestId}",
  handler: "advice/staff-advice-request",
  summary: "One request of the caller's site with its whole thread, notes and audit entries",
  access: staff,
  table: "read",
  request: { params: AdviceRequestParams },
  response: { status: 200, schema: StaffAdviceRequestResponse, description: "The request" },
} as const satisfies RouteDefinition;

export const staffAdviceAction = {
  id: "staff-advice-action",
  method: "POST",
  path: "/api/staff/advice/requests/{requestId}/actions",
  handler: "advice/staff-advice-action",
  summary:
    "Act on a request (If-Match: version): assign, mark urgent, note, reply, ask, signpost, close, reopen",
  access: staff,
  table: "write",
  request: { params: AdviceRequestParams, body: StaffAdviceAction },
  response: { status: 200, schema: StaffAdviceRequestResponse, description: "The request after" },
} as const satisfies RouteDefinition;

export const staffAdviceRequestCreate = {
  id: "staff-advice-request-create",
  method: "POST",
  path: "/api/staff/advice/requests",
  handler: "advice/staff-advice-request-create",
  summary:
    "Enter a request for a patient who phoned: the same checks, recorded as entered by staff",
  access: staff,
  table: "write",
  idempotent: true,
  request: { body: StaffNewAdviceRequest },
  response: { status: 200, schema: AdviceRequestCreated, description: "Sent or emergency advice" },
} as const satisfies RouteDefinition;

export const adviceRoutes = {
  adviceStatus,
  adviceRequestCreate,
  myAdviceRequests,
  myAdviceRequest,
  myAdviceReply,
  myAdviceNotAnEmergency,
  staffAdviceSettings,
  staffAdviceSettingsPut,
  staffAdviceInbox,
  staffAdviceRequest,
  staffAdviceAction,
  staffAdviceRequestCreate,
} as const;
