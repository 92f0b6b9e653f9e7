import {
  answersObject,
  isBlankAnswer,
  normaliseAnswer,
  type RawReferralAnswers,
  rawAnswer,
  valueProblem,
} from "./answers.ts";
import {
  type AnswerValue,
  type EnableBehavior,
  type EnableWhen,
  flattenItems,
  type ReferralQuestionnaire,
  unanswerableTypes,
} from "./questionnaire-model.ts";

/** Valid answers to enabled questions, by linkId: all that any condition or rule may read. */
export type ReadAnswers = ReadonlyMap<string, AnswerValue>;

function compare(actual: AnswerValue, operator: EnableWhen["operator"], expected: AnswerValue) {
  switch (operator) {
    case "=":
      return actual === expected;
    case "!=":
      return actual !== expected;
    case ">":
    case "<":
    case ">=":
    case "<=": {
      // Numbers, or dates as "YYYY-MM-DD", which sort as text. Anything else never matches.
      const comparable =
        (typeof actual === "number" && typeof expected === "number") ||
        (typeof actual === "string" && typeof expected === "string");
      if (!comparable) return false;
      if (operator === ">") return actual > expected;
      if (operator === "<") return actual < expected;
      if (operator === ">=") return actual >= expected;
      return actual <= expected;
    }
    case "exists":
      throw new Error("exists is not a comparison");
    default: {
      const unknownOperator: never = operator;
      throw new Error(`Unknown operator: ${String(unknownOperator)}`);
    }
  }
}

/**
 * FHIR semantics: `exists` tests whether the question has an answer; every other operator is
 * false when it has none. A question that is not enabled has no answer, whatever was sent.
 */
export function conditionHolds(condition: EnableWhen, answers: ReadAnswers): boolean {
  const actual = answers.get(condition.question);
  if (condition.operator === "exists") return (actual !== undefined) === condition.answer;
  if (actual === undefined) return false;
  return compare(actual, condition.operator, condition.answer);
}

/** No conditions: always. Otherwise all of them, or any one of them. */
export function conditionsHold(
  conditions: readonly EnableWhen[] | undefined,
  behavior: EnableBehavior | undefined,
  answers: ReadAnswers,
): boolean {
  if (!conditions || conditions.length === 0) return true;
  return behavior === "any"
    ? conditions.some((condition) => conditionHolds(condition, answers))
    : conditions.every((condition) => conditionHolds(condition, answers));
}

export interface AnswersRead {
  /** linkIds of the items a person sees (questions, displays and groups), in order. */
  enabled: string[];
  answers: ReadAnswers;
}

/**
 * Works down the questionnaire as a person does: an item is enabled when its group is and its
 * own conditions hold on the answers read so far. Conditions only look back (loadQuestionnaire
 * checks this), so one pass settles everything; an invalid answer counts as no answer.
 * The web calls this after each answer to show and hide questions; the server calls it to
 * validate and evaluate: the same rules in both places.
 */
export function readAnswers(
  questionnaire: ReferralQuestionnaire,
  rawAnswers: RawReferralAnswers,
): AnswersRead {
  const raw = answersObject(rawAnswers);
  const enabled: string[] = [];
  const enabledSet = new Set<string>();
  const answers = new Map<string, AnswerValue>();
  for (const { item, parent } of flattenItems(questionnaire.item)) {
    if (parent && !enabledSet.has(parent.linkId)) continue;
    if (!conditionsHold(item.enableWhen, item.enableBehavior, answers)) continue;
    enabled.push(item.linkId);
    enabledSet.add(item.linkId);
    if (unanswerableTypes.includes(item.type)) continue;
    const value = rawAnswer(raw, item.linkId);
    if (isBlankAnswer(value) || valueProblem(item, value) !== undefined) continue;
    answers.set(item.linkId, normaliseAnswer(value as AnswerValue));
  }
  return { enabled, answers };
}
