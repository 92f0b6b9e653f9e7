import type { ReferralQuestionnaire } from "../questionnaire-model.ts";
import type { SelfReferralService } from "../self-referral-service.ts";
import { demoIcbIds, demoSiteIds, signposts } from "./demo-area.ts";

/**
 * NHS Talking Therapies for anxiety and depression, adults only. Thoughts of ending your life
 * with a plan or intent get the mental health crisis advice (with 999 and the BSL and text
 * relay routes) rather than a referral that someone reads days later. People already under
 * specialist mental health care are pointed back to their team. Clinical review needed: see
 * demo-area.ts.
 */
export const talkingTherapiesQuestionnaire: ReferralQuestionnaire = {
  id: "talking-therapies",
  version: 1,
  title: "Refer yourself to NHS Talking Therapies",
  item: [
    {
      linkId: "intro",
      text: "These questions are about how you have been feeling. Answer as honestly as you can: it helps us offer the right support.",
      type: "display",
    },
    {
      linkId: "mainConcern",
      text: "What would you most like help with?",
      type: "choice",
      required: true,
      answerOption: [
        { code: "low-mood", display: "Low mood or depression" },
        { code: "anxiety", display: "Anxiety, worry or panic" },
        { code: "stress", display: "Stress" },
        { code: "trauma", display: "Something distressing that happened to me" },
        {
          code: "unwanted-thoughts",
          display: "Unwanted thoughts, or things I feel I must keep doing",
        },
        { code: "other", display: "Something else" },
      ],
    },
    {
      linkId: "suicidalThoughts",
      text: "In the last 2 weeks, have you had thoughts of ending your life?",
      type: "boolean",
      required: true,
    },
    {
      linkId: "suicidePlanOrIntent",
      text: "Have you made plans to end your life, or do you feel you might act on these thoughts?",
      type: "boolean",
      required: true,
      enableWhen: [{ question: "suicidalThoughts", operator: "=", answer: true }],
    },
    {
      linkId: "specialistCare",
      text: "Are you being seen by a community mental health team, a psychiatrist or a crisis team at the moment?",
      type: "boolean",
      required: true,
    },
    {
      linkId: "sessionPreference",
      text: "How would you prefer to have sessions?",
      type: "choice",
      answerOption: [
        { code: "in-person", display: "In person" },
        { code: "phone", display: "By phone" },
        { code: "video", display: "By video call" },
        { code: "no-preference", display: "I do not mind" },
      ],
    },
  ],
  rules: [
    {
      reasonCode: "suicide-plan-or-intent",
      when: [{ question: "suicidePlanOrIntent", operator: "=", answer: true }],
      outcome: "emergency-mental-health-crisis",
      reason:
        "You told us you have thoughts of ending your life and have made plans, or might act on them. You deserve help straight away, not a referral that someone reads in a few days.",
      signpost: signposts.crisis,
    },
    {
      reasonCode: "under-specialist-mental-health-care",
      when: [{ question: "specialistCare", operator: "=", answer: true }],
      outcome: "ineligible-other",
      reason:
        "You told us a specialist mental health team is looking after you. Talking therapies is not offered alongside specialist care.",
      signpost:
        "Talk to your care coordinator or the team looking after you about therapy. If you need help urgently, call 111 and choose option 2.",
    },
  ],
};

export const chapeltownTalkingTherapies: SelfReferralService = {
  id: "chapeltown-talking-therapies",
  serviceCode: "talking-therapies",
  name: "NHS Talking Therapies at Chapeltown",
  description:
    "For adults with anxiety, depression or stress. Someone will call you to talk about the support that would suit you.",
  siteId: demoSiteIds.chapeltown,
  icbId: demoIcbIds.westYorkshire,
  whoCanRefer: {
    minAgeYears: 18,
    catchmentIcbIds: [demoIcbIds.westYorkshire],
    catchmentName: "West Yorkshire",
    outsideAgeSignpost:
      "If you are under 18, your GP practice or school can refer you to children and young people's mental health services. If you need help urgently, call 111 and choose option 2.",
  },
  questionnaire: talkingTherapiesQuestionnaire,
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
