/** Test fixtures shared by the questionnaire loader's tests: a small valid questionnaire. */
import { questionnaireProblems } from "./questionnaire-load.ts";
import type {
  EligibilityRule,
  QuestionnaireItem,
  ReferralQuestionnaire,
} from "./questionnaire-model.ts";

export const painWhere: QuestionnaireItem = {
  linkId: "where",
  text: "Where is the pain?",
  type: "choice",
  required: true,
  answerOption: [
    { code: "back", display: "Back" },
    { code: "knee", display: "Knee" },
  ],
};
export const numb: QuestionnaireItem = {
  linkId: "numb",
  text: "Any numbness?",
  type: "boolean",
  required: true,
  enableWhen: [{ question: "where", operator: "=", answer: "back" }],
};
export const rule: EligibilityRule = {
  reasonCode: "numbness",
  when: [{ question: "numb", operator: "=", answer: true }],
  outcome: "emergency-ae",
  reason: "You told us you have numbness.",
  signpost: "Go to A&E.",
};
export const valid: ReferralQuestionnaire = {
  id: "msk",
  version: 1,
  title: "Back and joint pain",
  item: [painWhere, numb, { linkId: "notes", text: "Anything else?", type: "text" }],
  rules: [rule],
};

export const problemsOf = (change: Partial<ReferralQuestionnaire>) =>
  questionnaireProblems({ ...valid, ...change });
export const withItems = (...item: QuestionnaireItem[]) => problemsOf({ item, rules: [] });
export const withRule = (change: Partial<EligibilityRule>) =>
  problemsOf({ rules: [{ ...rule, ...change }] });
