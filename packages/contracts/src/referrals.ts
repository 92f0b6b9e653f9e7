import {
  patientInformation,
  type ReferralAction,
  referralActorRoles,
  referralEventTypes,
  referralPriorities,
  referralStages,
  referralStatuses,
  rejectionReasonCodes,
  type SelfReferralService,
} from "@front-door/domain";
import * as z from "zod/mini";
import { ReferralAnswers, ReferralQuestionnaireSchema } from "./referral-questionnaire.ts";
import { SlotId } from "./same-day-api.ts";
import { ServiceCode } from "./services.ts";
import { FreeTextDiversion, TriageAdvice, TriageContactRoute } from "./triage.ts";

/** The self-referral contract: services, submitting answers, outcomes, referrals, actions. */

const text = (max: number, message: string) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: message, abort: true }),
      z.maxLength(max, `Must be ${max} characters or fewer`),
    );

/** A self-referral service as the web shows it, with its questionnaire to render. */
export const SelfReferralServiceSummary = z.object({
  id: z.string(),
  serviceCode: ServiceCode,
  name: z.string(),
  description: z.string(),
  siteId: z.string(),
  icbId: z.string(),
  whoCanRefer: z.object({
    minAgeYears: z.optional(z.number()),
    maxAgeYears: z.optional(z.number()),
    catchmentIcbIds: z.array(z.string()),
    catchmentName: z.string(),
    outsideAgeSignpost: z.string(),
  }),
  questionnaire: ReferralQuestionnaireSchema,
  informationNeeded: z.array(z.enum(patientInformation)),
  bookOnline: z.boolean(),
});
export type SelfReferralServiceSummary = z.infer<typeof SelfReferralServiceSummary>;

/** A catalogue entry, checked against the contract (its service code must be a real one). */
export function selfReferralServiceSummary(service: SelfReferralService) {
  return z.parse(SelfReferralServiceSummary, service);
}

/**
 * What the web sends: the answers only. No verdict, no age or ICB: the server reads those
 * from the patient's record and evaluates the answers itself.
 */
export const SelfReferralSubmission = z.object({
  serviceId: text(100, "Select a service"),
  questionnaireVersion: z.number({
    error: "These questions have changed. Go back to the start and answer them again",
  }),
  answers: ReferralAnswers,
  /**
   * Sent again with the same answers after an emergency their words raised, when the patient
   * says that is not what they meant: an eligible referral goes on, marked urgent.
   */
  freeTextNotEmergency: z.optional(
    z.boolean({ error: "Say whether what you wrote is an emergency" }),
  ),
});
export type SelfReferralSubmission = z.infer<typeof SelfReferralSubmission>;

const Diversion = { reasonCode: z.string(), reason: z.string(), signpost: z.string() };

export const ReferralSummary = z.object({
  id: z.string(),
  serviceId: z.string(),
  stage: z.enum(referralStages),
  status: z.enum(referralStatuses),
  bookOnline: z.boolean(),
  priority: z.optional(z.enum(referralPriorities)),
  appointmentId: z.optional(z.string()),
  informationRequest: z.optional(z.string()),
  rejection: z.optional(
    z.object({
      reasonCode: z.enum(rejectionReasonCodes),
      reason: z.string(),
      signpost: z.string(),
    }),
  ),
  /** The patient's timeline, oldest first, in the words of describeReferralEvent. */
  timeline: z.array(
    z.object({
      type: z.enum(referralEventTypes),
      at: z.string(),
      by: z.enum(referralActorRoles),
      title: z.string(),
      description: z.string(),
    }),
  ),
});
export type ReferralSummary = z.infer<typeof ReferralSummary>;

/**
 * The answers to a submission that make no referral and say where to go instead; each is
 * recorded for audit. SelfReferralOutcome (referral-api.ts) adds the referral made.
 */
export const selfReferralDiversions = [
  z.object({ kind: z.literal("ineligible"), route: z.enum(["see-gp", "other"]), ...Diversion }),
  z.object({
    kind: z.literal("emergency"),
    advice: TriageAdvice,
    /** Present when the patient's own words raised it, not an answer to a question. */
    freeText: z.optional(FreeTextDiversion),
  }),
  z.object({
    kind: z.literal("urgent-same-day"),
    ...Diversion,
    ifUnsure: z.array(TriageContactRoute),
  }),
] as const;

const priority = z.enum(referralPriorities, { error: "Choose routine or urgent" });

/** What a patient or member of staff asks to do to a referral. */
export const ReferralActionRequest = z.discriminatedUnion("type", [
  z.object({ type: z.literal("submit") }),
  z.object({ type: z.literal("accept"), priority }),
  // Booking names the slot: the server makes the appointment (and its id) in the same step.
  z.object({ type: z.literal("accept-and-book"), priority, slotId: SlotId }),
  z.object({ type: z.literal("book"), slotId: SlotId }),
  z.object({ type: z.literal("cancel-booking") }),
  z.object({
    type: z.literal("request-information"),
    request: text(500, "Say what information you need"),
  }),
  z.object({
    type: z.literal("provide-information"),
    answer: text(2000, "Write the information the service asked for"),
  }),
  z.object({
    type: z.literal("reject"),
    reasonCode: z.enum(rejectionReasonCodes, { error: "Choose a reason" }),
    reason: text(500, "Say why the referral cannot be accepted"),
    signpost: text(500, "Say where the patient should go instead"),
  }),
  z.object({ type: z.literal("withdraw") }),
  z.object({ type: z.literal("complete") }),
  z.object({ type: z.literal("mark-entered-in-error") }),
]);
export type ReferralActionRequest = z.infer<typeof ReferralActionRequest>;

// Every action the domain knows has a request shape, and nothing else. Booking actions name a
// slot where the domain's name the appointment made for it; the others are the domain's own.
type BookingActionType = "accept-and-book" | "book";
const _everyAction: [
  Exclude<ReferralActionRequest, { type: BookingActionType }> extends ReferralAction ? true : never,
  ReferralAction["type"] extends ReferralActionRequest["type"] ? true : never,
  ReferralActionRequest["type"] extends ReferralAction["type"] ? true : never,
] = [true, true, true];
