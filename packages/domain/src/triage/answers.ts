import type { FieldProblem } from "../errors.ts";
import {
  type Question,
  type Questionnaire,
  redFlagQuestions,
  visibleSections,
} from "./questionnaire.ts";
import type { RedFlagId } from "./red-flags.ts";

/** Answers keyed by question id, as the form sends them. Checked before any use. */
export type RawTriageAnswers = Readonly<Record<string, unknown>>;

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

const visibleQuestions = (questionnaire: Questionnaire, answers: RawTriageAnswers): Question[] =>
  visibleSections(questionnaire, answers).flatMap((section) => section.questions);

/**
 * The red flags raised: every visible yes/no question answered "yes", in the order asked.
 * Questions in sections that do not apply (the children's list when the appointment is for
 * the person themself) are not asked, so their answers are not read.
 */
export function raisedRedFlags(
  questionnaire: Questionnaire,
  answers: RawTriageAnswers,
): RedFlagId[] {
  const flags = redFlagQuestions(questionnaire, answers)
    .filter((question) => answers[question.id] === "yes")
    .map((question) => question.redFlag);
  return [...new Set(flags)];
}

/**
 * Questions the person can see but has not answered. An unanswered red-flag question is
 * never taken as "no": it must be answered before anyone may go on to book. Once any red
 * flag is raised nothing more is needed: advice must not wait for the rest of the form.
 */
export function answersStillNeeded(
  questionnaire: Questionnaire,
  answers: RawTriageAnswers,
): FieldProblem[] {
  if (raisedRedFlags(questionnaire, answers).length > 0) return [];
  return visibleQuestions(questionnaire, answers)
    .filter((question) => isBlank(answers[question.id]))
    .map((question) => ({ path: question.id, message: question.errorMessage }));
}

function invalidAnswer(question: Question, value: unknown): string | undefined {
  switch (question.kind) {
    case "yes-no":
      return value === "yes" || value === "no" ? undefined : question.errorMessage;
    case "choice":
      return question.options.some((option) => option.value === value)
        ? undefined
        : question.errorMessage;
    case "text":
      if (typeof value !== "string") return question.errorMessage;
      return value.trim().length > question.maxLength ? question.tooLongMessage : undefined;
    default: {
      const unknownKind: never = question;
      throw new Error(`Unknown question kind: ${JSON.stringify(unknownKind)}`);
    }
  }
}

/** Every problem with a set of answers, one message per question, in the order asked. */
export function triageAnswerProblems(
  questionnaire: Questionnaire,
  answers: RawTriageAnswers,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const question of visibleQuestions(questionnaire, answers)) {
    const value = answers[question.id];
    const message = isBlank(value) ? question.errorMessage : invalidAnswer(question, value);
    if (message) problems.push({ path: question.id, message });
  }
  return problems;
}
