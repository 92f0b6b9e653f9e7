import type { TriageQuestionnaire } from "@front-door/contracts";

type Section = TriageQuestionnaire["sections"][number];
type Question = Section["questions"][number];

export type TriageStep = "who" | "signs" | "problem";
export const triageSteps: readonly TriageStep[] = ["who", "signs", "problem"];

/** Each step's question, which is also the page title while it shows. */
export function stepTitle(step: TriageStep, person: string | undefined): string {
  if (step === "who") return "Who is the appointment for?";
  if (step === "signs") {
    return person === "child" ? "Does the child have any of these?" : "Do you have any of these?";
  }
  return "About the problem";
}

/** The person choices' question: the sections without a condition that hold a choice. */
export function whoQuestions(questionnaire: TriageQuestionnaire): Question[] {
  const [first] = questionnaire.sections;
  return first ? [...first.questions] : [];
}

/** The yes/no emergency questions shown for one answer to "who is it for?". */
export function signQuestions(
  questionnaire: TriageQuestionnaire,
  person: string,
): (Question & { kind: "yes-no" })[] {
  return questionnaire.sections
    .filter((s) => s.showWhen?.answer === person)
    .flatMap((s) => s.questions)
    .filter((q): q is Question & { kind: "yes-no" } => q.kind === "yes-no");
}

/** Whatever is asked for everyone after the first section: the problem and how long. */
export function problemSections(questionnaire: TriageQuestionnaire): Section[] {
  return questionnaire.sections.slice(1).filter((s) => !s.showWhen);
}

/**
 * The API's answers from the steps: every sign shown for the person is "yes" when ticked and
 * "no" otherwise, so the contract's yes/no questions are all answered.
 */
export function signAnswers(
  questionnaire: TriageQuestionnaire,
  person: string,
  ticked: ReadonlySet<string>,
): Record<string, string> {
  return Object.fromEntries(
    signQuestions(questionnaire, person).map((q) => [q.id, ticked.has(q.id) ? "yes" : "no"]),
  );
}

/** Which step holds the question an API error is about. */
export function stepOfQuestion(questionnaire: TriageQuestionnaire, questionId: string): TriageStep {
  if (whoQuestions(questionnaire).some((q) => q.id === questionId)) return "who";
  const section = questionnaire.sections.find((s) => s.questions.some((q) => q.id === questionId));
  return section?.showWhen ? "signs" : "problem";
}
