import type { ReferralQuestionnaire } from "../questionnaire-model.ts";
import type { SelfReferralService } from "../self-referral-service.ts";
import { demoIcbIds, demoSiteIds, signposts } from "./demo-area.ts";

/**
 * Hearing tests for age-related hearing loss. Sudden hearing loss needs checking within a day;
 * hearing loss in one ear, ear pain or discharge, vertigo and pulsatile tinnitus go to a GP
 * (DOMAIN.md, "Self-referral"). Clinical review needed: see demo-area.ts.
 */
export const audiologyQuestionnaire: ReferralQuestionnaire = {
  id: "audiology",
  version: 1,
  title: "Refer yourself for a hearing test",
  item: [
    {
      linkId: "hasHearingAids",
      text: "Do you already have NHS hearing aids?",
      type: "boolean",
      required: true,
    },
    {
      linkId: "hearingAidNeed",
      text: "What do you need help with?",
      type: "choice",
      required: true,
      enableWhen: [{ question: "hasHearingAids", operator: "=", answer: true }],
      answerOption: [
        { code: "new-test", display: "My hearing has got worse and I need a new hearing test" },
        {
          code: "repair",
          display: "My hearing aids are broken or lost, or need new tubes or batteries",
        },
      ],
    },
    {
      linkId: "suddenLoss",
      text: "In the last 30 days, has your hearing got worse suddenly, over 3 days or less?",
      type: "boolean",
      required: true,
    },
    {
      linkId: "oneEarWorse",
      text: "Is your hearing much worse in one ear than the other?",
      type: "boolean",
      required: true,
    },
    {
      linkId: "earPainOrDischarge",
      text: "Do you have ear pain, or any fluid or discharge coming from your ear?",
      type: "boolean",
      required: true,
    },
    {
      linkId: "vertigo",
      text: "Do you have dizzy spells, or feel as if the room is spinning?",
      type: "boolean",
      required: true,
    },
    {
      linkId: "pulsatileTinnitus",
      text: "Can you hear a sound in your ear that beats in time with your heart?",
      type: "boolean",
      required: true,
    },
    {
      linkId: "whenHardest",
      text: "When is it hardest to hear?",
      hint: "For example, on the phone, in noisy places, or watching TV.",
      type: "text",
      maxLength: 500,
    },
  ],
  rules: [
    {
      reasonCode: "hearing-aid-repair",
      when: [{ question: "hearingAidNeed", operator: "=", answer: "repair" }],
      outcome: "ineligible-other",
      reason:
        "You do not need a referral to get hearing aids repaired, or for new tubes or batteries.",
      signpost:
        "Contact the audiology service that gave you your hearing aids. Many offer drop-in or postal repairs.",
    },
    {
      reasonCode: "sudden-hearing-loss",
      when: [{ question: "suddenLoss", operator: "=", answer: true }],
      outcome: "urgent-same-day",
      reason:
        "You told us your hearing got worse suddenly. Sudden hearing loss needs to be checked within 24 hours, because treatment works best when it starts early.",
      signpost: signposts.urgentToday,
    },
    {
      reasonCode: "one-sided-hearing-loss",
      when: [{ question: "oneEarWorse", operator: "=", answer: true }],
      outcome: "ineligible-see-gp",
      reason: "You told us your hearing is much worse in one ear. A GP needs to check this first.",
      signpost: signposts.seeGp,
    },
    {
      reasonCode: "ear-pain-or-discharge",
      when: [{ question: "earPainOrDischarge", operator: "=", answer: true }],
      outcome: "ineligible-see-gp",
      reason:
        "You told us you have ear pain or discharge from your ear. A GP or pharmacist needs to check this first.",
      signpost: signposts.seeGp,
    },
    {
      reasonCode: "vertigo",
      when: [{ question: "vertigo", operator: "=", answer: true }],
      outcome: "ineligible-see-gp",
      reason:
        "You told us you have dizzy spells or a spinning feeling. A GP needs to check this first.",
      signpost: signposts.seeGp,
    },
    {
      reasonCode: "pulsatile-tinnitus",
      when: [{ question: "pulsatileTinnitus", operator: "=", answer: true }],
      outcome: "ineligible-see-gp",
      reason:
        "You told us you hear a sound that beats in time with your heart. A GP needs to check this first.",
      signpost: signposts.seeGp,
    },
  ],
};

export const chapeltownAudiology: SelfReferralService = {
  id: "chapeltown-audiology",
  serviceCode: "audiology",
  name: "Hearing tests at Chapeltown",
  description:
    "For people aged 55 and over whose hearing has got worse over time. The team will contact you to arrange a hearing test.",
  siteId: demoSiteIds.chapeltown,
  icbId: demoIcbIds.westYorkshire,
  whoCanRefer: {
    minAgeYears: 55,
    catchmentIcbIds: [demoIcbIds.westYorkshire],
    catchmentName: "West Yorkshire",
    outsideAgeSignpost:
      "Contact your GP practice. They can check your ears and refer you for a hearing test.",
  },
  questionnaire: audiologyQuestionnaire,
  informationNeeded: [
    "name",
    "date-of-birth",
    "nhs-number",
    "contact",
    "registered-gp-practice",
    "communication-needs",
    "accessibility-needs",
  ],
  bookOnline: false,
};
