/**
 * Self-referral questionnaires as data, shaped like a FHIR R4 Questionnaire: items with a
 * linkId, a type, `required`, `answerOption`, `enableWhen` and `enableBehavior`, and nested
 * `item` for groups. Simplified where FHIR is general: one answer per question (no
 * `repeats`), an option is `{ code, display }` rather than a Coding, and `enableWhen.answer`
 * is one plain value rather than `answer[x]`. `minValue`/`maxValue` and `hint` stand in for
 * the FHIR extensions of those names.
 *
 * The same definition renders the web form and is evaluated on the server, so the server
 * never trusts a verdict worked out in the browser. A definition is checked once by
 * loadQuestionnaire before anything uses it.
 *
 * linkIds are answer keys and error paths, and rule reason codes are stored and counted:
 * never rename either within a version; publish a new version instead.
 */

export const itemTypes = [
  "boolean",
  "choice",
  "integer",
  "decimal",
  "date",
  "string",
  "text",
  "display",
  "group",
] as const;
export type ItemType = (typeof itemTypes)[number];

/** Items that take no answer: a display is words on the page; a group holds other items. */
export const unanswerableTypes: readonly ItemType[] = ["display", "group"];

/** Free text: only ever read by people, never matched against words (see evaluation.ts). */
export const freeTextTypes: readonly ItemType[] = ["string", "text"];

export const enableWhenOperators = ["exists", "=", "!=", ">", "<", ">=", "<="] as const;
export type EnableWhenOperator = (typeof enableWhenOperators)[number];

export const enableBehaviors = ["all", "any"] as const;
export type EnableBehavior = (typeof enableBehaviors)[number];

/**
 * One answer: true/false for boolean, an option code for choice, a number for integer and
 * decimal, "YYYY-MM-DD" for date, and text for string and text.
 */
export type AnswerValue = boolean | number | string;

/** FHIR enableWhen: `exists` takes true or false; the others compare with `answer`. */
export interface EnableWhen {
  /** The linkId of the question whose answer is tested. */
  question: string;
  operator: EnableWhenOperator;
  answer: AnswerValue;
}

export interface AnswerOption {
  code: string;
  display: string;
}

export interface QuestionnaireItem {
  linkId: string;
  text: string;
  type: ItemType;
  /** Help shown under the question (FHIR: a display item or the entryFormat extension). */
  hint?: string;
  /** Must be answered whenever the item is enabled. */
  required?: boolean;
  /** choice only. */
  answerOption?: readonly AnswerOption[];
  /** string and text only; never more than maxFreeTextLength. */
  maxLength?: number;
  /** integer and decimal only. */
  minValue?: number;
  maxValue?: number;
  enableWhen?: readonly EnableWhen[];
  /** Required when there is more than one enableWhen condition (FHIR que-12). */
  enableBehavior?: EnableBehavior;
  /** group only. */
  item?: readonly QuestionnaireItem[];
}

/**
 * What an answer can lead to, most severe first. The emergency kinds stop the journey with
 * the same advice as same-day triage (999, A&E, mental health crisis routes); the others send
 * the person somewhere better than this service.
 */
export const ruleOutcomeKinds = [
  "emergency-999",
  "emergency-ae",
  "emergency-mental-health-crisis",
  "urgent-same-day",
  "ineligible-see-gp",
  "ineligible-other",
] as const;
export type RuleOutcomeKind = (typeof ruleOutcomeKinds)[number];

export const emergencyOutcomeKinds: readonly RuleOutcomeKind[] = [
  "emergency-999",
  "emergency-ae",
  "emergency-mental-health-crisis",
];

/** An exclusion: when its conditions hold, the referral goes somewhere else. */
export interface EligibilityRule {
  /** Stable, stored and counted (like a red-flag id): never rename one. */
  reasonCode: string;
  /** Conditions in enableWhen form, on any question; unanswered questions never match. */
  when: readonly EnableWhen[];
  /** Required when there is more than one condition. */
  behavior?: EnableBehavior;
  outcome: RuleOutcomeKind;
  /** Plain English, second person: what the person told us and why it matters. */
  reason: string;
  /** What to do instead. */
  signpost: string;
}

export interface ReferralQuestionnaire {
  id: string;
  version: number;
  title: string;
  item: readonly QuestionnaireItem[];
  /** Checked in severity order (most severe first), then in the order written here. */
  rules: readonly EligibilityRule[];
}

/** The cap on any free-text answer, whatever an item's own maxLength says. */
export const maxFreeTextLength = 2_000;

/** Every item, groups included, in document order (depth first, as a person reads them). */
export function flattenItems(
  items: readonly QuestionnaireItem[],
  parent?: QuestionnaireItem,
): { item: QuestionnaireItem; parent: QuestionnaireItem | undefined }[] {
  return items.flatMap((item) => [{ item, parent }, ...flattenItems(item.item ?? [], item)]);
}

/** Items that take an answer, in document order. */
export function answerableItems(questionnaire: ReferralQuestionnaire): QuestionnaireItem[] {
  return flattenItems(questionnaire.item)
    .map(({ item }) => item)
    .filter((item) => !unanswerableTypes.includes(item.type));
}
