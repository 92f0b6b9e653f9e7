import * as z from "zod/mini";
import type { RouteDefinition } from "../route-definition.ts";
import {
  AlreadyBookedTodayBody,
  BookingRequest,
  BookingResponse,
  CallbackRequest,
  CallbackResponse,
  ChangeAppointmentRequest,
  ChangeAppointmentResponse,
  ChangeSlotsQuery,
  ChangeSlotsResponse,
  HoldReleaseRequest,
  HoldReleaseResponse,
  HoldRequest,
  HoldResponse,
  MyAppointmentParams,
  MyAppointmentResponse,
  MyAppointmentsResponse,
  MyOffersResponse,
  SameDayRequestParams,
  SameDayRequestResponse,
  SameDaySlotsQuery,
  SameDaySlotsResponse,
  SlotTakenBody,
  WaitingListRequest,
  WaitingListResponse,
} from "../same-day-api.ts";
import { CancelAppointmentRequest } from "../scheduling.ts";
import { TriageAnswers, TriageQuestionnaire } from "../triage.ts";
import {
  sameDayBookingBodyExample,
  sameDayBookingExample,
  sameDayCallbackBodyExample,
  sameDayCallbackExample,
  sameDayHoldBodyExample,
  sameDayHoldExample,
  sameDayQuestionnaireExample,
  sameDayRequestBodyExample,
  sameDayRequestExample,
  sameDaySlotsExample,
  sameDayWaitingListBodyExample,
  sameDayWaitingListExample,
} from "./examples/same-day-patient.ts";
import {
  myAppointmentCancelBodyExample,
  myAppointmentCancelExample,
  myAppointmentChangeBodyExample,
  myAppointmentChangeExample,
  myAppointmentSlotsExample,
  myAppointmentsExample,
  myHoldReleaseBodyExample,
  myHoldReleaseExample,
  myOffersExample,
} from "./examples/same-day-patient-appointments.ts";

const patientOnly = ["patient"] as const;

/** Patients' same-day journey: triage, free slots, hold, book, their appointments, queue, waiting list. */
export const sameDayQuestionnaire = {
  id: "same-day-questionnaire",
  method: "GET",
  path: "/api/same-day/questionnaire",
  handler: "same-day/same-day-questionnaire",
  summary: "The current same-day triage questionnaire, for the web to render",
  description:
    "Public. The triage questions, their order and answer options. Answers are judged on the server when the request is made, never in the browser.",
  access: "public",
  table: "none",
  request: {},
  response: {
    status: 200,
    schema: TriageQuestionnaire,
    description: "The questionnaire",
    example: sameDayQuestionnaireExample,
  },
} as const satisfies RouteDefinition;

export const sameDayRequestCreate = {
  id: "same-day-request-create",
  method: "POST",
  path: "/api/same-day/requests",
  handler: "same-day/same-day-request-create",
  summary:
    "Ask for a same-day appointment: triage first; a red flag is recorded as diverted and answered with 999, A&E or 111 advice",
  description:
    "Patients only. Records the triage answers; red flags make a diverted request with urgent advice and no slot choice. Send an Idempotency-Key: a retry returns the first answer.",
  access: patientOnly,
  table: "write",
  idempotent: true,
  idempotentInTransaction: true,
  request: { body: TriageAnswers, bodyExample: sameDayRequestBodyExample },
  response: {
    status: 200,
    schema: SameDayRequestResponse,
    description: "The triage outcome, and the request id when the patient may choose a slot",
    example: sameDayRequestExample,
  },
} as const satisfies RouteDefinition;

export const sameDaySlots = {
  id: "same-day-slots",
  method: "GET",
  path: "/api/same-day/slots",
  handler: "same-day/same-day-slots",
  summary:
    "Free same-day slots today at the patient's practice and the nearest other sites, by channel",
  description:
    "Patients only, for their own open request. Today's free slots at their practice and the nearest other sites, by channel, each site's soonest few dozen (a site with more has laterAfter: ask again with siteId and after for its next times); when there are none, the call-back and waiting-list options.",
  access: patientOnly,
  table: "read",
  // The patient's request is no longer open: 409 request_not_open.
  errors: { also: [409] },
  request: { query: SameDaySlotsQuery },
  response: {
    status: 200,
    schema: SameDaySlotsResponse,
    description:
      "Sites nearest first with their free slots, or the call-back and waiting-list options",
    example: sameDaySlotsExample,
  },
} as const satisfies RouteDefinition;

