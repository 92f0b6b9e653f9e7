import type { ReferralQuestionnaire } from "../questionnaire-model.ts";
import type { SelfReferralService } from "../self-referral-service.ts";
import { demoIcbIds, demoSiteIds, signposts } from "./demo-area.ts";

/**
 * A tier 2 (lifestyle) weight management programme for adults. BMI bounds follow NICE: 30 or
 * more, or 27.5 or more for people from family backgrounds with a higher risk at a lower BMI;
 * 40 or more is better served by a specialist (tier 3) service a GP refers to. BMI is asked
 * for directly (with the NHS calculator in the hint): rules compare answers with numbers and
 * never compute. Clinical review needed: see demo-area.ts.
 */
export const weightManagementQuestionnaire: ReferralQuestionnaire = {
  id: "weight-management",
  version: 1,
  title: "Refer yourself to a weight management programme",
  item: [
    {
      linkId: "bmi",
      text: "What is your body mass index (BMI)?",
      hint: "Use the NHS BMI calculator at nhs.uk/bmi to work it out from your height and weight.",
      type: "decimal",
      required: true,
      minValue: 12,
      maxValue: 90,
    },
    {
      linkId: "higherRiskBackground",
      text: "Is your family background South Asian, Chinese, other Asian, Middle Eastern, Black African or African-Caribbean?",
      hint: "People from these backgrounds have a higher risk of health problems at a lower BMI.",
      type: "boolean",
      required: true,
      enableWhen: [
        { question: "bmi", operator: ">=", answer: 27.5 },
        { question: "bmi", operator: "<", answer: 30 },
      ],
      enableBehavior: "all",
    },
    {
      linkId: "pregnant",
      text: "Are you pregnant, or have you had a baby in the last 6 months?",
      type: "boolean",
      required: true,
    },
    {
      linkId: "eatingDisorder",
      text: "Do you have an eating disorder, or are you being treated for one?",
      type: "boolean",
      required: true,
    },
    {
      linkId: "weightLossSurgery",
      text: "Have you had weight loss surgery in the last 2 years?",
      type: "boolean",
      required: true,
    },
    {
      linkId: "goals",
      text: "What would you like to get out of the programme?",
      type: "text",
      maxLength: 500,
    },
  ],
  rules: [
    {
      reasonCode: "bmi-below-range",
      when: [{ question: "bmi", operator: "<", answer: 27.5 }],
      outcome: "ineligible-other",
      reason:
        "This programme is for people with a BMI of 30 or more, or 27.5 or more for some family backgrounds.",
      signpost:
        "The free NHS Weight Loss Plan app can help you eat well and be more active. Search for it in your app store.",
    },
    {
      reasonCode: "bmi-below-range-for-background",
      when: [{ question: "higherRiskBackground", operator: "=", answer: false }],
      outcome: "ineligible-other",
      reason:
        "This programme is for people with a BMI of 30 or more, or 27.5 or more for some family backgrounds.",
      signpost:
        "The free NHS Weight Loss Plan app can help you eat well and be more active. Search for it in your app store.",
    },
    {
      reasonCode: "bmi-specialist-range",
      when: [{ question: "bmi", operator: ">=", answer: 40 }],
      outcome: "ineligible-see-gp",
      reason:
        "With a BMI of 40 or more, a specialist weight management service may suit you better. Your GP can refer you.",
      signpost: signposts.seeGp,
    },
    {
      reasonCode: "pregnant-or-recent-birth",
      when: [{ question: "pregnant", operator: "=", answer: true }],
      outcome: "ineligible-see-gp",
      reason:
        "Weight loss programmes are not suitable during pregnancy or in the 6 months after having a baby.",
      signpost:
        "Talk to your midwife, health visitor or GP practice about keeping to a healthy weight.",
    },
    {
      reasonCode: "eating-disorder",
      when: [{ question: "eatingDisorder", operator: "=", answer: true }],
      outcome: "ineligible-see-gp",
      reason: "This programme is not suitable if you have an eating disorder.",
      signpost:
        "Talk to your GP practice, or the team treating you, about support with your weight.",
    },
    {
      reasonCode: "recent-weight-loss-surgery",
      when: [{ question: "weightLossSurgery", operator: "=", answer: true }],
      outcome: "ineligible-other",
      reason: "After weight loss surgery, your surgery team supports you for the first 2 years.",
      signpost: "Contact the team that did your surgery.",
    },
  ],
};

export const halifaxWeightManagement: SelfReferralService = {
  id: "halifax-weight-management",
  serviceCode: "weight-management",
  name: "Weight management programme at Halifax",
  description:
    "A 12-week group programme for adults to lose weight and keep it off. Book your first session online.",
  siteId: demoSiteIds.halifax,
  icbId: demoIcbIds.westYorkshire,
  whoCanRefer: {
    minAgeYears: 18,
    catchmentIcbIds: [demoIcbIds.westYorkshire],
    catchmentName: "West Yorkshire",
    outsideAgeSignpost:
      "Contact your GP practice. They can tell you about support for children and young people.",
  },
  questionnaire: weightManagementQuestionnaire,
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
