import type { RawTriageAnswers } from "./answers.ts";
import type { TriageAssessment } from "./assess.ts";
import type { FreeTextEmergency } from "./free-text.ts";
import {
  type AppointmentFor,
  type Questionnaire,
  redFlagQuestions,
  triageQuestionIds,
  type YesNo,
} from "./questionnaire.ts";
import type { RedFlagId } from "./red-flags.ts";

/**
 * What is kept for audit about every triage, diverted or not. It may be logged and counted,
 * so it holds no free text: only the choice of who the appointment was for and the yes/no
 * answers, copied by question id from the questionnaire, so nothing else can slip in.
 */
export interface TriageRecord {
  questionnaireId: string;
  questionnaireVersion: number;
  appointmentFor?: AppointmentFor;
  /** Yes/no answers by question id. A question left unanswered before a diversion is absent. */
  answers: Record<string, YesNo>;
  flags: RedFlagId[];
  /**
   * When the patient's own words read as an emergency: which phrases and categories (never the
   * words), and whether they said it was not what they meant (then the request went on, urgent).
   */
  freeText?: FreeTextEmergency & { patientSaidNotEmergency: boolean };
  outcome: TriageAssessment["kind"];
  /** ISO 8601, UTC. */
  assessedAt: string;
}

export function buildTriageRecord(input: {
  questionnaire: Questionnaire;
  answers: RawTriageAnswers;
  outcome: TriageAssessment;
  assessedAt: Date;
}): TriageRecord {
  const { questionnaire, answers, outcome } = input;
  const yesNoAnswers: Record<string, YesNo> = {};
  // Only the questions that were asked: answers to a list that did not apply were not assessed.
  for (const question of redFlagQuestions(questionnaire, answers)) {
    const value = answers[question.id];
    if (value === "yes" || value === "no") {
      yesNoAnswers[question.id] = value;
    }
  }
  const appointmentFor = answers[triageQuestionIds.appointmentFor];
  return {
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    ...(appointmentFor === "myself" || appointmentFor === "child" ? { appointmentFor } : {}),
    answers: yesNoAnswers,
    flags: outcome.kind === "red-flag" ? [...outcome.flags] : [],
    ...freeTextRecord(outcome),
    outcome: outcome.kind,
    assessedAt: input.assessedAt.toISOString(),
  };
}

function freeTextRecord(outcome: TriageAssessment): Pick<TriageRecord, "freeText"> {
  if (outcome.kind === "red-flag" && outcome.freeText) {
    return { freeText: { ...outcome.freeText, patientSaidNotEmergency: false } };
  }
  if (outcome.kind === "proceed" && outcome.urgent) {
    return { freeText: { ...outcome.urgent, patientSaidNotEmergency: true } };
  }
  return {};
}
