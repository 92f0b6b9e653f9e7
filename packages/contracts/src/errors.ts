import * as z from "zod/mini";

/** Stable error codes: clients may switch on these, so never rename one. */
export const errorCodes = [
  "validation_failed",
  "malformed_json",
  "unsupported_media_type",
  "payload_too_large",
  "unauthenticated",
  "forbidden",
  "not_found",
  "method_not_allowed",
  "conflict",
  "postcode_not_covered",
  "idempotency_in_progress",
  "idempotency_key_reused",
  "internal_error",
  // The database was busy or unreachable after the store's retries: try again after Retry-After.
  "service_unavailable",
  // Same-day appointments.
  "no_registered_site",
  "slot_taken",
  "slot_not_bookable",
  "slot_booked",
  "slot_already_blocked",
  "slot_not_blocked",
  "hold_expired",
  "already_booked_today",
  "not_cancellable",
  "transition_not_allowed",
  "request_not_open",
  "request_other_patient",
  "service_not_offered",
  "no_session_templates",
  // Staff booking a time that has started, or beyond the horizon, without a reason.
  "slot_in_past",
  "slot_beyond_horizon",
  // Self-referral.
  "questionnaire_changed",
  "referral_changed_meanwhile",
  "online_booking_off",
  "referral_booking_unavailable",
  // Supporting documents.
  "document_rejected",
  "document_not_uploaded",
  "document_limit_reached",
  "document_not_ready",
  // Online GP advice.
  "advice_changed_meanwhile",
  "advice_request_closed",
  "advice_action_not_allowed",
  "practice_closed",
  "no_practice",
  "not_registered_here",
  "advice_offer_expired",
  "advice_time_not_offered",
  "advice_time_not_usable",
  // Personal health budgets.
  "phb_not_at_this_stage",
  "phb_changed_meanwhile",
  "phb_invalid",
  "over_approval_limit",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const FieldError = z.object({
  path: z.string(),
  message: z.string(),
  /** Where a field can go wrong in more than one way, which (e.g. a self-referral answer). */
  code: z.optional(z.string()),
});
export type FieldError = z.infer<typeof FieldError>;

export const ErrorBody = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    fields: z.optional(z.array(FieldError)),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
