import type {
  ChoiceQuestion,
  Question,
  Questionnaire,
  QuestionnaireSection,
  YesNo,
  YesNoQuestion,
} from "./questionnaire-shape.ts";
import { sameDayTriageV1 } from "./questionnaire-v1.ts";

/**
 * The same-day triage questionnaire's versions and what is worked out from one: the shape is
 * in questionnaire-shape.ts, each version's wording in its own file.
 */
export * from "./questionnaire-shape.ts";
export { sameDayTriageV1 } from "./questionnaire-v1.ts";

/** Every published version, by number; old ones stay so audit records can be read back. */
export const triageQuestionnaires: Readonly<Record<number, Questionnaire>> = {
  [sameDayTriageV1.version]: sameDayTriageV1,
};

export const currentTriageQuestionnaire = sameDayTriageV1;

type QuestionOf<Q extends Questionnaire> = Q["sections"][number]["questions"][number];
type AnswerTo<Qn extends Question> = Qn extends ChoiceQuestion
  ? Qn["options"][number]["value"]
  : Qn extends YesNoQuestion
    ? YesNo
    : string;

/**
 * Well-formed answers to one questionnaire version, by question id. Every answer is optional
 * here because which ones are required depends on earlier answers; see answersStillNeeded.
 */
export type TriageAnswersTo<Q extends Questionnaire> = { questionnaireVersion: Q["version"] } & {
  [Qn in QuestionOf<Q> as Qn["id"]]?: AnswerTo<Qn>;
};

export function allQuestions(questionnaire: Questionnaire): Question[] {
  return questionnaire.sections.flatMap((section) => section.questions);
}

/** The sections a person sees, given their answers so far. */
export function visibleSections(
  questionnaire: Questionnaire,
  answers: Readonly<Record<string, unknown>>,
): QuestionnaireSection[] {
  return questionnaire.sections.filter(
    (section) =>
      !section.showWhen || answers[section.showWhen.question] === section.showWhen.answer,
  );
}

/** The yes/no red-flag questions a person must answer, given who the appointment is for. */
export function redFlagQuestions(
  questionnaire: Questionnaire,
  answers: Readonly<Record<string, unknown>>,
): YesNoQuestion[] {
  return visibleSections(questionnaire, answers)
    .flatMap((section) => section.questions)
    .filter((question): question is YesNoQuestion => question.kind === "yes-no");
}
