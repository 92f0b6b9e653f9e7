import {
  EarlierAnswersQuery,
  EarlierAnswersResponse,
  MyReferralResponse,
  MyReferralsResponse,
  ReferralHoldRequest,
  ReferralParams,
  ReferralSlotsResponse,
  ReferralSlotTakenBody,
  SelfReferralOutcome,
  SelfReferralServicesQuery,
  SelfReferralServicesResponse,
  StaffReferralResponse,
  StaffReferralsQuery,
  StaffReferralsResponse,
} from "../referral-api.ts";
import { ReferralActionRequest, SelfReferralSubmission } from "../referrals.ts";
import type { RouteDefinition } from "../route-definition.ts";
import { HoldResponse } from "../same-day-api.ts";
import {
  earlierAnswersExample,
  myReferralBookExample,
  myReferralBookedExample,
  myReferralExample,
  myReferralsExample,
  referralHoldExample,
  referralHoldRequestExample,
  referralSlotsExample,
  selfReferralOutcomeExample,
  selfReferralServicesExample,
  selfReferralSubmissionExample,
} from "./examples/self-referral.ts";
import {
  staffReferralAcceptExample,
  staffReferralAcceptedExample,
  staffReferralExample,
  staffReferralsExample,
} from "./examples/self-referral-staff.ts";

const patientOnly = ["patient"] as const;
const staff = ["receptionist", "clinician"] as const;

/** Self-referral: patients find a service, answer its questions, and follow their referral;
 * the receiving service's staff triage it. Staff see only their own site's referrals. */
export const selfReferralServices = {
  id: "self-referral-services",
  method: "GET",
  path: "/api/self-referral/services",
  handler: "referrals/self-referral-services",
  summary:
    "The self-referral services, nearest a postcode (or the patient's practice) first, each with its questionnaire and whether the signed-in patient may use it",
  description:
    "Patients only. Every self-referral service with its questionnaire and whether the caller may use it (age, ICB), nearest first to a postcode if given, else to their practice. With serviceId, only that service (400 validation_failed, on serviceId, if there is no such service).",
  access: patientOnly,
  table: "read",
  // A postcode Front Door does not cover: 422 postcode_not_covered.
  errors: { also: [422] },
  request: { query: SelfReferralServicesQuery },
  response: {
    status: 200,
    schema: SelfReferralServicesResponse,
    description: "Services and eligibility",
    example: selfReferralServicesExample,
  },
} as const satisfies RouteDefinition;

export const selfReferralCreate = {
  id: "self-referral-create",
  method: "POST",
  path: "/api/self-referral/referrals",
  handler: "referrals/self-referral-create",
  summary:
    "Submit answers: the server evaluates them; eligible answers make a referral for triage, others are recorded and signposted",
  description:
    "Patients only. The server evaluates the answers against the service's questionnaire: eligible answers make a referral for triage; the others are recorded and answered with where to go instead. Send an Idempotency-Key.",
  access: patientOnly,
  table: "write",
  idempotent: true,
  idempotentInTransaction: true,
  request: { body: SelfReferralSubmission, bodyExample: selfReferralSubmissionExample },
  response: {
    status: 200,
    schema: SelfReferralOutcome,
    description: "Referred, ineligible with where to go instead, or urgent advice",
    example: selfReferralOutcomeExample,
  },
} as const satisfies RouteDefinition;

export const selfReferralEarlierAnswers = {
  id: "self-referral-earlier-answers",
  method: "GET",
  path: "/api/me/self-referral/earlier-answers",
  handler: "referrals/self-referral-earlier-answers",
  summary:
    "The patient's answers from their latest referral with the same questionnaire, to start from (tell your story once)",
  description:
    "Patients only. The answers from the caller's latest referral that used the same questionnaire, to start from; none if there is none.",
  access: patientOnly,
  table: "read",
  request: { query: EarlierAnswersQuery },
  response: {
    status: 200,
    schema: EarlierAnswersResponse,
    description: "Earlier answers, or none",
    example: earlierAnswersExample,
  },
} as const satisfies RouteDefinition;

export const myReferrals = {
  id: "my-referrals",
  method: "GET",
  path: "/api/me/referrals",
  handler: "referrals/my-referrals",
  summary: "The signed-in patient's referrals, newest first",
  description: "Patients only, their own referrals, newest first, with stage and status.",
  access: patientOnly,
  table: "read",
  request: {},
  response: {
    status: 200,
    schema: MyReferralsResponse,
    description: "The referrals",
    example: myReferralsExample,
  },
} as const satisfies RouteDefinition;

export const myReferral = {
  id: "my-referral",
  method: "GET",
  path: "/api/me/referrals/{referralId}",
  handler: "referrals/my-referral",
  summary: "One of the patient's own referrals with its timeline",
  description:
    "Patients only, one of their own referrals with its timeline, appointment and any information asked for. Another patient's is a 404.",
  access: patientOnly,
  table: "read",
  request: { params: ReferralParams },
  response: {
    status: 200,
    schema: MyReferralResponse,
    description: "The referral",
    example: myReferralExample,
  },
} as const satisfies RouteDefinition;

