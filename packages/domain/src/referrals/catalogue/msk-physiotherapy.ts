import type { ReferralQuestionnaire } from "../questionnaire-model.ts";
import type { SelfReferralService } from "../self-referral-service.ts";
import { demoIcbIds, demoSiteIds, freeTextHint, signposts } from "./demo-area.ts";

/**
 * Physiotherapy for muscles, bones and joints (MSK). Exclusions after the usual MSK triage
 * red flags: cauda equina signs and a hot swollen joint go to A&E; an injury you cannot put
 * weight on, or a fever with back or neck pain, need seeing today; a history of cancer or
 * unexplained weight loss with back or neck pain goes to the GP. Clinical review needed: see
 * demo-area.ts.
 */
export const mskPhysiotherapyQuestionnaire: ReferralQuestionnaire = {
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
        { code: "shoulder", display: "Shoulder" },
        { code: "elbow-wrist-hand", display: "Elbow, wrist or hand" },
        { code: "hip", display: "Hip" },
        { code: "knee", display: "Knee" },
        { code: "ankle-foot", display: "Ankle or foot" },
        { code: "several", display: "More than one area" },
      ],
    },
    {
      linkId: "backChecks",
      text: "Your back",
      type: "group",
      enableWhen: [{ question: "area", operator: "=", answer: "back" }],
      item: [
        {
          linkId: "saddleNumbness",
          text: "Since your back pain started, have you had numbness or tingling around your bottom, genitals or inner thighs?",
          hint: "For example, not being able to feel toilet paper when you wipe.",
          type: "boolean",
          required: true,
        },
        {
          linkId: "bladderBowel",
          text: "Since your back pain started, have you had new problems peeing or pooing?",
          hint: "For example, not being able to pee, not knowing when you need to go, or not being able to control it.",
          type: "boolean",
          required: true,
        },
        {
          linkId: "legWeakness",
          text: "Do you have weakness or numbness in both legs that is new or getting worse?",
          type: "boolean",
          required: true,
        },
      ],
    },
    {
      linkId: "hotSwollenJoint",
      text: "Is the painful joint hot and swollen, without an injury to explain it?",
      hint: "This can be a sign of an infection in the joint.",
      type: "boolean",
      required: true,
      enableWhen: [
        { question: "area", operator: "!=", answer: "back" },
        { question: "area", operator: "!=", answer: "neck" },
      ],
      enableBehavior: "all",
    },
    {
      linkId: "seriousCauses",
      text: "Other symptoms",
      type: "group",
      enableWhen: [
        { question: "area", operator: "=", answer: "back" },
        { question: "area", operator: "=", answer: "neck" },
      ],
      enableBehavior: "any",
      item: [
        {
          linkId: "feverWithPain",
          text: "Do you have a high temperature, or feel hot and shivery, as well as the pain?",
          type: "boolean",
          required: true,
        },
        {
          linkId: "cancerOrWeightLoss",
          text: "Have you ever had cancer, or have you lost weight recently without trying?",
          type: "boolean",
          required: true,
        },
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
      hint: "For example, can you walk 4 steps, or lift your arm?",
      type: "boolean",
      required: true,
      enableWhen: [{ question: "injury", operator: "=", answer: true }],
    },
    {
      linkId: "startedOn",
      text: "When did the problem start?",
      hint: "If you are not sure, give your best guess.",
      type: "date",
    },
    {
      linkId: "painScore",
      text: "On an average day, how bad is the pain, from 0 (no pain) to 10 (the worst pain you can imagine)?",
      type: "integer",
      required: true,
      minValue: 0,
      maxValue: 10,
    },
    {
      linkId: "description",
      text: "Tell us about the problem and how it affects your daily life",
      hint: freeTextHint,
      type: "text",
      required: true,
      maxLength: 1000,
    },
  ],
  rules: [
    {
      reasonCode: "cauda-equina-signs",
      when: [
        { question: "saddleNumbness", operator: "=", answer: true },
        { question: "bladderBowel", operator: "=", answer: true },
        { question: "legWeakness", operator: "=", answer: true },
      ],
      behavior: "any",
      outcome: "emergency-ae",
      reason:
        "You told us you have back pain with numbness around your bottom or genitals, new problems peeing or pooing, or weakness in both legs. These can be signs of cauda equina syndrome, which needs treatment in hospital straight away.",
      signpost: signposts.aAndE,
    },
    {
      reasonCode: "hot-swollen-joint",
      when: [{ question: "hotSwollenJoint", operator: "=", answer: true }],
      outcome: "emergency-ae",
      reason:
        "You told us a joint is hot and swollen without an injury. This can be an infection in the joint, which needs treatment in hospital straight away.",
      signpost: signposts.aAndE,
    },
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
    {
      reasonCode: "fever-with-spinal-pain",
      when: [{ question: "feverWithPain", operator: "=", answer: true }],
      outcome: "urgent-same-day",
      reason:
        "You told us you have a high temperature, or feel hot and shivery, as well as back or neck pain. This needs to be checked today.",
      signpost: signposts.urgentToday,
    },
    {
      reasonCode: "cancer-or-weight-loss",
      when: [{ question: "cancerOrWeightLoss", operator: "=", answer: true }],
      outcome: "ineligible-see-gp",
      reason:
        "You told us you have had cancer, or have lost weight without trying. With back or neck pain, your GP needs to check you before physiotherapy.",
      signpost: signposts.seeGp,
    },
  ],
};

const whoCanReferPhysio = {
  minAgeYears: 16,
  outsideAgeSignpost:
    "Contact your GP practice. They can refer children and young people under 16 to the right service.",
};

export const armleyPhysiotherapy: SelfReferralService = {
  id: "armley-msk-physiotherapy",
  serviceCode: "physiotherapy",
  name: "Physiotherapy at Armley",
  description: "For back, neck, joint or muscle problems. Book your first appointment online.",
  siteId: demoSiteIds.armley,
  icbId: demoIcbIds.westYorkshire,
  whoCanRefer: {
    ...whoCanReferPhysio,
    catchmentIcbIds: [demoIcbIds.westYorkshire],
    catchmentName: "West Yorkshire",
  },
  questionnaire: mskPhysiotherapyQuestionnaire,
  informationNeeded: [
    "name",
    "date-of-birth",
    "nhs-number",
    "contact",
    "registered-gp-practice",
    "communication-needs",
  ],
  bookOnline: true,
};

export const yorkPhysiotherapy: SelfReferralService = {
  id: "york-msk-physiotherapy",
  serviceCode: "physiotherapy",
  name: "Physiotherapy at Clifton, York",
  description:
    "For back, neck, joint or muscle problems. The team will call you to arrange your first appointment.",
  siteId: demoSiteIds.yorkClifton,
  icbId: demoIcbIds.humberNorthYorkshire,
  whoCanRefer: {
    ...whoCanReferPhysio,
    catchmentIcbIds: [demoIcbIds.humberNorthYorkshire],
    catchmentName: "Humber and North Yorkshire",
  },
  questionnaire: mskPhysiotherapyQuestionnaire,
  informationNeeded: [
    "name",
    "date-of-birth",
    "nhs-number",
    "contact",
    "registered-gp-practice",
    "communication-needs",
  ],
  bookOnline: false,
};