export const sameDayHoldCreate = {
  id: "same-day-hold-create",
  method: "POST",
  path: "/api/same-day/holds",
  handler: "same-day/same-day-hold-create",
  summary:
    "Hold a slot for 15 minutes while the patient confirms; a taken slot is a 409 slot_taken with alternatives",
  description:
    "Patients only. Holds one free slot for the caller for 15 minutes, letting go of any other same-day time they held (one live hold each). Holding the same slot again succeeds again; a slot someone else took is a 409 slot_taken with alternatives; a patient who already has a same-day appointment today gets a 409 already_booked_today with it.",
  access: patientOnly,
  table: "write",
  errors: { bodies: { 409: z.union([SlotTakenBody, AlreadyBookedTodayBody]) } },
  // Holding a slot you already hold succeeds again: a retry needs no stored first answer.
  idempotentByCondition: true,
  request: { body: HoldRequest, bodyExample: sameDayHoldBodyExample },
  response: {
    status: 200,
    schema: HoldResponse,
    description: "The slot, held until heldUntil",
    example: sameDayHoldExample,
  },
} as const satisfies RouteDefinition;

export const sameDayBookingCreate = {
  id: "same-day-booking-create",
  method: "POST",
  path: "/api/same-day/bookings",
  handler: "same-day/same-day-booking-create",
  summary: "Confirm the patient's hold as an appointment, with a booking reference",
  description:
    "Patients only. Turns the caller's live hold into an appointment with a booking reference, in one transaction; an expired hold is a 409 hold_expired. Send an Idempotency-Key.",
  access: patientOnly,
  table: "write",
  idempotent: true,
  idempotentInTransaction: true,
  request: { body: BookingRequest, bodyExample: sameDayBookingBodyExample },
  response: {
    status: 201,
    schema: BookingResponse,
    description: "The booked appointment",
    location: {
      path: "/api/fhir/Appointment/{appointmentId}",
      description: "The new appointment, as a FHIR Appointment",
    },
    example: sameDayBookingExample,
  },
} as const satisfies RouteDefinition;

export const myAppointments = {
  id: "my-appointments",
  method: "GET",
  path: "/api/me/appointments",
  handler: "same-day/my-appointments",
  summary: "The signed-in patient's appointments, upcoming and past",
  description:
    "Patients only, their own appointments: upcoming first, then past, with status and site.",
  access: patientOnly,
  table: "read",
  request: {},
  response: {
    status: 200,
    schema: MyAppointmentsResponse,
    description: "Upcoming and past appointments",
    example: myAppointmentsExample,
  },
} as const satisfies RouteDefinition;

export const myAppointmentCancel = {
  id: "my-appointment-cancel",
  method: "POST",
  path: "/api/me/appointments/{appointmentId}/cancel",
  handler: "same-day/my-appointment-cancel",
  summary:
    "Cancel one of the patient's own appointments; the slot is freed at once and offered to the waiting list",
  description:
    "Patients only, their own booked appointment. Cancels it and frees the slot in one transaction; the waiting list is offered the slot.",
  access: patientOnly,
  table: "write",
  request: {
    params: MyAppointmentParams,
    body: CancelAppointmentRequest,
    bodyExample: myAppointmentCancelBodyExample,
  },
  response: {
    status: 200,
    schema: MyAppointmentResponse,
    description: "The cancelled appointment",
    example: myAppointmentCancelExample,
  },
} as const satisfies RouteDefinition;

export const myHoldRelease = {
  id: "my-hold-release",
  method: "POST",
  path: "/api/me/holds/release",
  handler: "same-day/my-hold-release",
  summary:
    "Let go of a time the patient holds (same-day or a referral's) when they choose another, so it is free for others at once",
  description:
    "Patients only. Releases the caller's own live hold, if it is still theirs; a hold that has gone is not an error.",
  access: patientOnly,
  table: "write",
  request: { body: HoldReleaseRequest, bodyExample: myHoldReleaseBodyExample },
  response: {
    status: 200,
    schema: HoldReleaseResponse,
    description: "Whether the caller's hold was released",
    example: myHoldReleaseExample,
  },
} as const satisfies RouteDefinition;

