import type * as z from "zod/mini";
import type {
  EarlierAnswersResponse,
  MyReferral,
  MyReferralResponse,
  MyReferralsResponse,
  ReferralHoldRequest,
  ReferralSlotsResponse,
  SelfReferralOutcome,
  SelfReferralServicesResponse,
} from "../../referral-api.ts";
import type {
  ReferralActionRequest,
  ReferralSummary,
  SelfReferralServiceSummary,
  SelfReferralSubmission,
} from "../../referrals.ts";
import type { HoldResponse } from "../../same-day-api.ts";

/**
 * The patient's side of self-referral, as the service answered it over the demo data: Tom
 * Whitaker refers himself to physiotherapy at Armley on Tuesday 8 December 2026 at 10:00, its
 * physiotherapist accepts the referral at 11:20, and Tom books Wednesday 9 December at 10:00.
 */

type TimelineEntry = z.output<typeof ReferralSummary>["timeline"][number];

/** The referral's own id and the reference the patient quotes. */
export const exampleReferral = {
  id: "7a4f576f-ceae-4e9a-97fd-4af6c6795f77",
  reference: "HRV2QRYM",
  serviceId: "armley-msk-physiotherapy",
  serviceName: "Physiotherapy at Armley",
} as const;

export const exampleArmley = { id: "site-armley", name: "Armley Neighbourhood Health Centre" };

const physio = "physiotherapy" as const;

/** Answers as the web sends them (and as earlier answers give them back). */
const tomsAnswers = {
  area: "back",
  saddleNumbness: false,
  bladderBowel: false,
  legWeakness: false,
  feverWithPain: false,
  cancerOrWeightLoss: false,
  injury: false,
  painScore: 6,
  description: "Aching lower back for 6 weeks, worse after work",
};

/**
 * The physiotherapy questionnaire, abbreviated to a few of its questions and one of its rules
 * (the real one asks nine, with the red flags for back pain, and has five rules).
 */
const physioQuestionnaire = {
  id: "msk-physiotherapy",
  version: 1,
  title: "Refer yourself to physiotherapy",
  item: [
    {
      linkId: "area",
      text: "Where is your problem?",
      type: "choice",
      required: true,
      answerOption: [
        { code: "back", display: "Lower back" },
        { code: "neck", display: "Neck" },
        { code: "knee", display: "Knee" },
      ],
    },
    {
      linkId: "injury",
      text: "Did the problem start with an injury, like a fall or a twist, in the last 2 weeks?",
      type: "boolean",
      required: true,
    },
    {
      linkId: "canUseNormally",
      text: "Since the injury, can you put weight on it or use it?",
      type: "boolean",
      hint: "For example, can you walk 4 steps, or lift your arm?",
      required: true,
      enableWhen: [{ question: "injury", operator: "=", answer: true }],
    },
    {
      linkId: "description",
      text: "Tell us about the problem and how it affects your daily life",
      type: "text",
      hint: "Nobody reads this straight away. If you need help urgently, call 111, or 999 in an emergency.",
      required: true,
      maxLength: 1000,
    },
  ],
  rules: [
    {
      reasonCode: "injury-cannot-use",
      when: [
        { question: "injury", operator: "=", answer: true },
        { question: "canUseNormally", operator: "=", answer: false },
      ],
      behavior: "all",
      outcome: "urgent-same-day",
      reason:
        "You told us you were injured in the last 2 weeks and cannot put weight on it or use it. A bone may be broken, so you need to be checked today.",
      signpost:
        "Go to an urgent treatment centre or A&E today. They can check whether a bone is broken. Call 111 if you are not sure where to go.",
    },
  ],
} satisfies z.output<typeof SelfReferralServiceSummary>["questionnaire"];

const physioWhoCanRefer = {
  minAgeYears: 16,
  outsideAgeSignpost:
    "Contact your GP practice. They can refer children and young people under 16 to the right service.",
};

const physioInformationNeeded = [
  "name",
  "date-of-birth",
  "nhs-number",
  "contact",
  "registered-gp-practice",
  "communication-needs",
] satisfies z.output<typeof SelfReferralServiceSummary>["informationNeeded"];

