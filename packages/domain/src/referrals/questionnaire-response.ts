import { type RawReferralAnswers, valueProblem } from "./answers.ts";
import { readAnswers } from "./enablement.ts";
import type { LoadedQuestionnaire } from "./questionnaire-load.ts";
import {
  type AnswerValue,
  flattenItems,
  freeTextTypes,
  type QuestionnaireItem,
  unanswerableTypes,
} from "./questionnaire-model.ts";

/** FHIR R4 QuestionnaireResponse.status. */
export const questionnaireResponseStatuses = [
  "in-progress",
  "completed",
  "amended",
  "entered-in-error",
  "stopped",
] as const;
export type QuestionnaireResponseStatus = (typeof questionnaireResponseStatuses)[number];

export type QuestionnaireResponseAnswer =
  | { valueBoolean: boolean }
  | { valueInteger: number }
  | { valueDecimal: number }
  | { valueDate: string }
  | { valueString: string }
  | { valueCoding: { code: string; display: string } };

export interface QuestionnaireResponseItem {
  linkId: string;
  text: string;
  answer?: [QuestionnaireResponseAnswer];
  item?: QuestionnaireResponseItem[];
}

/** The answers as the service keeps them: a FHIR R4 QuestionnaireResponse, nested by group. */
export interface QuestionnaireResponse {
  resourceType: "QuestionnaireResponse";
  /** Canonical reference with version: "id|version". */
  questionnaire: string;
  status: QuestionnaireResponseStatus;
  /** ISO 8601, UTC. */
  authored: string;
  item: QuestionnaireResponseItem[];
}

function answerOf(item: QuestionnaireItem, value: AnswerValue): QuestionnaireResponseAnswer {
  switch (item.type) {
    case "boolean":
      return { valueBoolean: value as boolean };
    case "integer":
      return { valueInteger: value as number };
    case "decimal":
      return { valueDecimal: value as number };
    case "date":
      return { valueDate: value as string };
    case "choice": {
      const option = item.answerOption?.find((o) => o.code === value);
      return { valueCoding: { code: String(value), display: option?.display ?? String(value) } };
    }
    default:
      return { valueString: String(value) };
  }
}

/**
 * The valid answers to enabled questions, with the question text as asked (so the record
 * reads true even after the wording changes in a later version). Groups with no answers and
 * display items are left out. Validate first: invalid answers are dropped, not reported.
 * It holds the patient's free text: store it with the referral; never log it.
 */
export function toQuestionnaireResponse(
  questionnaire: LoadedQuestionnaire,
  raw: RawReferralAnswers,
  authored: Date,
  status: QuestionnaireResponseStatus = "completed",
): QuestionnaireResponse {
  const { enabled, answers } = readAnswers(questionnaire, raw);
  const enabledSet = new Set(enabled);
  const build = (items: readonly QuestionnaireItem[]): QuestionnaireResponseItem[] =>
    items.flatMap((item): QuestionnaireResponseItem[] => {
      if (!enabledSet.has(item.linkId)) return [];
      if (item.type === "group") {
        const children = build(item.item ?? []);
        return children.length > 0
          ? [{ linkId: item.linkId, text: item.text, item: children }]
          : [];
      }
      const value = answers.get(item.linkId);
      if (unanswerableTypes.includes(item.type) || value === undefined) return [];
      return [{ linkId: item.linkId, text: item.text, answer: [answerOf(item, value)] }];
    });
  return {
    resourceType: "QuestionnaireResponse",
    questionnaire: `${questionnaire.id}|${questionnaire.version}`,
    status,
    authored: authored.toISOString(),
    item: build(questionnaire.item),
  };
}

/**
 * The structured answers only (yes/no, options, numbers, dates), by linkId: what an audit
 * record of an evaluation keeps, so that a diversion can be reviewed. No free text, and
 * nothing under a key the questionnaire does not have.
 */
export function structuredAnswers(
  questionnaire: LoadedQuestionnaire,
  raw: RawReferralAnswers,
): Record<string, AnswerValue> {
  const { answers } = readAnswers(questionnaire, raw);
  const types = new Map(
    flattenItems(questionnaire.item).map(({ item }) => [item.linkId, item.type]),
  );
  const kept: Record<string, AnswerValue> = {};
  for (const [linkId, value] of answers) {
    const type = types.get(linkId);
    if (type && !freeTextTypes.includes(type)) kept[linkId] = value;
  }
  return kept;
}

function valueOfAnswer(answer: QuestionnaireResponseAnswer): AnswerValue {
  if ("valueBoolean" in answer) return answer.valueBoolean;
  if ("valueInteger" in answer) return answer.valueInteger;
  if ("valueDecimal" in answer) return answer.valueDecimal;
  if ("valueDate" in answer) return answer.valueDate;
  if ("valueCoding" in answer) return answer.valueCoding.code;
  return answer.valueString;
}

/**
 * Earlier answers to start a questionnaire from (tell your story once): each answer of a
 * stored response whose question the questionnaire still asks, with the same type, and that
 * is still a valid answer to it (an option since withdrawn, or text now too long, is left
 * out). Conditions are not applied here: the form shows what applies, the server decides.
 */
export function answersFromResponse(
  questionnaire: LoadedQuestionnaire,
  response: Pick<QuestionnaireResponse, "item">,
): Record<string, AnswerValue> {
  const items = new Map(flattenItems(questionnaire.item).map(({ item }) => [item.linkId, item]));
  const found: Record<string, AnswerValue> = {};
  const walk = (responseItems: readonly QuestionnaireResponseItem[]) => {
    for (const responseItem of responseItems) {
      const item = items.get(responseItem.linkId);
      const answer = responseItem.answer?.[0];
      if (item && answer) {
        const value = valueOfAnswer(answer);
        if (valueProblem(item, value) === undefined) found[item.linkId] = value;
      }
      walk(responseItem.item ?? []);
    }
  };
  walk(response.item);
  return found;
}
