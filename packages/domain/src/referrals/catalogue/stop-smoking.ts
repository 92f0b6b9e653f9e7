import type { ReferralQuestionnaire } from "../questionnaire-model.ts";
import type { SelfReferralService } from "../self-referral-service.ts";
import { demoIcbIds, demoSiteIds } from "./demo-area.ts";

/**
 * A local stop smoking service, from age 12. Pregnant smokers go to the specialist pregnancy
 * pathway through their midwife. Clinical review needed: see demo-area.ts.
 */
export const stopSmokingQuestionnaire: ReferralQuestionnaire = {
  id: "stop-smoking",
  version: 1,
  title: "Get help to stop smoking",
  item: [
    {
      linkId: "uses",
      text: "What do you want help to stop?",
      type: "choice",
      required: true,
      answerOption: [
        { code: "cigarettes", display: "Smoking cigarettes, roll-ups or cigars" },
        { code: "shisha-or-pipe", display: "Smoking shisha or a pipe" },
        { code: "vaping", display: "Vaping only" },
        { code: "nothing", display: "I do not smoke or vape" },
      ],
    },
    {
      linkId: "perDay",
      text: "About how many do you smoke a day?",
      type: "integer",
      required: true,
      minValue: 1,
      maxValue: 100,
      enableWhen: [{ question: "uses", operator: "=", answer: "cigarettes" }],
    },
    {
      linkId: "pregnant",
      text: "Are you pregnant?",
      type: "boolean",
      required: true,
      enableWhen: [{ question: "uses", operator: "!=", answer: "nothing" }],
    },
    {
      linkId: "quitDate",
      text: "When would you like to stop?",
      hint: "Most people do best when they choose a day in the next 2 weeks.",
      type: "date",
    },
  ],
  rules: [
    {
      reasonCode: "does-not-smoke",
      when: [{ question: "uses", operator: "=", answer: "nothing" }],
      outcome: "ineligible-other",
      reason: "You told us you do not smoke or vape.",
      signpost: "If you want support to stay smoke-free, go to nhs.uk/better-health/quit-smoking.",
    },
    {
      reasonCode: "pregnant",
      when: [{ question: "pregnant", operator: "=", answer: true }],
      outcome: "ineligible-other",
      reason: "There is a special stop smoking service for pregnant women, with extra support.",
      signpost: "Ask your midwife to refer you to the stop smoking in pregnancy service.",
    },
  ],
};

export const yorkStopSmoking: SelfReferralService = {
  id: "york-stop-smoking",
  serviceCode: "stop-smoking",
  name: "Stop smoking service at Clifton, York",
  description:
    "Free support and medicines to help you stop smoking. Book your first appointment online.",
  siteId: demoSiteIds.yorkClifton,
  icbId: demoIcbIds.humberNorthYorkshire,
  whoCanRefer: {
    minAgeYears: 12,
    catchmentIcbIds: [demoIcbIds.humberNorthYorkshire],
    catchmentName: "Humber and North Yorkshire",
    outsideAgeSignpost: "Talk to your GP practice or school nurse about help to stop smoking.",
  },
  questionnaire: stopSmokingQuestionnaire,
  informationNeeded: ["name", "date-of-birth", "nhs-number", "contact"],
  bookOnline: true,
};
