import {
  currentTriageQuestionnaire,
  flattenItems,
  type QuestionnaireItem as ReferralItem,
  type ReferralQuestionnaire,
  selfReferralServices,
  type Questionnaire as TriageQuestionnaire,
} from "@front-door/domain";
import type {
  Extension,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireItemEnableWhen,
} from "@medplum/fhirtypes";
import { frontDoorSystem } from "../referral-resources.ts";
import { profiled } from "./directory-input.ts";

/** The code system of choice answers (the same the QuestionnaireResponses use). */
const answerSystem = `${frontDoorSystem}/CodeSystem/answer`;

/** A questionnaire's canonical: what its QuestionnaireResponses name (with `|<version>`). */
export const questionnaireCanonical = (id: string) => `${frontDoorSystem}/Questionnaire/${id}`;

type Identified = Questionnaire & { id: string };

function boundExtensions(item: ReferralItem): Extension[] {
  const valueKey = item.type === "integer" ? "valueInteger" : "valueDecimal";
  return [
    ...(item.minValue !== undefined
      ? [{ url: "http://hl7.org/fhir/StructureDefinition/minValue", [valueKey]: item.minValue }]
      : []),
    ...(item.maxValue !== undefined
      ? [{ url: "http://hl7.org/fhir/StructureDefinition/maxValue", [valueKey]: item.maxValue }]
      : []),
  ];
}

/** enableWhen's answer[x] takes the type of the question it tests ("exists" takes a boolean). */
function enableWhenOf(
  condition: NonNullable<ReferralItem["enableWhen"]>[number],
  types: ReadonlyMap<string, ReferralItem["type"]>,
): QuestionnaireItemEnableWhen {
  const base = { question: condition.question, operator: condition.operator };
  const answer = condition.answer;
  if (condition.operator === "exists") return { ...base, answerBoolean: Boolean(answer) };
  switch (types.get(condition.question)) {
    case "choice":
      return { ...base, answerCoding: { system: answerSystem, code: String(answer) } };
    case "boolean":
      return { ...base, answerBoolean: Boolean(answer) };
    case "integer":
      return { ...base, answerInteger: Number(answer) };
    case "decimal":
      return { ...base, answerDecimal: Number(answer) };
    case "date":
      return { ...base, answerDate: String(answer) };
    default:
      return { ...base, answerString: String(answer) };
  }
}

function referralItemOf(
  item: ReferralItem,
  types: ReadonlyMap<string, ReferralItem["type"]>,
): QuestionnaireItem {
  const extensions =
    item.type === "integer" || item.type === "decimal" ? boundExtensions(item) : [];
  const answers = item.type !== "display" && item.type !== "group";
  return {
    ...(extensions.length > 0 ? { extension: extensions } : {}),
    linkId: item.linkId,
    text: item.text,
    type: item.type,
    ...(item.enableWhen
      ? { enableWhen: item.enableWhen.map((condition) => enableWhenOf(condition, types)) }
      : {}),
    ...(item.enableBehavior ? { enableBehavior: item.enableBehavior } : {}),
    ...(answers && item.required ? { required: true } : {}),
    ...((item.type === "string" || item.type === "text") && item.maxLength
      ? { maxLength: item.maxLength }
      : {}),
    ...(item.type === "choice" && item.answerOption
      ? {
          answerOption: item.answerOption.map((option) => ({
            valueCoding: { system: answerSystem, code: option.code, display: option.display },
          })),
        }
      : {}),
    ...(item.item ? { item: item.item.map((child) => referralItemOf(child, types)) } : {}),
  };
}

/** A self-referral questionnaire, whose canonical its referrals' QuestionnaireResponses name. */
export function referralQuestionnaireOf(q: ReferralQuestionnaire): Identified {
  const types = new Map(flattenItems(q.item).map(({ item }) => [item.linkId, item.type]));
  return {
    resourceType: "Questionnaire",
    id: q.id,
    ...profiled("Questionnaire"),
    url: questionnaireCanonical(q.id),
    version: String(q.version),
    title: q.title,
    status: "active",
    subjectType: ["Patient"],
    item: q.item.map((item) => referralItemOf(item, types)),
  };
}

const yesNoOptions = [
  { valueCoding: { system: answerSystem, code: "yes", display: "Yes" } },
  { valueCoding: { system: answerSystem, code: "no", display: "No" } },
];

/** The same-day triage questionnaire: a group per section, shown as the web form shows it. */
export function triageQuestionnaireOf(q: TriageQuestionnaire): Identified {
  return {
    resourceType: "Questionnaire",
    id: q.id,
    ...profiled("Questionnaire"),
    url: questionnaireCanonical(q.id),
    version: String(q.version),
    title: q.title,
    status: "active",
    subjectType: ["Patient"],
    item: q.sections.map((section) => ({
      // Questions keep their ids (the answers' keys); a section's may be a question's too.
      linkId: `section-${section.id}`,
      text: section.title,
      type: "group",
      ...(section.showWhen
        ? {
            enableWhen: [
              {
                question: section.showWhen.question,
                operator: "=",
                answerCoding: { system: answerSystem, code: section.showWhen.answer },
              },
            ],
          }
        : {}),
      item: section.questions.map(
        (question): QuestionnaireItem =>
          question.kind === "text"
            ? {
                linkId: question.id,
                text: question.label,
                type: "text",
                required: true,
                maxLength: question.maxLength,
              }
            : {
                linkId: question.id,
                text: question.label,
                type: "choice",
                required: true,
                answerOption:
                  question.kind === "yes-no"
                    ? yesNoOptions
                    : question.options.map((option) => ({
                        valueCoding: {
                          system: answerSystem,
                          code: option.value,
                          display: option.label,
                        },
                      })),
              },
      ),
    })),
  };
}

/**
 * Every published questionnaire: same-day triage and each self-referral service's (one per id,
 * its latest version), in id order.
 */
export function publishedQuestionnaires(): Identified[] {
  const latest = new Map<string, ReferralQuestionnaire>();
  for (const { questionnaire } of selfReferralServices) {
    const known = latest.get(questionnaire.id);
    if (!known || known.version < questionnaire.version)
      latest.set(questionnaire.id, questionnaire);
  }
  return [
    triageQuestionnaireOf(currentTriageQuestionnaire),
    ...[...latest.values()].map(referralQuestionnaireOf),
  ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
