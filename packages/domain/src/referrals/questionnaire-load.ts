import { isLocalDate } from "../scheduling/london-time.ts";
import {
  type EligibilityRule,
  type EnableWhen,
  enableBehaviors,
  enableWhenOperators,
  flattenItems,
  freeTextTypes,
  itemTypes,
  maxFreeTextLength,
  type QuestionnaireItem,
  type ReferralQuestionnaire,
  ruleOutcomeKinds,
  unanswerableTypes,
} from "./questionnaire-model.ts";

declare const loaded: unique symbol;

/**
 * A definition that passed loadQuestionnaire, deeply frozen so it cannot change after the
 * check. Validation and evaluation accept only this, so nothing runs on an unchecked one.
 */
export type LoadedQuestionnaire = ReferralQuestionnaire & { readonly [loaded]: true };

/** A broken definition is our bug, not the patient's: it is never a 4xx. */
export class QuestionnaireDefinitionError extends Error {
  readonly problems: readonly string[];
  constructor(questionnaire: { id?: unknown; version?: unknown }, problems: readonly string[]) {
    super(
      `Questionnaire "${String(questionnaire.id)}" version ${String(questionnaire.version)} is not valid:\n- ${problems.join("\n- ")}`,
    );
    this.name = "QuestionnaireDefinitionError";
    this.problems = problems;
  }
}

/** Reason codes the evaluation itself uses for age and catchment; no rule may take them. */
export const reservedReasonCodes = ["below-minimum-age", "above-maximum-age", "outside-catchment"];

const idPattern = /^[A-Za-z][A-Za-z0-9._-]{0,63}$/;
const codePattern = /^[a-z0-9][a-z0-9-]{0,63}$/;
const isBlank = (text: unknown) => typeof text !== "string" || text.trim() === "";

/** What is wrong with one condition, read where `where` says (an item's or a rule's). */
function conditionProblems(
  where: string,
  condition: EnableWhen,
  items: ReadonlyMap<string, { item: QuestionnaireItem; index: number }>,
  mustPrecede: number | undefined,
): string[] {
  const { question, operator, answer } = condition;
  const target = items.get(question);
  if (!target) return [`${where} refers to "${question}", which is not in this questionnaire`];
  if (mustPrecede !== undefined && target.index === mustPrecede) {
    return [`${where} refers to itself`];
  }
  if (mustPrecede !== undefined && target.index > mustPrecede) {
    return [
      `${where} refers to "${question}", which comes after it: conditions may only look back at earlier questions, so there can be no cycles`,
    ];
  }
  const { type } = target.item;
  if (unanswerableTypes.includes(type)) {
    return [`${where} refers to "${question}", a ${type} item, which has no answer`];
  }
  if (!(enableWhenOperators as readonly string[]).includes(operator)) {
    return [`${where} uses unknown operator "${operator}"`];
  }
  if (operator === "exists") {
    return typeof answer === "boolean" ? [] : [`${where}: "exists" needs true or false`];
  }
  if (freeTextTypes.includes(type)) {
    return [
      `${where} compares the free text of "${question}": free text is never matched against words; only "exists" may test it`,
    ];
  }
  const ordered = operator !== "=" && operator !== "!=";
  if ((type === "boolean" || type === "choice") && ordered) {
    return [`${where} uses "${operator}" on ${type} "${question}": only =, != and exists apply`];
  }
  const fits =
    (type === "boolean" && typeof answer === "boolean") ||
    (type === "choice" && typeof answer === "string") ||
    (type === "integer" && Number.isSafeInteger(answer)) ||
    (type === "decimal" && typeof answer === "number" && Number.isFinite(answer)) ||
    (type === "date" && typeof answer === "string" && isLocalDate(answer));
  if (!fits) {
    return [`${where} compares ${type} "${question}" with ${JSON.stringify(answer)}`];
  }
  if (type === "choice" && !target.item.answerOption?.some((option) => option.code === answer)) {
    return [
      `${where} compares "${question}" with "${String(answer)}", which is not one of its options`,
    ];
  }
  return [];
}

function behaviourProblems(where: string, count: number, behavior: unknown): string[] {
  if (behavior !== undefined && !(enableBehaviors as readonly unknown[]).includes(behavior)) {
    return [`${where} has unknown behaviour "${String(behavior)}"`];
  }
  if (count > 1 && behavior === undefined) {
    return [`${where} has ${count} conditions but does not say whether all or any must hold`];
  }
  if (count === 0 && behavior !== undefined) return [`${where} has a behaviour but no conditions`];
  return [];
}

