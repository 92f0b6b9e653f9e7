import { InvalidInput } from "../errors.ts";
import { type Advice, adviceFor } from "./advice.ts";
import { type RawTriageAnswers, raisedRedFlags, triageAnswerProblems } from "./answers.ts";
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
  | { kind: "red-flag"; flags: RedFlagId[]; advice: Advice }
  | { kind: "proceed"; summary: TriageSummary };

/**
 * Decides whether someone may go on to same-day slots.
 *
 * Only the yes/no answers decide. The free-text problem is never searched for words like
 * "chest pain": a keyword match would miss most ways people describe an emergency, and
 * every miss would look like a checked, safe answer — false reassurance. People say what is
 * wrong through the red-flag questions; the free text is for the practice to read.
 *
 * A single "yes" diverts at once, even with other questions unanswered, so advice never
 * waits on the rest of the form. Otherwise every question shown must be answered: an
 * unanswered red-flag question is an InvalidInput naming it, never a silent "no".
 */
export function assessTriage(
  answers: RawTriageAnswers,
  questionnaire: Questionnaire,
): TriageAssessment {
  const flags = raisedRedFlags(questionnaire, answers);
  if (flags.length > 0) return { kind: "red-flag", flags, advice: adviceFor(flags) };

  const problems = triageAnswerProblems(questionnaire, answers);
  if (problems.length > 0) throw new InvalidInput("Answer every question", problems);

  return {
    kind: "proceed",
    summary: {
      questionnaireId: questionnaire.id,
      questionnaireVersion: questionnaire.version,
      appointmentFor: answers[triageQuestionIds.appointmentFor] as AppointmentFor,
      problem: String(answers[triageQuestionIds.problem]).trim(),
      duration: String(answers[triageQuestionIds.duration]),
    },
  };
}
