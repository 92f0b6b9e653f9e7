import { parseReferralQuestionnaire } from "@front-door/contracts";
import { type RequestType, requestQuestionnaires } from "@front-door/domain";
import { formatDate } from "../format.ts";
import { allItems, answersToSend, type Questionnaire } from "../questionnaire/form-answers.ts";

/** A request type's short questions, checked by the same loader the server uses. */
const loaded = new Map<RequestType, Questionnaire>();
export function questionsFor(type: RequestType): Questionnaire {
  let questionnaire = loaded.get(type);
  if (!questionnaire) {
    questionnaire = parseReferralQuestionnaire(requestQuestionnaires[type]);
    loaded.set(type, questionnaire);
  }
  return questionnaire;
}

/** The answers to send for a type's questions, read from the form values as typed. */
export function answersOf(type: RequestType, values: Record<string, string>) {
  return answersToSend(questionsFor(type), values);
}

function shown(item: ReturnType<typeof allItems>[number], answer: unknown): string {
  if (typeof answer === "boolean") return answer ? "Yes" : "No";
  if (item.type === "choice") {
    return item.answerOption?.find((o) => o.code === answer)?.display ?? String(answer);
  }
  if (item.type === "date" && typeof answer === "string") return formatDate(answer);
  return String(answer);
}

/** Each answered question and its answer, in words, for "Check your answers". */
export function answerRows(
  type: RequestType,
  values: Record<string, string>,
): { question: string; answer: string }[] {
  const questionnaire = questionsFor(type);
  const answers = answersOf(type, values);
  return allItems(questionnaire.item).flatMap((item) =>
    item.linkId in answers
      ? [{ question: item.text, answer: shown(item, answers[item.linkId]) }]
      : [],
  );
}
