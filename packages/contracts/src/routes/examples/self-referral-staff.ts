import type * as z from "zod/mini";
import type { StaffReferralResponse, StaffReferralsResponse } from "../../referral-api.ts";
import type { ReferralActionRequest } from "../../referrals.ts";
import {
  exampleArmley,
  exampleReferral,
  exampleReferralAppointment,
  exampleTimeline,
} from "./self-referral.ts";

/**
 * The receiving service's side of Tom Whitaker's self-referral to physiotherapy at Armley (see
 * self-referral.ts): Armley's physiotherapist, Kwame Mensah, triages it.
 */

type StaffReferral = z.output<typeof StaffReferralResponse>["referral"];

const queueEntry = {
  ...exampleReferral,
  serviceCode: "physiotherapy",
  status: "active",
  submittedAt: "2026-12-08T10:00:00.000Z",
  patient: { name: "Thomas Whitaker", nhsNumber: "9990001383", dateOfBirth: "1958-11-30" },
} satisfies Partial<StaffReferral>;

export const staffReferralsExample = {
  site: exampleArmley,
  referrals: [{ ...queueEntry, stage: "submitted" }],
} satisfies z.output<typeof StaffReferralsResponse>;

/** Each answer with the question as the patient saw it, in the questionnaire's order. */
const answers = [
  { linkId: "area", question: "Where is your problem?", answer: "Lower back" },
  {
    linkId: "saddleNumbness",
    question:
      "Since your back pain started, have you had numbness or tingling around your bottom, genitals or inner thighs?",
    answer: "No",
  },
  {
    linkId: "bladderBowel",
    question: "Since your back pain started, have you had new problems peeing or pooing?",
    answer: "No",
  },
  {
    linkId: "legWeakness",
    question: "Do you have weakness or numbness in both legs that is new or getting worse?",
    answer: "No",
  },
  {
    linkId: "feverWithPain",
    question: "Do you have a high temperature, or feel hot and shivery, as well as the pain?",
    answer: "No",
  },
  {
    linkId: "cancerOrWeightLoss",
    question: "Have you ever had cancer, or have you lost weight recently without trying?",
    answer: "No",
  },
  {
    linkId: "injury",
    question: "Did the problem start with an injury, like a fall or a twist, in the last 2 weeks?",
    answer: "No",
  },
  {
    linkId: "painScore",
    question:
      "On an average day, how bad is the pain, from 0 (no pain) to 10 (the worst pain you can imagine)?",
    answer: "6",
  },
  {
    linkId: "description",
    question: "Tell us about the problem and how it affects your daily life",
    answer: "Aching lower back for 6 weeks, worse after work",
  },
] satisfies StaffReferral["answers"];

/** The audit trail: the patient's timeline with who did each step and the stage it moved. */
const trail = {
  submitted: {
    ...exampleTimeline.submitted,
    actorId: "user-patient-tom",
    from: "draft",
    to: "submitted",
    onBehalfOfPatient: false,
  },
  accepted: {
    ...exampleTimeline.accepted,
    actorId: "user-clinician-armley",
    from: "submitted",
    to: "accepted",
    onBehalfOfPatient: false,
  },
  booked: {
    ...exampleTimeline.booked,
    actorId: "user-patient-tom",
    from: "accepted",
    to: "booked",
    onBehalfOfPatient: false,
  },
} satisfies Record<string, StaffReferral["timeline"][number]>;

/** After Tom booked: the appointment is on the referral. */
export const staffReferralExample = {
  referral: {
    ...queueEntry,
    stage: "booked",
    priority: "routine",
    version: 3,
    bookOnline: true,
    appointment: exampleReferralAppointment,
    answers,
    timeline: [trail.submitted, trail.accepted, trail.booked],
  },
} satisfies z.output<typeof StaffReferralResponse>;

export const staffReferralAcceptExample = {
  type: "accept",
  priority: "routine",
} satisfies z.input<typeof ReferralActionRequest>;

export const staffReferralAcceptedExample = {
  referral: {
    ...queueEntry,
    stage: "accepted",
    priority: "routine",
    version: 2,
    bookOnline: true,
    answers,
    timeline: [trail.submitted, trail.accepted],
  },
} satisfies z.output<typeof StaffReferralResponse>;
