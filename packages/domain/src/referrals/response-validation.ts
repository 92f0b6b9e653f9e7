import type { FieldProblem } from "../errors.ts";
import {
  answersObject,
  isBlankAnswer,
  type RawReferralAnswers,
  type ResponseProblemCode,
  rawAnswer,
  valueProblem,
} from "./answers.ts";
import { readAnswers } from "./enablement.ts";
import type { LoadedQuestionnaire } from "./questionnaire-load.ts";
import {
  flattenItems,
  maxFreeTextLength,
  type QuestionnaireItem,
  unanswerableTypes,
} from "./questionnaire-model.ts";

/** One thing wrong with one answer: linkId is the field path the web maps to its input. */
export interface ResponseProblem {
  linkId: string;
  code: ResponseProblemCode;
  message: string;
}

const requiredMessages: Record<QuestionnaireItem["type"], string> = {
  boolean: "Select yes or no",
  choice: "Select an answer",
  integer: "Enter a number",
  decimal: "Enter a number",
  date: "Enter a date",
  string: "Enter your answer",
  text: "Enter your answer",
  display: "This is not a question",
  group: "This is not a question",
};

const wrongTypeMessages: Record<QuestionnaireItem["type"], string> = {
  ...requiredMessages,
  integer: "Enter a whole number, like 3",
  decimal: "Enter a number, like 27.5",
  date: "Enter a real date, like 2026-03-27",
};

function rangeMessage(item: QuestionnaireItem): string {
  const { minValue: min, maxValue: max } = item;
  if (min !== undefined && max !== undefined) return `Enter a number between ${min} and ${max}`;
  if (min !== undefined) return `Enter a number of ${min} or more`;
  return `Enter a number of ${max} or less`;
}

function valueMessage(item: QuestionnaireItem, code: ResponseProblemCode): string {
  switch (code) {
    case "wrong-type":
      return wrongTypeMessages[item.type];
    case "not-an-option":
      return "Select one of the answers given";
    case "too-long": {
      const max = Math.min(item.maxLength ?? maxFreeTextLength, maxFreeTextLength);
      return `Your answer must be ${max.toLocaleString("en-GB")} characters or fewer`;
    }
    case "out-of-range":
      return rangeMessage(item);
    case "required":
      return requiredMessages[item.type];
    case "not-enabled":
      return "This question does not apply, given your other answers. Remove this answer";
    case "unknown-link-id":
      return "This is not one of the questions";
    default: {
      const unknownCode: never = code;
      throw new Error(`Unknown problem code: ${String(unknownCode)}`);
    }
  }
}

/**
 * Every problem with a response, at most one per linkId: questions in the order asked, then
 * unknown linkIds in sorted order, so the same input always gives the same list.
 *
 * - unknown-link-id: not a question in this questionnaire version (display and group items
 *   are in it, but take no answer: those are wrong-type).
 * - not-enabled: answered, but the question does not apply given the other answers. The form
 *   clears such answers; a response that still has one was not made by the form.
 * - required: an enabled required question left blank (null and spaces count as blank).
 * - wrong-type, not-an-option, too-long (trimmed, and never over maxFreeTextLength whatever
 *   the item says), out-of-range: the value itself.
 */
export function validateResponse(
  questionnaire: LoadedQuestionnaire,
  rawAnswers: RawReferralAnswers,
): ResponseProblem[] {
  const answers = answersObject(rawAnswers);
  const { enabled } = readAnswers(questionnaire, answers);
  const enabledSet = new Set(enabled);
  const problems: ResponseProblem[] = [];
  const known = new Set<string>();
  const add = (item: QuestionnaireItem, code: ResponseProblemCode) =>
    problems.push({ linkId: item.linkId, code, message: valueMessage(item, code) });

  for (const { item } of flattenItems(questionnaire.item)) {
    known.add(item.linkId);
    const value = rawAnswer(answers, item.linkId);
    const blank = isBlankAnswer(value);
    if (unanswerableTypes.includes(item.type)) {
      if (!blank) add(item, "wrong-type");
      continue;
    }
    if (!enabledSet.has(item.linkId)) {
      if (!blank) add(item, "not-enabled");
      continue;
    }
    if (blank) {
      if (item.required) add(item, "required");
      continue;
    }
    const code = valueProblem(item, value);
    if (code) add(item, code);
  }

  const unknown = Object.keys(answers)
    .filter((linkId) => !known.has(linkId))
    .sort();
  for (const linkId of unknown) {
    problems.push({ linkId, code: "unknown-link-id", message: "This is not one of the questions" });
  }
  return problems;
}

/** For an InvalidInput: the linkId is the path, and the stable code goes along. */
export function responseFieldProblems(problems: readonly ResponseProblem[]): FieldProblem[] {
  return problems.map(({ linkId, code, message }) => ({ path: linkId, code, message }));
}
