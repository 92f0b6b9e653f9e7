import type { ReferralQuestionnaire } from "../questionnaire-model.ts";
import type { SelfReferralService } from "../self-referral-service.ts";
import { demoIcbIds, demoSiteIds, signposts } from "./demo-area.ts";

/**
 * Book your own chest X-ray at a community diagnostic centre for a cough of 3 weeks or more
 * (modelled on the self-referral pilots in DOMAIN.md). Struggling to breathe or chest pain
 * means 999; coughing up blood needs a GP today; pregnancy or a recent chest X-ray needs a
 * clinician to decide. Clinical review needed: see demo-area.ts.
 */
export const chestXRayQuestionnaire: ReferralQuestionnaire = {
  id: "cdc-chest-x-ray",
  version: 1,
  title: "Book a chest X-ray for a cough",
  item: [
    {
      linkId: "breathingOrChestPain",
      text: "Are you struggling to breathe, or do you have chest pain that is severe, or feels crushing, heavy or tight?",
      type: "boolean",
      required: true,
    },
    {
      linkId: "coughThreeWeeks",
      text: "Have you had a cough for 3 weeks or more?",
      type: "boolean",
      required: true,
    },
    {
      linkId: "coughStarted",
      text: "When did your cough start?",
      hint: "If you are not sure, give your best guess.",
      type: "date",
      enableWhen: [{ question: "coughThreeWeeks", operator: "=", answer: true }],
    },
    {
      linkId: "coughingBlood",
      text: "Have you coughed up blood?",
      type: "boolean",
      required: true,
    },
    {
      linkId: "pregnant",
      text: "Are you pregnant, or could you be?",
      type: "boolean",
      required: true,
    },
    {
      linkId: "recentChestXRay",
      text: "Have you had a chest X-ray in the last 3 months?",
      type: "boolean",
      required: true,
    },
  ],
  rules: [
    {
      reasonCode: "breathing-or-chest-pain",
      when: [{ question: "breathingOrChestPain", operator: "=", answer: true }],
      outcome: "emergency-999",
      reason:
        "You told us you are struggling to breathe, or have severe or crushing chest pain. You need help straight away.",
      signpost: signposts.call999,
    },
    {
      reasonCode: "coughing-blood",
      when: [{ question: "coughingBlood", operator: "=", answer: true }],
      outcome: "urgent-same-day",
      reason: "You told us you have coughed up blood. A doctor needs to check you today.",
      signpost: `${signposts.urgentToday} If you are coughing up a lot of blood, call 999.`,
    },
    {
      reasonCode: "cough-under-three-weeks",
      when: [{ question: "coughThreeWeeks", operator: "=", answer: false }],
      outcome: "ineligible-other",
      reason:
        "This X-ray is for a cough that has lasted 3 weeks or more. Most coughs clear up within 3 weeks.",
      signpost:
        "A pharmacist can help with a cough. If it lasts 3 weeks or more, come back and book, or contact your GP practice.",
    },
    {
      reasonCode: "pregnant",
      when: [{ question: "pregnant", operator: "=", answer: true }],
      outcome: "ineligible-see-gp",
      reason: "An X-ray is not usually done in pregnancy unless a clinician decides it is needed.",
      signpost:
        "Contact your GP practice about your cough. They can decide whether you need an X-ray.",
    },
    {
      reasonCode: "recent-chest-x-ray",
      when: [{ question: "recentChestXRay", operator: "=", answer: true }],
      outcome: "ineligible-see-gp",
      reason:
        "You told us you had a chest X-ray in the last 3 months. Your GP can see that result and decide whether you need another.",
      signpost: signposts.seeGp,
    },
  ],
};

export const wakefieldChestXRay: SelfReferralService = {
  id: "wakefield-cdc-chest-x-ray",
  serviceCode: "chest-x-ray",
  name: "Chest X-ray at Wakefield Community Diagnostic Centre",
  description:
    "For adults with a cough that has lasted 3 weeks or more. Book your X-ray online; the result goes to your GP practice.",
  siteId: demoSiteIds.wakefieldCdc,
  icbId: demoIcbIds.westYorkshire,
  whoCanRefer: {
    minAgeYears: 18,
    catchmentIcbIds: [demoIcbIds.westYorkshire],
    catchmentName: "West Yorkshire",
    outsideAgeSignpost:
      "Contact your GP practice about a cough in a child or young person under 18.",
  },
  questionnaire: chestXRayQuestionnaire,
  informationNeeded: [
    "name",
    "date-of-birth",
    "nhs-number",
    "contact",
    "registered-gp-practice",
    "accessibility-needs",
  ],
  bookOnline: true,
};
