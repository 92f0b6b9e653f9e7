import {
  referralActorRoles,
  referralEventTypes,
  referralPriorities,
  referralStages,
  referralStatuses,
} from "@front-door/domain";
import * as z from "zod/mini";
import {
  ReferralSummary,
  SelfReferralServiceSummary,
  selfReferralDiversions,
} from "./referrals.ts";
import { MyAppointment, OfferedSlot, SlotId } from "./same-day-api.ts";
import { AppointmentStatus, SlotChannel } from "./scheduling.ts";
import { ServiceCode } from "./services.ts";
import { Postcode } from "./sites.ts";

/** Requests and responses of the self-referral routes (the shapes of referrals are in referrals.ts). */

/** Whether the signed-in patient may refer themselves to a service, asked before its questions. */
export const MayRefer = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("yes") }),
  z.object({ kind: z.literal("no"), reason: z.string(), signpost: z.string() }),
]);

/** A self-referral service's id as links and forms carry it ("armley-msk-physiotherapy"). */
const selfReferralServiceId = z
  .string({ error: "Choose a service from the list" })
  .check(z.regex(/^[a-z0-9-]{1,64}$/, "Choose a service from the list"));

/**
 * Near a postcode (its district's centre), or — without one — near the patient's own practice.
 * With a serviceId, only that service: a page that shows one service's questions needs one
 * questionnaire, not every service's.
 */
export const SelfReferralServicesQuery = z.object({
  postcode: z.optional(Postcode),
  serviceId: z.optional(selfReferralServiceId),
});
export type SelfReferralServicesQuery = z.infer<typeof SelfReferralServicesQuery>;

export const SelfReferralServicesResponse = z.object({
  /** Where distances are measured from, in words ("LS12 3AB", "your GP practice"); absent, none are. */
  near: z.optional(z.object({ postcode: z.optional(z.string()), description: z.string() })),
  /** Nearest first when `near` is known. */
  services: z.array(
    z.object({
      service: SelfReferralServiceSummary,
      site: z.object({ id: z.string(), name: z.string(), town: z.optional(z.string()) }),
      distanceMiles: z.optional(z.number()),
      mayRefer: MayRefer,
    }),
  ),
});
export type SelfReferralServicesResponse = z.infer<typeof SelfReferralServicesResponse>;

const referralId = z
  .string()
  .check(z.regex(/^[A-Za-z0-9-]{1,64}$/, "Enter a referral id like the one in your link"));

export const ReferralParams = z.object({ referralId });
export type ReferralParams = z.infer<typeof ReferralParams>;

/** The service's questions and the patient's answers to them, oldest first. */
const InformationGiven = z.array(
  z.object({
    request: z.string(),
    answer: z.string(),
    at: z.string(),
    by: z.enum(referralActorRoles),
  }),
);

/** A referral as its patient sees it: the summary and timeline, plus the reference and service. */
export const MyReferral = z.object({
  ...ReferralSummary.shape,
  reference: z.string(),
  serviceCode: ServiceCode,
  serviceName: z.string(),
  site: z.object({ id: z.string(), name: z.string() }),
  submittedAt: z.string(),
  /** Send back as If-Match on an action: refused if the referral changed since. */
  version: z.number(),
  /** The appointment booked for it, while the referral is booked or completed. */
  appointment: z.optional(MyAppointment),
  informationGiven: z.optional(InformationGiven),
  /** Whether the patient can choose an appointment now (accepted, and the service books online). */
  mayBook: z.boolean(),
});
export type MyReferral = z.infer<typeof MyReferral>;

/**
 * The answer to a submission. Eligible answers make a referral for triage, sent as the patient
 * will see it (with the reference they quote); the others make none and say where to go.
 */
export const SelfReferralOutcome = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("referred"), referral: MyReferral }),
  ...selfReferralDiversions,
]);
export type SelfReferralOutcome = z.infer<typeof SelfReferralOutcome>;

export const MyReferralResponse = z.object({ referral: MyReferral });
export type MyReferralResponse = z.infer<typeof MyReferralResponse>;

export const MyReferralsResponse = z.object({
  referrals: z.array(
    z.object({
      id: z.string(),
      reference: z.string(),
      serviceId: z.string(),
      serviceName: z.string(),
      stage: z.enum(referralStages),
      status: z.enum(referralStatuses),
      submittedAt: z.string(),
      updatedAt: z.string(),
    }),
  ),
});
export type MyReferralsResponse = z.infer<typeof MyReferralsResponse>;

