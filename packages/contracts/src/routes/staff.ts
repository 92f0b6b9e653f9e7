import type { RouteDefinition } from "../route-definition.ts";
import {
  BlockSlotRequest,
  PublishRequest,
  PublishResult,
  SessionTemplate,
  SessionTemplateInput,
} from "../scheduling.ts";
import {
  AppointmentActionRequest,
  AppointmentActionResponse,
  AppointmentParams,
  CloseRequestBody,
  CloseRequestResponse,
  QueueQuery,
  QueueResponse,
  RequestParams,
  SessionTemplatesResponse,
  SlotChangeResponse,
  SlotParams,
  StaffBookingRequest,
  StaffBookingResponse,
  StaffDayQuery,
  StaffDayResponse,
  TemplateParams,
  UnblockSlotRequest,
} from "../staff-api.ts";
import {
  staffAppointmentActionExample,
  staffAppointmentActionRequestExample,
  staffBookingExample,
  staffBookingRequestExample,
  staffDayExample,
  staffPublishExample,
  staffPublishRequestExample,
  staffQueueClosedExample,
  staffQueueCloseRequestExample,
  staffQueueExample,
  staffSlotBlockedExample,
  staffSlotBlockRequestExample,
  staffSlotUnblockedExample,
  staffSlotUnblockRequestExample,
  staffTemplateExample,
  staffTemplateInputExample,
  staffTemplatesExample,
} from "./examples/staff.ts";

const staff = ["receptionist", "clinician"] as const;
const receptionist = ["receptionist"] as const;

/** Receptionists' and clinicians' routes, each scoped to the caller's own site. */
export const staffTemplatePut = {
  id: "staff-template-put",
  method: "PUT",
  path: "/api/staff/templates/{templateId}",
  handler: "staff/staff-template-put",
  summary: "Create or replace a session template for the receptionist's own site",
  description:
    "Receptionists only, their own site. Creates or replaces a weekly session template (days, times, slot length, channels). Publishing turns templates into slots.",
  access: receptionist,
  table: "write",
  // A service the site does not offer: 422 service_not_offered.
  errors: { also: [422] },
  request: {
    params: TemplateParams,
    body: SessionTemplateInput,
    bodyExample: staffTemplateInputExample,
  },
  response: {
    status: 200,
    schema: SessionTemplate,
    description: "The saved template",
    example: staffTemplateExample,
  },
} as const satisfies RouteDefinition;

export const staffTemplatesList = {
  id: "staff-templates-list",
  method: "GET",
  path: "/api/staff/templates",
  handler: "staff/staff-templates-list",
  summary: "The session templates of the caller's own site",
  description: "Receptionists and clinicians, their own site's templates.",
  access: staff,
  table: "read",
  request: {},
  response: {
    status: 200,
    schema: SessionTemplatesResponse,
    description: "The templates",
    example: staffTemplatesExample,
  },
} as const satisfies RouteDefinition;

export const staffPublish = {
  id: "staff-publish",
  method: "POST",
  path: "/api/staff/publish",
  handler: "staff/staff-publish",
  summary: "Publish the site's templates as slots for a range of London dates (idempotent)",
  description:
    "Receptionists only, their own site. Creates the slots the site's templates describe for a range of London dates; slots already there are left as they are, so repeating it is safe.",
  access: receptionist,
  table: "write",
  idempotent: true,
  request: { body: PublishRequest, bodyExample: staffPublishRequestExample },
  response: {
    status: 200,
    schema: PublishResult,
    description: "Slots created and already there",
    example: staffPublishExample,
  },
} as const satisfies RouteDefinition;

export const staffDay = {
  id: "staff-day",
  method: "GET",
  path: "/api/staff/day",
  handler: "staff/staff-day",
  summary: "Every slot of a day at the caller's site, with appointments and patients' needs",
  description:
    "Receptionists and clinicians, their own site. Every slot of one London date with its state, appointment and the patient's stated needs.",
  access: staff,
  table: "read",
  request: { query: StaffDayQuery },
  response: {
    status: 200,
    schema: StaffDayResponse,
    description: "The day list",
    example: staffDayExample,
  },
} as const satisfies RouteDefinition;

export const staffSlotBlock = {
  id: "staff-slot-block",
  method: "POST",
  path: "/api/staff/slots/{slotId}/block",
  handler: "staff/staff-slot-block",
  summary: "Take a free slot at the receptionist's site out of use, with a reason",
  description:
    "Receptionists only, a free slot at their own site. Takes it out of use with a reason; a booked or already-blocked slot is a 409.",
  access: receptionist,
  table: "write",
  request: {
    params: SlotParams,
    body: BlockSlotRequest,
    bodyExample: staffSlotBlockRequestExample,
  },
  response: {
    status: 200,
    schema: SlotChangeResponse,
    description: "The blocked slot",
    example: staffSlotBlockedExample,
  },
} as const satisfies RouteDefinition;