/** Two of the nine demo services as Tom sees them, nearest his practice first. */
export const selfReferralServicesExample = {
  near: { description: "your GP practice, Armley Neighbourhood Health Centre" },
  services: [
    {
      service: {
        id: "armley-msk-physiotherapy",
        serviceCode: physio,
        name: "Physiotherapy at Armley",
        description:
          "For back, neck, joint or muscle problems. Book your first appointment online.",
        siteId: "site-armley",
        icbId: "icb-west-yorkshire",
        whoCanRefer: {
          ...physioWhoCanRefer,
          catchmentIcbIds: ["icb-west-yorkshire"],
          catchmentName: "West Yorkshire",
        },
        questionnaire: physioQuestionnaire,
        informationNeeded: physioInformationNeeded,
        bookOnline: true,
      },
      site: { ...exampleArmley, town: "Leeds" },
      distanceMiles: 0,
      mayRefer: { kind: "yes" },
    },
    {
      service: {
        id: "york-msk-physiotherapy",
        serviceCode: physio,
        name: "Physiotherapy at Clifton, York",
        description:
          "For back, neck, joint or muscle problems. The team will call you to arrange your first appointment.",
        siteId: "site-york-clifton",
        icbId: "icb-humber-north-yorkshire",
        whoCanRefer: {
          ...physioWhoCanRefer,
          catchmentIcbIds: ["icb-humber-north-yorkshire"],
          catchmentName: "Humber and North Yorkshire",
        },
        questionnaire: physioQuestionnaire,
        informationNeeded: physioInformationNeeded,
        bookOnline: false,
      },
      site: { id: "site-york-clifton", name: "Clifton Neighbourhood Health Centre", town: "York" },
      distanceMiles: 23.5,
      mayRefer: {
        kind: "no",
        reason:
          "Physiotherapy at Clifton, York takes self-referrals from people registered with a GP practice in Humber and North Yorkshire.",
        signpost:
          "Search for a self-referral service near where you are registered, or ask your GP practice.",
      },
    },
  ],
} satisfies z.output<typeof SelfReferralServicesResponse>;

export const selfReferralSubmissionExample = {
  serviceId: exampleReferral.serviceId,
  questionnaireVersion: 1,
  answers: tomsAnswers,
} satisfies z.input<typeof SelfReferralSubmission>;

/** The patient's timeline, in the words the service writes for each step. */
export const exampleTimeline = {
  submitted: {
    type: "submitted",
    at: "2026-12-08T10:00:00.000Z",
    by: "patient",
    title: "Referral sent",
    description:
      "Your referral was sent to the service. They will look at it and tell you what happens next.",
  },
  accepted: {
    type: "accepted",
    at: "2026-12-08T11:20:00.000Z",
    by: "clinician",
    title: "Referral accepted",
    description:
      "The service has accepted your referral. You can now choose an appointment online.",
  },
  booked: {
    type: "booked",
    at: "2026-12-08T12:05:00.000Z",
    by: "patient",
    title: "Appointment booked",
    description:
      "An appointment has been booked for this referral. You can see it in your appointments.",
  },
} satisfies Record<string, TimelineEntry>;

const referralAsSent = {
  ...exampleReferral,
  serviceCode: physio,
  site: exampleArmley,
  submittedAt: "2026-12-08T10:00:00.000Z",
  status: "active",
  bookOnline: true,
} satisfies Partial<z.output<typeof MyReferral>>;

export const selfReferralOutcomeExample = {
  kind: "referred",
  referral: {
    ...referralAsSent,
    version: 1,
    stage: "submitted",
    mayBook: false,
    timeline: [exampleTimeline.submitted],
  },
} satisfies z.output<typeof SelfReferralOutcome>;

export const earlierAnswersExample = {
  earlier: {
    referralId: exampleReferral.id,
    reference: exampleReferral.reference,
    serviceName: exampleReferral.serviceName,
    siteName: exampleArmley.name,
    answeredAt: "2026-12-08T10:00:00.000Z",
    answers: tomsAnswers,
  },
} satisfies z.output<typeof EarlierAnswersResponse>;

