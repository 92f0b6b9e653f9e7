import { InvalidInput } from "../errors.ts";
import { type Advice, adviceFor } from "./advice.ts";
import { type RawTriageAnswers, raisedRedFlags, triageAnswerProblems } from "./answers.ts";
import { type FreeTextEmergency, freeTextAdvice, screenTriageFreeText } from "./free-text.ts";
import { type AppointmentFor, type Questionnaire, triageQuestionIds } from "./questionnaire.ts";
import type { RedFlagId } from "./red-flags.ts";

/** What a practice needs to act on a same-day request that passed triage. */
export interface TriageSummary {
  questionnaireId: string;
  questionnaireVersion: number;
  appointmentFor: AppointmentFor;
  /** Clinical free text, trimmed: store it with the request for the practice; never log it. */
  problem: string;
  /** A duration option value, such as "1-to-3-days". */
  duration: string;
}

export type TriageAssessment =
  | {
      kind: "red-flag";
      flags: RedFlagId[];
      advice: Advice;
      /** Present when the patient's own words raised the flags, not a "yes". */
      freeText?: FreeTextEmergency;
    }
  | {
      kind: "proceed";
      summary: TriageSummary;
      /** Words that read as an emergency, which the patient said they did not mean: urgent. */
      urgent?: FreeTextEmergency;
    };

export interface TriageOptions {
  /** The patient saw the diversion their words raised and said that is not what they meant. */
  freeTextNotEmergency?: boolean;
}

/**
 * Decides whether someone may go on to same-day slots.
 *
 * The yes/no answers decide first. The free text is then screened with the shared emergency
 * phrases: a phrase list misses many ways people describe an emergency, so it never stands in
 * for the questions, but someone who ticks "no" and writes "crushing chest pain" is diverted
 * as a "yes" would be. They may say that is not what they meant; the request then goes on,
 * marked urgent for the practice, never dropped.
 *
 * A single "yes" diverts at once, even with other questions unanswered, so advice never
 * waits on the rest of the form. Otherwise every question shown must be answered: an
 * unanswered red-flag question is an InvalidInput naming it, never a silent "no".
 */
export function assessTriage(
  answers: RawTriageAnswers,
  questionnaire: Questionnaire,
  options: TriageOptions = {},
): TriageAssessment {
  const flags = raisedRedFlags(questionnaire, answers);
  if (flags.length > 0) return { kind: "red-flag", flags, advice: adviceFor(flags) };

  const problems = triageAnswerProblems(questionnaire, answers);
  if (problems.length > 0) throw new InvalidInput("Answer every question", problems);

  const freeText = screenTriageFreeText(questionnaire, answers);
  if (freeText && !options.freeTextNotEmergency) {
    return { kind: "red-flag", flags: freeText.flags, advice: freeTextAdvice(freeText), freeText };
  }
  return {
    kind: "proceed",
    ...(freeText ? { urgent: freeText } : {}),
    summary: {
      questionnaireId: questionnaire.id,
      questionnaireVersion: questionnaire.version,
      appointmentFor: answers[triageQuestionIds.appointmentFor] as AppointmentFor,
      problem: String(answers[triageQuestionIds.problem]).trim(),
      duration: String(answers[triageQuestionIds.duration]),
    },
  };
}
