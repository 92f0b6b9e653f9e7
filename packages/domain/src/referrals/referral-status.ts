/**
 * A self-referral's life, ServiceRequest-like. Two fields move together:
 *
 * - `status`, FHIR R4 request-status, for interoperability (BaRS and other FHIR systems read
 *   this). The value set is complete so records from elsewhere parse.
 * - `stage`, the service's own business status, for the patient's timeline and the staff
 *   queue. Each stage has exactly one status (statusOfStage); the status is never set alone.
 *
 * Rejection by the service and withdrawal by the patient are both `revoked`: FHIR defines it
 * as "terminated prior to the known full completion of the intended actions; no further
 * activity should occur", and BaRS sets revoked when a referral is cancelled. Not
 * `entered-in-error`, which means the request should never have existed (kept for mistakes,
 * such as a referral made for the wrong patient); a rejection is a real decision that stays
 * on the record. FHIR Task.status has `rejected`, but a ServiceRequest has no such status: the
 * stage says which kind of revoked it was.
 */
export const referralStatuses = [
  "draft",
  "active",
  "on-hold",
  "revoked",
  "completed",
  "entered-in-error",
  "unknown",
] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

export const referralStages = [
  "draft",
  "submitted",
  "accepted",
  "awaiting-information",
  "booked",
  "rejected",
  "withdrawn",
  "completed",
  "entered-in-error",
] as const;
export type ReferralStage = (typeof referralStages)[number];

export const statusOfStage: Readonly<Record<ReferralStage, ReferralStatus>> = {
  draft: "draft",
  submitted: "active",
  accepted: "active",
  "awaiting-information": "on-hold",
  booked: "active",
  rejected: "revoked",
  withdrawn: "revoked",
  completed: "completed",
  "entered-in-error": "entered-in-error",
};

/** Stages nothing moves out of, except a correction to entered-in-error. */
export const finalReferralStages: readonly ReferralStage[] = [
  "rejected",
  "withdrawn",
  "completed",
  "entered-in-error",
];

/** The FHIR ServiceRequest.priority codes a service sets on accepting: routine or urgent. */
export const referralPriorities = ["routine", "urgent"] as const;
export type ReferralPriority = (typeof referralPriorities)[number];

/** Why a service did not accept a referral: stored and counted as unmet demand. */
export const rejectionReasonCodes = [
  "needs-gp-assessment",
  "another-service-better",
  "outside-catchment",
  "duplicate-referral",
  "not-suitable",
] as const;
export type RejectionReasonCode = (typeof rejectionReasonCodes)[number];

export interface Rejection {
  reasonCode: RejectionReasonCode;
  /** Plain English, to the patient. */
  reason: string;
  /** Where to go instead. */
  signpost: string;
}

export interface ReferralState {
  stage: ReferralStage;
  status: ReferralStatus;
  /** Copied from the service when the referral is made: the patient books accepted ones online. */
  bookOnline: boolean;
  priority?: ReferralPriority;
  /** The appointment while booked. */
  appointmentId?: string;
  /** What the service asked, while awaiting information. */
  informationRequest?: string;
  rejection?: Rejection;
}

/** A new referral, not yet sent. */
export function draftReferral(bookOnline: boolean): ReferralState {
  return { stage: "draft", status: "draft", bookOnline };
}

export type ReferralAction =
  | { type: "submit" }
  | { type: "accept"; priority: ReferralPriority }
  | { type: "accept-and-book"; priority: ReferralPriority; appointmentId: string }
  | { type: "book"; appointmentId: string }
  | { type: "cancel-booking" }
  | { type: "request-information"; request: string }
  /** The answer is the patient's (or, on the phone, what staff wrote down of it). */
  | { type: "provide-information"; answer: string }
  | ({ type: "reject" } & Rejection)
  | { type: "withdraw" }
  | { type: "complete" }
  | { type: "mark-entered-in-error" };
export type ReferralActionType = ReferralAction["type"];

export const referralActorRoles = ["patient", "receptionist", "clinician"] as const;
export type ReferralActorRole = (typeof referralActorRoles)[number];

const everyone = referralActorRoles;
const staff: readonly ReferralActorRole[] = ["receptionist", "clinician"];
const open: readonly ReferralStage[] = ["submitted", "awaiting-information"];

/**
 * Every move the service allows: from which stages, to which, and by whom. Anything not here
 * is refused.
 *
 * - Clinical decisions (accept, accept and book, reject) are a clinician's: a self-referral is
 *   a referral for triage. Receptionists book, ask for details, complete and correct.
 * - Patient actions (submit, provide information, book, cancel a booking, withdraw) may also
 *   be done by staff on the patient's behalf, e.g. when they phone: digital, not digital only.
 *   A patient books online only where the service books online (ReferralState.bookOnline).
 * - Accept, accept and book, and reject also apply while awaiting information: the answer may
 *   come by phone, or never.
 * - Cancelling a booking returns the referral to accepted, to book again (cancel and rebook,
 *   never reschedule); the API cancels the appointment itself in the same transaction.
 * - Anything but a draft can be marked entered in error, final stages included.
 */
export const referralTransitions: Readonly<
  Record<
    ReferralActionType,
    { from: readonly ReferralStage[]; to: ReferralStage; by: readonly ReferralActorRole[] }
  >
> = {
  submit: { from: ["draft"], to: "submitted", by: everyone },
  accept: { from: open, to: "accepted", by: ["clinician"] },
  "accept-and-book": { from: open, to: "booked", by: ["clinician"] },
  book: { from: ["accepted"], to: "booked", by: everyone },
  "cancel-booking": { from: ["booked"], to: "accepted", by: everyone },
  "request-information": { from: ["submitted"], to: "awaiting-information", by: staff },
  "provide-information": { from: ["awaiting-information"], to: "submitted", by: everyone },
  reject: { from: open, to: "rejected", by: ["clinician"] },
  withdraw: {
    from: ["submitted", "awaiting-information", "accepted", "booked"],
    to: "withdrawn",
    by: everyone,
  },
  complete: { from: ["accepted", "booked"], to: "completed", by: staff },
  "mark-entered-in-error": {
    from: referralStages.filter((stage) => stage !== "draft" && stage !== "entered-in-error"),
    to: "entered-in-error",
    by: staff,
  },
};