export const staffSlotUnblock = {
  id: "staff-slot-unblock",
  method: "POST",
  path: "/api/staff/slots/{slotId}/unblock",
  handler: "staff/staff-slot-unblock",
  summary: "Put a blocked slot back into use and offer it to the waiting list",
  description:
    "Receptionists only, a blocked slot at their own site. Puts it back into use and offers it to the waiting list.",
  access: receptionist,
  table: "write",
  request: {
    params: SlotParams,
    body: UnblockSlotRequest,
    bodyExample: staffSlotUnblockRequestExample,
  },
  response: {
    status: 200,
    schema: SlotChangeResponse,
    description: "The freed slot",
    example: staffSlotUnblockedExample,
  },
} as const satisfies RouteDefinition;

export const staffAppointmentAction = {
  id: "staff-appointment-action",
  method: "POST",
  path: "/api/staff/appointments/{appointmentId}/actions",
  handler: "staff/staff-appointment-action",
  summary: "Check in, complete, mark did not attend or cancel an appointment at the site",
  description:
    "Receptionists only, an appointment at their own site. Check in, complete, did not attend or cancel; a step the appointment's state does not allow is a 409 transition_not_allowed.",
  access: receptionist,
  table: "write",
  request: {
    params: AppointmentParams,
    body: AppointmentActionRequest,
    bodyExample: staffAppointmentActionRequestExample,
  },
  response: {
    status: 200,
    schema: AppointmentActionResponse,
    description: "The appointment after the action",
    example: staffAppointmentActionExample,
  },
} as const satisfies RouteDefinition;

export const staffBookingCreate = {
  id: "staff-booking-create",
  method: "POST",
  path: "/api/staff/bookings",
  handler: "staff/staff-booking-create",
  summary: "Book a slot at the site on behalf of a patient, found by NHS number",
  description:
    "Receptionists only, a slot at their own site. Books it for the patient with that NHS number (optionally closing their same-day request) in one transaction. A time that has started, or is more than eight weeks ahead, is refused (422) unless a reason is given; the reason is kept on the appointment with who booked it. Send an Idempotency-Key.",
  access: receptionist,
  table: "write",
  idempotent: true,
  errors: { also: [422] },
  request: { body: StaffBookingRequest, bodyExample: staffBookingRequestExample },
  response: {
    status: 201,
    schema: StaffBookingResponse,
    description: "The appointment",
    location: {
      path: "/api/fhir/Appointment/{appointmentId}",
      description: "The new appointment, as a FHIR Appointment",
    },
    example: staffBookingExample,
  },
} as const satisfies RouteDefinition;

export const staffQueue = {
  id: "staff-queue",
  method: "GET",
  path: "/api/staff/queue",
  handler: "staff/staff-queue",
  summary: "The site's same-day requests for a day: open ones first, oldest first",
  description:
    "Receptionists only, their own site. The same-day requests of one London date, open ones first, with triage outcome and what the patient asked for.",
  access: receptionist,
  table: "read",
  request: { query: QueueQuery },
  response: {
    status: 200,
    schema: QueueResponse,
    description: "The queue",
    example: staffQueueExample,
  },
} as const satisfies RouteDefinition;

export const staffQueueClose = {
  id: "staff-queue-close",
  method: "POST",
  path: "/api/staff/queue/{requestId}/close",
  handler: "staff/staff-queue-close",
  summary: "Close an open same-day request with its outcome",
  description:
    "Receptionists only, a request in their own site's queue. Closes it with an outcome; a request already closed is a 409 request_not_open.",
  access: receptionist,
  table: "write",
  request: {
    params: RequestParams,
    body: CloseRequestBody,
    bodyExample: staffQueueCloseRequestExample,
  },
  response: {
    status: 200,
    schema: CloseRequestResponse,
    description: "The closed request",
    example: staffQueueClosedExample,
  },
} as const satisfies RouteDefinition;

export const staffRoutes = {
  staffTemplatePut,
  staffTemplatesList,
  staffPublish,
  staffDay,
  staffSlotBlock,
  staffSlotUnblock,
  staffAppointmentAction,
  staffBookingCreate,
  staffQueue,
  staffQueueClose,
} as const;
