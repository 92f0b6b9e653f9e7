import { type RequestType, requestQuestionnaires, requestTypes } from "@front-door/domain";
import type { FormValues } from "./settings-form.ts";

/**
 * A request taken on the phone: the same short questions per type the online form asks (the
 * questionnaires are data), read back into the answers the API checks.
 */

export const answerFieldId = (linkId: string) => `answer-${linkId}`;

/** The questions to ask for a type, flat (these questionnaires have no groups). */
export function questionsFor(type: RequestType) {
  return requestQuestionnaires[type].item.filter((item) => item.type !== "group");
}

export function isRequestType(value: string): value is RequestType {
  return (requestTypes as readonly string[]).includes(value);
}

/** Each answer as the API takes it: a code, true or false, or text; unanswered ones left out. */
export function answersFromForm(type: RequestType, values: FormValues): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const item of questionsFor(type)) {
    const typed = values.get(answerFieldId(item.linkId))?.toString().trim() ?? "";
    if (typed === "") continue;
    answers[item.linkId] = item.type === "boolean" ? typed === "yes" : typed;
  }
  return answers;
}

/** The input an API error path is about: an answer, the NHS number, or the patient's words. */
export function phoneFieldId(path: string): string {
  if (path.startsWith("nhsNumber")) return "nhsNumber";
  const answer = /^problems\.0\.answers\.(\w+)/.exec(path);
  if (answer?.[1]) return answerFieldId(answer[1]);
  if (path.startsWith("problems.0.description") || path.startsWith("problems"))
    return "description";
  if (path.startsWith("contact")) return "contact-method";
  return "nhsNumber";
}