export const myReferralAction = {
  id: "my-referral-action",
  method: "POST",
  path: "/api/me/referrals/{referralId}/actions",
  handler: "referrals/my-referral-action",
  summary:
    "The patient acts on their own referral: book the slot they hold, cancel that booking, withdraw it, or say they have answered",
  description:
    "Patients only, their own referral. Book the time they hold, cancel that booking, withdraw, or answer a request for information. Send the referral's version as If-Match: a referral that changed since is a 409.",
  access: patientOnly,
  table: "write",
  request: {
    params: ReferralParams,
    body: ReferralActionRequest,
    bodyExample: myReferralBookExample,
  },
  response: {
    status: 200,
    schema: MyReferralResponse,
    description: "The referral after",
    example: myReferralBookedExample,
  },
} as const satisfies RouteDefinition;

export const myReferralSlots = {
  id: "my-referral-slots",
  method: "GET",
  path: "/api/me/referrals/{referralId}/slots",
  handler: "referrals/my-referral-slots",
  summary:
    "Free times for the patient's accepted referral, where the service books online: its service at its site, up to 28 days ahead",
  description:
    "Patients only, their own accepted referral, where its service books online: free times at its site for up to 28 days.",
  access: patientOnly,
  table: "read",
  // The referral cannot be booked now (not accepted, or the service books itself): 409.
  errors: { also: [409] },
  request: { params: ReferralParams },
  response: {
    status: 200,
    schema: ReferralSlotsResponse,
    description: "Free times by day",
    example: referralSlotsExample,
  },
} as const satisfies RouteDefinition;

export const myReferralHold = {
  id: "my-referral-hold",
  method: "POST",
  path: "/api/me/referrals/{referralId}/holds",
  handler: "referrals/my-referral-hold",
  summary:
    "Hold one of the referral's free times for 15 minutes while the patient confirms (then the book action); a taken time is a 409 slot_taken with alternatives",
  description:
    "Patients only, their own accepted referral. Holds one of its free times for 15 minutes while they confirm with the book action; a taken time is a 409 slot_taken with alternatives.",
  access: patientOnly,
  table: "write",
  errors: { bodies: { 409: ReferralSlotTakenBody } },
  request: {
    params: ReferralParams,
    body: ReferralHoldRequest,
    bodyExample: referralHoldRequestExample,
  },
  response: {
    status: 200,
    schema: HoldResponse,
    description: "The slot, held until heldUntil",
    example: referralHoldExample,
  },
} as const satisfies RouteDefinition;

export const staffReferrals = {
  id: "staff-referrals",
  method: "GET",
  path: "/api/staff/referrals",
  handler: "referrals/staff-referrals",
  summary:
    "The triage queue of the caller's own site: urgent first, then oldest, by stage and service",
  description:
    "Receptionists and clinicians, their own site's referrals: urgent first, then oldest, filtered by stage and service.",
  access: staff,
  table: "read",
  request: { query: StaffReferralsQuery },
  response: {
    status: 200,
    schema: StaffReferralsResponse,
    description: "The queue",
    example: staffReferralsExample,
  },
} as const satisfies RouteDefinition;

export const staffReferral = {
  id: "staff-referral",
  method: "GET",
  path: "/api/staff/referrals/{referralId}",
  handler: "referrals/staff-referral",
  summary: "One referral to the caller's site, with the answers and its audit trail",
  description:
    "Receptionists and clinicians, a referral to their own site with the patient's answers and the audit trail. Another site's is a 404.",
  access: staff,
  table: "read",
  request: { params: ReferralParams },
  response: {
    status: 200,
    schema: StaffReferralResponse,
    description: "The referral",
    example: staffReferralExample,
  },
} as const satisfies RouteDefinition;

export const staffReferralSlots = {
  id: "staff-referral-slots",
  method: "GET",
  path: "/api/staff/referrals/{referralId}/slots",
  handler: "referrals/staff-referral-slots",
  summary:
    "Free times to book a referral to the caller's site into: its service, up to 28 days ahead",
  description:
    "Receptionists and clinicians, a referral to their own site: free times of its service there for up to 28 days.",
  access: staff,
  table: "read",
  request: { params: ReferralParams },
  response: {
    status: 200,
    schema: ReferralSlotsResponse,
    description: "Free times by day",
    example: referralSlotsExample,
  },
} as const satisfies RouteDefinition;

export const staffReferralAction = {
  id: "staff-referral-action",
  method: "POST",
  path: "/api/staff/referrals/{referralId}/actions",
  handler: "referrals/staff-referral-action",
  summary:
    "Triage a referral to the caller's site: accept (and book a slot), book, cancel its booking, ask for information, reject with a signpost, complete",
  description:
    "Receptionists and clinicians, a referral to their own site. Accept (and book), book, cancel its booking, ask the patient for information, reject with a signpost, or complete. Send the referral's version as If-Match.",
  access: staff,
  table: "write",
  request: {
    params: ReferralParams,
    body: ReferralActionRequest,
    bodyExample: staffReferralAcceptExample,
  },
  response: {
    status: 200,
    schema: StaffReferralResponse,
    description: "The referral after",
    example: staffReferralAcceptedExample,
  },
} as const satisfies RouteDefinition;

export const selfReferralRoutes = {
  selfReferralServices,
  selfReferralCreate,
  selfReferralEarlierAnswers,
  myReferrals,
  myReferral,
  myReferralAction,
  myReferralSlots,
  myReferralHold,
  staffReferrals,
  staffReferral,
  staffReferralSlots,
  staffReferralAction,
} as const;