export const myOffers = {
  id: "my-offers",
  method: "GET",
  path: "/api/me/offers",
  handler: "same-day/my-offers",
  summary:
    "Times the waiting list is holding for the signed-in patient, to confirm before they expire",
  description:
    "Patients only. Slots the waiting list is holding for the caller, each with when the offer lapses.",
  access: patientOnly,
  table: "read",
  request: {},
  response: {
    status: 200,
    schema: MyOffersResponse,
    description: "Standing offers",
    example: myOffersExample,
  },
} as const satisfies RouteDefinition;

export const myAppointmentSlots = {
  id: "my-appointment-slots",
  method: "GET",
  path: "/api/me/appointments/{appointmentId}/slots",
  handler: "same-day/my-appointment-slots",
  summary:
    "Free same-day times today that one of the patient's booked appointments could change to, nearest site first, its own time left out",
  description:
    "Patients only, for one of their own booked appointments. The free times today it could move to, nearest site first, without its own time. A site lists its soonest times; with `siteId` and `after` (that site's `laterAfter`) only that site is answered, with its times after that.",
  access: patientOnly,
  table: "read",
  // The appointment is no longer booked: 409.
  errors: { also: [409] },
  request: { params: MyAppointmentParams, query: ChangeSlotsQuery },
  response: {
    status: 200,
    schema: ChangeSlotsResponse,
    description: "The appointment, and sites nearest first with their free times",
    example: myAppointmentSlotsExample,
  },
} as const satisfies RouteDefinition;

export const myAppointmentChange = {
  id: "my-appointment-change",
  method: "POST",
  path: "/api/me/appointments/{appointmentId}/change",
  handler: "same-day/my-appointment-change",
  summary:
    "Change one of the patient's own appointments to a slot they hold: cancel and rebook in one step, or nothing changes",
  description:
    "Patients only. Moves one of their own appointments to a slot they hold: the old one is cancelled and the new one booked in one transaction, or nothing changes. Send an Idempotency-Key.",
  access: patientOnly,
  table: "write",
  idempotent: true,
  request: {
    params: MyAppointmentParams,
    body: ChangeAppointmentRequest,
    bodyExample: myAppointmentChangeBodyExample,
  },
  response: {
    status: 200,
    schema: ChangeAppointmentResponse,
    description: "The new appointment and the one it replaced",
    example: myAppointmentChangeExample,
  },
} as const satisfies RouteDefinition;

export const sameDayCallback = {
  id: "same-day-callback",
  method: "POST",
  path: "/api/same-day/requests/{requestId}/callback",
  handler: "same-day/same-day-callback",
  summary: "Ask the practice to call back today: the request joins the site's queue",
  description:
    "Patients only, for their own open request. Puts the request in the site's call-back queue for today.",
  access: patientOnly,
  table: "write",
  request: {
    params: SameDayRequestParams,
    body: CallbackRequest,
    bodyExample: sameDayCallbackBodyExample,
  },
  response: {
    status: 200,
    schema: CallbackResponse,
    description: "The request is queued",
    example: sameDayCallbackExample,
  },
} as const satisfies RouteDefinition;

export const sameDayWaitingList = {
  id: "same-day-waiting-list",
  method: "POST",
  path: "/api/same-day/waiting-list",
  handler: "same-day/same-day-waiting-list",
  summary: "Join today's waiting list at the request's site: a freed slot is held and offered",
  description:
    "Patients only, for their own open request. Joins today's waiting list at its site: a freed slot is held for the first in line and offered to them.",
  access: patientOnly,
  table: "write",
  request: { body: WaitingListRequest, bodyExample: sameDayWaitingListBodyExample },
  response: {
    status: 200,
    schema: WaitingListResponse,
    description: "On the waiting list",
    example: sameDayWaitingListExample,
  },
} as const satisfies RouteDefinition;

export const sameDayPatientRoutes = {
  sameDayQuestionnaire,
  sameDayRequestCreate,
  sameDaySlots,
  sameDayHoldCreate,
  sameDayBookingCreate,
  myAppointments,
  myAppointmentCancel,
  myHoldRelease,
  myOffers,
  myAppointmentSlots,
  myAppointmentChange,
  sameDayCallback,
  sameDayWaitingList,
} as const;