export const myReferralsExample = {
  referrals: [
    {
      ...exampleReferral,
      stage: "booked",
      status: "active",
      submittedAt: "2026-12-08T10:00:00.000Z",
      updatedAt: "2026-12-08T12:05:00.000Z",
    },
  ],
} satisfies z.output<typeof MyReferralsResponse>;

/** Accepted by the service, which books online: Tom may choose a time. */
export const myReferralExample = {
  referral: {
    ...referralAsSent,
    version: 2,
    stage: "accepted",
    priority: "routine",
    mayBook: true,
    timeline: [exampleTimeline.submitted, exampleTimeline.accepted],
  },
} satisfies z.output<typeof MyReferralResponse>;

export const exampleReferralSlotId = "site-armley_physiotherapy_in-person_20261209_1000_1";

export const myReferralBookExample = {
  type: "book",
  slotId: exampleReferralSlotId,
} satisfies z.input<typeof ReferralActionRequest>;

/** The appointment Tom booked for the referral. */
export const exampleReferralAppointment = {
  id: "3e289ad6-e6d1-4663-a230-219bd5886666",
  status: "booked",
  bookingReference: "EVSKZNZM",
  channel: "in-person",
  start: "2026-12-09T10:00:00.000Z",
  when: "Wednesday 9 December at 10:00",
} as const;

export const myReferralBookedExample = {
  referral: {
    ...referralAsSent,
    version: 3,
    stage: "booked",
    priority: "routine",
    appointmentId: exampleReferralAppointment.id,
    appointment: {
      ...exampleReferralAppointment,
      service: physio,
      site: { ...exampleArmley, phone: "0113 496 0101" },
      end: "2026-12-09T10:30:00.000Z",
      localDate: "2026-12-09",
      localStart: "10:00",
      referral: { id: exampleReferral.id, reference: exampleReferral.reference },
    },
    mayBook: false,
    timeline: [exampleTimeline.submitted, exampleTimeline.accepted, exampleTimeline.booked],
  },
} satisfies z.output<typeof MyReferralResponse>;

/** A free physiotherapy time at Armley, 30 minutes long (December: London time is UTC). */
const physioSlot = (localDate: string, localStart: string, column: number) => {
  const start = new Date(`${localDate}T${localStart}:00.000Z`);
  const end = new Date(start.getTime() + 30 * 60_000);
  return {
    id: `site-armley_physiotherapy_in-person_${localDate.replaceAll("-", "")}_${localStart.replace(":", "")}_${column}`,
    siteId: "site-armley",
    channel: "in-person",
    start: start.toISOString(),
    end: end.toISOString(),
    localDate,
    localStart,
    localEnd: end.toISOString().slice(11, 16),
  } as const;
};

/**
 * Free physiotherapy times at Armley asked for at 12:05 on Tuesday 8 December: two times each
 * of the first two days (the service answered five days, every published one in the window).
 */
export const referralSlotsExample = {
  referral: {
    id: exampleReferral.id,
    reference: exampleReferral.reference,
    serviceName: exampleReferral.serviceName,
  },
  site: exampleArmley,
  window: { from: "2026-12-08", to: "2027-01-04" },
  days: [
    {
      localDate: "2026-12-08",
      slots: [physioSlot("2026-12-08", "12:30", 1), physioSlot("2026-12-08", "12:30", 2)],
    },
    {
      localDate: "2026-12-09",
      slots: [physioSlot("2026-12-09", "09:00", 1), physioSlot("2026-12-09", "09:00", 2)],
    },
  ],
} satisfies z.output<typeof ReferralSlotsResponse>;

export const referralHoldRequestExample = {
  slotId: exampleReferralSlotId,
} satisfies z.input<typeof ReferralHoldRequest>;

export const referralHoldExample = {
  slot: physioSlot("2026-12-09", "10:00", 1),
  heldUntil: "2026-12-08T12:20:00.000Z",
} satisfies z.output<typeof HoldResponse>;