function itemShapeProblems(item: QuestionnaireItem, where: string): string[] {
  const problems: string[] = [];
  const { type } = item;
  if (!(itemTypes as readonly string[]).includes(type))
    return [`${where} has unknown type "${type}"`];
  if (isBlank(item.text)) problems.push(`${where} has no text`);
  if (type === "choice") {
    const codes = (item.answerOption ?? []).map((option) => option.code);
    if (codes.length < 2) problems.push(`${where} is a choice with fewer than 2 options`);
    for (const option of item.answerOption ?? []) {
      if (isBlank(option.code) || isBlank(option.display)) {
        problems.push(`${where} has an option without a code or display`);
      }
    }
    const repeated = codes.filter((code, index) => codes.indexOf(code) !== index);
    if (repeated.length > 0) problems.push(`${where} repeats option code "${repeated[0]}"`);
  } else if (item.answerOption !== undefined) {
    problems.push(`${where} has answer options but is not a choice`);
  }
  if (item.maxLength !== undefined) {
    if (!freeTextTypes.includes(type)) problems.push(`${where} has maxLength but is not free text`);
    else if (!Number.isSafeInteger(item.maxLength) || item.maxLength < 1) {
      problems.push(
        `${where} has maxLength ${item.maxLength}, which is not a positive whole number`,
      );
    } else if (item.maxLength > maxFreeTextLength) {
      problems.push(
        `${where} has maxLength ${item.maxLength}, over the cap of ${maxFreeTextLength}`,
      );
    }
  }
  const numeric = type === "integer" || type === "decimal";
  for (const [name, bound] of [
    ["minValue", item.minValue],
    ["maxValue", item.maxValue],
  ] as const) {
    if (bound === undefined) continue;
    if (!numeric) problems.push(`${where} has ${name} but is not a number`);
    else if (type === "integer" ? !Number.isSafeInteger(bound) : !Number.isFinite(bound)) {
      problems.push(`${where} has ${name} ${bound}, which does not fit a ${type}`);
    }
  }
  if (item.minValue !== undefined && item.maxValue !== undefined && item.minValue > item.maxValue) {
    problems.push(`${where} has minValue above maxValue`);
  }
  if (type === "group" && (item.item ?? []).length === 0)
    problems.push(`${where} is an empty group`);
  if (type !== "group" && item.item !== undefined)
    problems.push(`${where} has items but is not a group`);
  if (unanswerableTypes.includes(type) && item.required) {
    problems.push(
      `${where} is required, but a ${type} takes no answer: require its questions instead`,
    );
  }
  return problems;
}

function ruleProblems(
  rule: EligibilityRule,
  index: number,
  items: ReadonlyMap<string, { item: QuestionnaireItem; index: number }>,
): string[] {
  const where = `rule ${index + 1} ("${rule.reasonCode}")`;
  const problems: string[] = [];
  if (!codePattern.test(rule.reasonCode)) {
    problems.push(`${where} needs a reason code in lower-case letters, digits and hyphens`);
  }
  if (reservedReasonCodes.includes(rule.reasonCode)) {
    problems.push(`${where} uses a reason code kept for age and catchment checks`);
  }
  if (!(ruleOutcomeKinds as readonly string[]).includes(rule.outcome)) {
    problems.push(`${where} has unknown outcome "${rule.outcome}"`);
  }
  if (isBlank(rule.reason)) problems.push(`${where} has no reason`);
  if (isBlank(rule.signpost)) problems.push(`${where} has no signpost`);
  if (rule.when.length === 0) problems.push(`${where} has no conditions`);
  problems.push(...behaviourProblems(where, rule.when.length, rule.behavior));
  for (const condition of rule.when)
    problems.push(...conditionProblems(where, condition, items, undefined));
  return problems;
}

/** Every problem with a definition, in document order; empty when it may be used. */
export function questionnaireProblems(questionnaire: ReferralQuestionnaire): string[] {
  const problems: string[] = [];
  if (isBlank(questionnaire.id) || !idPattern.test(questionnaire.id)) {
    problems.push("the questionnaire needs an id of letters, digits, '.', '_' or '-'");
  }
  if (!Number.isSafeInteger(questionnaire.version) || questionnaire.version < 1) {
    problems.push("the version must be a whole number from 1");
  }
  if (isBlank(questionnaire.title)) problems.push("the questionnaire has no title");
  const flat = flattenItems(questionnaire.item);
  if (flat.length === 0) problems.push("the questionnaire has no items");

  const items = new Map<string, { item: QuestionnaireItem; index: number }>();
  flat.forEach(({ item }, index) => {
    if (!idPattern.test(item.linkId ?? "")) {
      problems.push(
        `item ${index + 1} has linkId "${item.linkId}": use letters, digits, '.', '_' or '-'`,
      );
    } else if (items.has(item.linkId)) {
      problems.push(`linkId "${item.linkId}" is used more than once`);
    } else {
      items.set(item.linkId, { item, index });
    }
  });

  flat.forEach(({ item }, index) => {
    const where = `item "${item.linkId}"`;
    problems.push(...itemShapeProblems(item, where));
    const conditions = item.enableWhen ?? [];
    problems.push(...behaviourProblems(where, conditions.length, item.enableBehavior));
    for (const condition of conditions) {
      problems.push(...conditionProblems(where, condition, items, index));
    }
  });

  const reasonCodes = questionnaire.rules.map((rule) => rule.reasonCode);
  questionnaire.rules.forEach((rule, index) => {
    if (reasonCodes.indexOf(rule.reasonCode) !== index) {
      problems.push(`reason code "${rule.reasonCode}" is used by more than one rule`);
    }
    problems.push(...ruleProblems(rule, index, items));
  });
  return problems;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * Checks a definition once, when it is loaded (at cold start, or when a new version is
 * published), and throws naming every problem: unique linkIds; conditions that look only at
 * earlier questions (so no cycles) with answers of the right type and choice answers among
 * the options; free text never compared; shapes that fit each item type; rules that name
 * real questions. Returns a frozen copy.
 */
export function loadQuestionnaire(definition: ReferralQuestionnaire): LoadedQuestionnaire {
  const problems = questionnaireProblems(definition);
  if (problems.length > 0) throw new QuestionnaireDefinitionError(definition, problems);
  return deepFreeze(structuredClone(definition)) as LoadedQuestionnaire;
}
