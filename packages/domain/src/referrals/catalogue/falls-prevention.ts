import type { ReferralQuestionnaire } from "../questionnaire-model.ts";
import type { SelfReferralService } from "../self-referral-service.ts";
import { demoIcbIds, demoSiteIds, signposts } from "./demo-area.ts";

/**
 * Falls prevention (strength and balance, home hazards, medicines review) for people aged 65
 * and over. A fall in the last 2 days with a head injury or a bad injury goes to A&E;
 * blacking out or a racing heart before a fall needs seeing today. Clinical review needed:
 * see demo-area.ts.
 */
export const fallsPreventionQuestionnaire: ReferralQuestionnaire = {
  id: "falls-prevention",
  version: 1,
  title: "Refer yourself to the falls prevention service",
  item: [
    {
      linkId: "fallenInLastYear",
      text: "Have you had a fall in the last 12 months?",
      type: "boolean",
      required: true,
    },
    {
      linkId: "aboutFalls",
      text: "Your falls",
      type: "group",
      enableWhen: [{ question: "fallenInLastYear", operator: "=", answer: true }],
      item: [
        {
          linkId: "fallCount",
          text: "How many times have you fallen in the last 12 months?",
          type: "integer",
          required: true,
          minValue: 1,
          maxValue: 365,
        },
        {
          linkId: "recentFallInjury",
          text: "In the last 2 days, have you fallen and hit your head, or hurt yourself so badly that you cannot move as normal?",
          type: "boolean",
          required: true,
        },
        {
          linkId: "blackoutBeforeFall",
          text: "Did you black out, or feel your heart racing or pounding, just before any of your falls?",
          type: "boolean",
          required: true,
        },
      ],
    },
    {
      linkId: "worriedAboutFalling",
      text: "Are you worried about falling, or do you feel unsteady on your feet?",
      type: "boolean",
      required: true,
    },
    {
      linkId: "walkingAid",
      text: "Do you use anything to help you walk?",
      type: "choice",
      answerOption: [
        { code: "none", display: "No" },
        { code: "stick", display: "A walking stick" },
        { code: "frame", display: "A walking frame" },
        { code: "wheelchair", display: "A wheelchair" },
      ],
    },
  ],
  rules: [
    {
      reasonCode: "recent-fall-injury",
      when: [{ question: "recentFallInjury", operator: "=", answer: true }],
      outcome: "emergency-ae",
      reason:
        "You told us you fell in the last 2 days and hit your head, or hurt yourself badly. You need to be checked in hospital today.",
      signpost: signposts.aAndE,
    },
    {
      reasonCode: "blackout-before-fall",
      when: [{ question: "blackoutBeforeFall", operator: "=", answer: true }],
      outcome: "urgent-same-day",
      reason:
        "You told us you blacked out, or your heart raced or pounded, before a fall. A doctor needs to find out why, today.",
      signpost: signposts.urgentToday,
    },
    {
      reasonCode: "no-falls-or-worries",
      when: [
        { question: "fallenInLastYear", operator: "=", answer: false },
        { question: "worriedAboutFalling", operator: "=", answer: false },
      ],
      behavior: "all",
      outcome: "ineligible-other",
      reason:
        "This service is for people who have fallen in the last year, or who are worried about falling.",
      signpost:
        "To stay strong and steady, try the NHS strength and balance exercises at nhs.uk. Come back if you fall or start to feel unsteady.",
    },
  ],
};

export const armleyFallsPrevention: SelfReferralService = {
  id: "armley-falls-prevention",
  serviceCode: "falls-prevention",
  name: "Falls prevention at Armley",
  description:
    "For people aged 65 and over who have fallen or are worried about falling. The team will call you to arrange a visit.",
  siteId: demoSiteIds.armley,
  icbId: demoIcbIds.westYorkshire,
  whoCanRefer: {
    minAgeYears: 65,
    catchmentIcbIds: [demoIcbIds.westYorkshire],
    catchmentName: "West Yorkshire",
    outsideAgeSignpost:
      "If you are under 65 and have fallen or feel unsteady, contact your GP practice.",
  },
  questionnaire: fallsPreventionQuestionnaire,
  informationNeeded: [
    "name",
    "date-of-birth",
    "nhs-number",
    "address",
    "contact",
    "registered-gp-practice",
    "accessibility-needs",
    "carer",
  ],
  bookOnline: false,
};
