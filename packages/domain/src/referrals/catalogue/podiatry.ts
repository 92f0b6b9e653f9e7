import type { ReferralQuestionnaire } from "../questionnaire-model.ts";
import type { SelfReferralService } from "../self-referral-service.ts";
import { demoIcbIds, demoSiteIds, freeTextHint, signposts } from "./demo-area.ts";

/**
 * Podiatry (foot care). A foot or toes going cold, pale or black goes to A&E; a wound with
 * spreading redness (a diabetic foot infection above all) needs seeing today; routine nail
 * cutting for someone without diabetes is not an NHS podiatry service. Clinical review
 * needed: see demo-area.ts.
 */
export const podiatryQuestionnaire: ReferralQuestionnaire = {
  id: "podiatry",
  version: 1,
  title: "Refer yourself to podiatry (foot care)",
  item: [
    {
      linkId: "need",
      text: "What do you need help with?",
      type: "choice",
      required: true,
      answerOption: [
        { code: "painful-foot", display: "Pain in my feet, heels or ankles" },
        {
          code: "skin-nails",
          display: "Corns, hard skin or painful toenails, including ingrown toenails",
        },
        { code: "diabetes-check", display: "A foot check because I have diabetes" },
        { code: "wound", display: "A wound, sore or ulcer on my foot" },
        { code: "nail-cutting", display: "Routine nail cutting only" },
      ],
    },
    { linkId: "diabetes", text: "Do you have diabetes?", type: "boolean", required: true },
    {
      linkId: "woundInfection",
      text: "Is there a wound on your foot with redness spreading from it, swelling or pus, or do you feel hot and shivery?",
      type: "boolean",
      required: true,
      enableWhen: [
        { question: "need", operator: "=", answer: "wound" },
        { question: "diabetes", operator: "=", answer: true },
      ],
      enableBehavior: "any",
    },
    {
      linkId: "coldOrBlackFoot",
      text: "Has part of your foot or toes suddenly gone cold, pale, blue or black?",
      type: "boolean",
      required: true,
    },
    {
      linkId: "description",
      text: "Tell us about the problem",
      hint: freeTextHint,
      type: "text",
      required: true,
      maxLength: 1000,
    },
  ],
  rules: [
    {
      reasonCode: "foot-losing-blood-supply",
      when: [{ question: "coldOrBlackFoot", operator: "=", answer: true }],
      outcome: "emergency-ae",
      reason:
        "You told us part of your foot or toes has suddenly gone cold, pale, blue or black. This can mean blood is not reaching it, which needs treatment in hospital straight away.",
      signpost: signposts.aAndE,
    },
    {
      reasonCode: "foot-wound-infection",
      when: [{ question: "woundInfection", operator: "=", answer: true }],
      outcome: "urgent-same-day",
      reason:
        "You told us about a wound on your foot with spreading redness, swelling or pus, or that you feel hot and shivery. This can be an infection that needs treatment today, especially if you have diabetes.",
      signpost: signposts.urgentToday,
    },
    {
      reasonCode: "routine-nail-cutting",
      when: [
        { question: "need", operator: "=", answer: "nail-cutting" },
        { question: "diabetes", operator: "=", answer: false },
      ],
      behavior: "all",
      outcome: "ineligible-other",
      reason: "NHS podiatry does not offer routine nail cutting.",
      signpost:
        "Age UK and local nail-cutting services can help. If you have poor circulation or numb feet, ask your GP practice whether you need NHS foot care.",
    },
  ],
};

export const yorkPodiatry: SelfReferralService = {
  id: "york-podiatry",
  serviceCode: "podiatry",
  name: "Podiatry at Clifton, York",
  description: "For foot problems, including foot checks and wound care if you have diabetes.",
  siteId: demoSiteIds.yorkClifton,
  icbId: demoIcbIds.humberNorthYorkshire,
  whoCanRefer: {
    minAgeYears: 18,
    catchmentIcbIds: [demoIcbIds.humberNorthYorkshire],
    catchmentName: "Humber and North Yorkshire",
    outsideAgeSignpost:
      "Contact your GP practice. They can refer children and young people to a children's podiatry service.",
  },
  questionnaire: podiatryQuestionnaire,
  informationNeeded: [
    "name",
    "date-of-birth",
    "nhs-number",
    "address",
    "contact",
    "registered-gp-practice",
  ],
  bookOnline: false,
};
