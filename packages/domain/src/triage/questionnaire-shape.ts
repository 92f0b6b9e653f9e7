import type { RedFlagId } from "./red-flags.ts";

/**
 * The shape of a same-day triage questionnaire: the versions (questionnaire-v1.ts…) are data
 * of this shape, which the API serves and the web renders, so wording lives in one place.
 * Question ids are the answer fields and error paths: never rename one within a version;
 * change wording or questions by adding a new version.
 */

export type YesNo = "yes" | "no";
export const yesNo: readonly YesNo[] = ["yes", "no"];

/** Show a section only when an earlier choice question has this answer. */
export interface ShowWhen {
  question: string;
  answer: string;
}

export interface YesNoQuestion {
  kind: "yes-no";
  id: string;
  label: string;
  hint?: string;
  /** Answering "yes" raises this flag and stops the journey. */
  redFlag: RedFlagId;
  /** Shown when the question is not answered. */
  errorMessage: string;
}

export interface ChoiceQuestion {
  kind: "choice";
  id: string;
  label: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  errorMessage: string;
}

export interface TextQuestion {
  kind: "text";
  id: string;
  label: string;
  hint?: string;
  maxLength: number;
  errorMessage: string;
  tooLongMessage: string;
}

export type Question = YesNoQuestion | ChoiceQuestion | TextQuestion;

export interface QuestionnaireSection {
  id: string;
  title: string;
  hint?: string;
  showWhen?: ShowWhen;
  questions: readonly Question[];
}

export interface Questionnaire {
  id: string;
  version: number;
  title: string;
  sections: readonly QuestionnaireSection[];
}

/**
 * Questions every triage questionnaire version must have, under these ids: who the
 * appointment is for (it picks the red-flag list), the free-text problem, and how long.
 */
export const triageQuestionIds = {
  appointmentFor: "appointmentFor",
  problem: "problem",
  duration: "duration",
} as const;

export type AppointmentFor = "myself" | "child";
