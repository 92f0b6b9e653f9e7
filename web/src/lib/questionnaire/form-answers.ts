import {
  type parseReferralQuestionnaire,
  readAnswers,
  type SelfReferralServiceSummary,
} from "@front-door/contracts";

/** A questionnaire that passed the shared checks, as the server holds it. */
export type Questionnaire = ReturnType<typeof parseReferralQuestionnaire>;
export type QuestionnaireItem = SelfReferralServiceSummary["questionnaire"]["item"][number];

/**
 * What the form holds, by input name, exactly as typed: the draft keeps these, so a half-typed
 * date or "six" comes back as the patient left it. Each question's input is named by its
 * linkId; a date's three boxes are linkId:day, linkId:month and linkId:year (":" is never in
 * a linkId, so the names cannot clash).
 */
export type FormValues = Readonly<Record<string, string>>;

export const datePartNames = (linkId: string) => ({
  day: `${linkId}:day`,
  month: `${linkId}:month`,
  year: `${linkId}:year`,
});

/** The id of a question's first input: where its error message and summary link point. */
export const questionFieldId = (linkId: string) => `q-${linkId}`;

/** Every item, groups and their questions, in the order a person reads them. */
export function allItems(items: readonly QuestionnaireItem[]): QuestionnaireItem[] {
  return items.flatMap((item) => [item, ...allItems(item.item ?? [])]);
}

const answerable = (item: QuestionnaireItem) => item.type !== "group" && item.type !== "display";

/**
 * Day, month and year boxes → "YYYY-MM-DD". All empty is no answer. Anything else that is not
 * a real date is passed on as typed, so the shared validation calls it what it is (not a
 * date) rather than the form quietly dropping it and calling it unanswered.
 */
export function dateAnswer(parts: {
  day: string;
  month: string;
  year: string;
}): string | undefined {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return undefined;
  if (/^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year)) {
    return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  }
  return `${year}-${month}-${day}`;
}

const wholeNumber = /^[-+]?\d+$/;
const decimalNumber = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/** One question's answer from the form, typed as the questionnaire says; undefined if blank. */
function answerOf(item: QuestionnaireItem, values: FormValues): unknown {
  if (item.type === "date") {
    const names = datePartNames(item.linkId);
    return dateAnswer({
      day: values[names.day] ?? "",
      month: values[names.month] ?? "",
      year: values[names.year] ?? "",
    });
  }
  const raw = values[item.linkId] ?? "";
  if (raw.trim() === "") return undefined;
  switch (item.type) {
    case "boolean":
      return raw === "yes" ? true : raw === "no" ? false : raw;
    case "integer":
      return wholeNumber.test(raw.trim()) ? Number(raw.trim()) : raw.trim();
    case "decimal":
      return decimalNumber.test(raw.trim()) ? Number(raw.trim()) : raw.trim();
    default:
      // Choices by their code; free text as typed (the server trims it).
      return raw;
  }
}

/** Every answered question, typed (yes/no as true/false, numbers as numbers), by linkId. */
export function answersFromForm(
  questionnaire: Questionnaire,
  values: FormValues,
): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const item of allItems(questionnaire.item)) {
    if (!answerable(item)) continue;
    const answer = answerOf(item, values);
    if (answer !== undefined) answers[item.linkId] = answer;
  }
  return answers;
}

/** linkIds of the items the patient sees given these answers: the same rule as the server's. */
export function enabledItems(questionnaire: Questionnaire, values: FormValues): Set<string> {
  return new Set(readAnswers(questionnaire, answersFromForm(questionnaire, values)).enabled);
}

/**
 * The answers to send: only questions that apply. An answer left behind in a question that
 * has since disappeared (the patient changed their mind about an earlier answer) stays in the
 * form, in case they change back, but is not sent: it no longer applies.
 */
export function answersToSend(
  questionnaire: Questionnaire,
  values: FormValues,
): Record<string, unknown> {
  const answers = answersFromForm(questionnaire, values);
  const enabled = new Set(readAnswers(questionnaire, answers).enabled);
  return Object.fromEntries(Object.entries(answers).filter(([linkId]) => enabled.has(linkId)));
}

/**
 * The shared message, except where the form's own shape needs other words: the shared one for
 * a date gives the format on the wire, but the patient typed a day, month and year.
 */
export function answerMessage(
  item: QuestionnaireItem | undefined,
  problem: { code?: string; message: string },
): string {
  if (item?.type === "date" && problem.code === "wrong-type") {
    return "Enter a real date, for example 27 3 2026";
  }
  return problem.message;
}

/**
 * Answers (by linkId, typed) as the form holds them: the inverse of answersFromForm, for
 * starting from earlier answers. A date fills its three boxes; yes/no its radio.
 */
export function formValuesFromAnswers(
  questionnaire: Questionnaire,
  answers: Readonly<Record<string, boolean | number | string>>,
): FormValues {
  const values: Record<string, string> = {};
  for (const item of allItems(questionnaire.item)) {
    const answer = answers[item.linkId];
    if (!answerable(item) || answer === undefined) continue;
    if (item.type === "date" && typeof answer === "string") {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(answer);
      if (!match) continue;
      const names = datePartNames(item.linkId);
      values[names.day] = String(Number(match[3]));
      values[names.month] = String(Number(match[2]));
      values[names.year] = match[1] ?? "";
    } else if (item.type === "boolean" && typeof answer === "boolean") {
      values[item.linkId] = answer ? "yes" : "no";
    } else {
      values[item.linkId] = String(answer);
    }
  }
  return values;
}