export const StaffReferralsQuery = z.object({
  stage: z.optional(
    z.enum(referralStages, { error: "Choose a stage from the list, or leave it blank" }),
  ),
  service: z.optional(ServiceCode),
});
export type StaffReferralsQuery = z.infer<typeof StaffReferralsQuery>;

const QueueEntry = z.object({
  id: z.string(),
  reference: z.string(),
  serviceId: z.string(),
  serviceCode: ServiceCode,
  serviceName: z.string(),
  stage: z.enum(referralStages),
  status: z.enum(referralStatuses),
  priority: z.optional(z.enum(referralPriorities)),
  submittedAt: z.string(),
  patient: z.object({
    name: z.string(),
    nhsNumber: z.string(),
    dateOfBirth: z.string(),
  }),
});

export const StaffReferralsResponse = z.object({
  site: z.object({ id: z.string(), name: z.string() }),
  referrals: z.array(QueueEntry),
});
export type StaffReferralsResponse = z.infer<typeof StaffReferralsResponse>;

/** One referral for the receiving service: answers as asked, and the audit trail. */
export const StaffReferralResponse = z.object({
  referral: z.object({
    ...QueueEntry.shape,
    /** Send back as If-Match on an action: refused if the referral changed since. */
    version: z.number(),
    bookOnline: z.boolean(),
    informationRequest: z.optional(z.string()),
    rejection: ReferralSummary.shape.rejection,
    informationGiven: z.optional(InformationGiven),
    /** The appointment booked for it. */
    appointment: z.optional(
      z.object({
        id: z.string(),
        status: AppointmentStatus,
        bookingReference: z.string(),
        channel: SlotChannel,
        start: z.iso.datetime(),
        when: z.string(),
      }),
    ),
    answers: z.array(z.object({ linkId: z.string(), question: z.string(), answer: z.string() })),
    timeline: z.array(
      z.object({
        type: z.enum(referralEventTypes),
        at: z.string(),
        by: z.enum(referralActorRoles),
        actorId: z.string(),
        from: z.enum(referralStages),
        to: z.enum(referralStages),
        onBehalfOfPatient: z.boolean(),
        title: z.string(),
        description: z.string(),
      }),
    ),
  }),
});
export type StaffReferralResponse = z.infer<typeof StaffReferralResponse>;

/**
 * Free times for an accepted referral: the referral's own service at the receiving site, from
 * now to the end of the booking window, by London date. The same for patient and staff.
 */
export const ReferralSlotsResponse = z.object({
  referral: z.object({ id: z.string(), reference: z.string(), serviceName: z.string() }),
  site: z.object({ id: z.string(), name: z.string() }),
  /** London dates, inclusive: the days searched. */
  window: z.object({ from: z.string(), to: z.string() }),
  days: z.array(z.object({ localDate: z.string(), slots: z.array(OfferedSlot) })),
});
export type ReferralSlotsResponse = z.infer<typeof ReferralSlotsResponse>;

export const ReferralHoldRequest = z.object({ slotId: SlotId });
export type ReferralHoldRequest = z.infer<typeof ReferralHoldRequest>;

/**
 * The 409 for a referral time someone else took: the error, and the next free times for the
 * same referral so the patient can choose again at once.
 */
export const ReferralSlotTakenBody = z.object({
  error: z.object({ code: z.literal("slot_taken"), message: z.string() }),
  alternatives: z.array(OfferedSlot),
});
export type ReferralSlotTakenBody = z.infer<typeof ReferralSlotTakenBody>;

export const EarlierAnswersQuery = z.object({ serviceId: selfReferralServiceId });
export type EarlierAnswersQuery = z.infer<typeof EarlierAnswersQuery>;

/**
 * Tell your story once: the patient's answers from their latest referral that used the same
 * questionnaire, limited to questions it still asks and answers still valid. The form fills
 * them in for the patient to check; nothing is sent until they send it.
 */
export const EarlierAnswersResponse = z.object({
  earlier: z.optional(
    z.object({
      referralId: z.string(),
      reference: z.string(),
      serviceName: z.string(),
      siteName: z.string(),
      answeredAt: z.string(),
      answers: z.record(z.string(), z.union([z.boolean(), z.number(), z.string()])),
    }),
  ),
});
export type EarlierAnswersResponse = z.infer<typeof EarlierAnswersResponse>;
