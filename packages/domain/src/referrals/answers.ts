import { isLocalDate } from "../scheduling/london-time.ts";
import {
  type AnswerValue,
  maxFreeTextLength,
  type QuestionnaireItem,
  unanswerableTypes,
} from "./questionnaire-model.ts";

/**
 * Answers keyed by linkId, as the form sends them (a flat QuestionnaireResponse: linkIds are
 * unique across the whole questionnaire, groups included). Untrusted until validated.
 */
export type RawReferralAnswers = Readonly<Record<string, unknown>>;

/** Stable codes for what can be wrong with a response: clients may switch on them. */
export const responseProblemCodes = [
  "unknown-link-id",
  "wrong-type",
  "not-enabled",
  "required",
  "not-an-option",
  "too-long",
  "out-of-range",
] as const;
export type ResponseProblemCode = (typeof responseProblemCodes)[number];

/** Problems one value can have on its own, whatever the other answers are. */
export type ValueProblemCode = Extract<
  ResponseProblemCode,
  "wrong-type" | "not-an-option" | "too-long" | "out-of-range"
>;

/** Absent, null or only spaces: the question has not been answered. */
export function isBlankAnswer(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === "string" && value.trim() === "")
  );
}

/** An own property only: "constructor" or "__proto__" is never an answer. */
export function rawAnswer(answers: RawReferralAnswers, linkId: string): unknown {
  return Object.hasOwn(answers, linkId) ? answers[linkId] : undefined;
}

/** Anything that is not an object of answers (null, a string) is read as no answers at all. */
export function answersObject(answers: unknown): RawReferralAnswers {
  return typeof answers === "object" && answers !== null ? (answers as RawReferralAnswers) : {};
}

function rightType(item: QuestionnaireItem, value: unknown): value is AnswerValue {
  switch (item.type) {
    case "boolean":
      return typeof value === "boolean";
    case "integer":
      return typeof value === "number" && Number.isSafeInteger(value);
    case "decimal":
      return typeof value === "number" && Number.isFinite(value);
    case "date":
      return typeof value === "string" && isLocalDate(value);
    case "choice":
    case "string":
    case "text":
      return typeof value === "string";
    case "display":
    case "group":
      return false;
    default: {
      const unknownType: never = item.type;
      throw new Error(`Unknown item type: ${String(unknownType)}`);
    }
  }
}

/** What is wrong with a non-blank value for this item, if anything. */
export function valueProblem(
  item: QuestionnaireItem,
  value: unknown,
): ValueProblemCode | undefined {
  if (unanswerableTypes.includes(item.type) || !rightType(item, value)) return "wrong-type";
  if (item.type === "choice") {
    return item.answerOption?.some((option) => option.code === value) ? undefined : "not-an-option";
  }
  if (typeof value === "string" && (item.type === "string" || item.type === "text")) {
    const length = value.trim().length;
    return length > Math.min(item.maxLength ?? maxFreeTextLength, maxFreeTextLength)
      ? "too-long"
      : undefined;
  }
  if (typeof value === "number") {
    if (item.minValue !== undefined && value < item.minValue) return "out-of-range";
    if (item.maxValue !== undefined && value > item.maxValue) return "out-of-range";
  }
  return undefined;
}

/** A valid answer as it is kept: free text trimmed, everything else as given. */
export function normaliseAnswer(value: AnswerValue): AnswerValue {
  return typeof value === "string" ? value.trim() : value;
}
