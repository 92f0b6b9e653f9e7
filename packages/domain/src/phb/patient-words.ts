import type { ScreeningCategory } from "../screening/emergency-phrases.data.ts";
import { screenFields } from "../screening/fields.ts";
import { type Advice, emergencyAdvice } from "../triage/advice.ts";
import { redFlags, type Urgency } from "../triage/red-flags.ts";
import type { PhbApplicationDetails } from "./application.ts";

export interface PatientWordsInput {
  application?: Pick<PhbApplicationDetails, "outcomes" | "currentSupport">;
  answer?: string;
  comments?: string;
  reasons?: string;
}

/**
 * Every piece of free text the person writes about themselves, by field name (`outcomes.0`,
 * `currentSupport.1.description`, `answer`…): the one place free-text emergency screening
 * (packages/domain/src/screening) plugs in, so an outcome like "stop wanting to end my life"
 * is noticed wherever it was written, and the team learns which field without the text.
 */
export function patientWordFields(input: PatientWordsInput): Record<string, string> {
  const fields: Record<string, string> = {};
  input.application?.outcomes.forEach((outcome, i) => {
    fields[`outcomes.${i}`] = outcome;
  });
  input.application?.currentSupport.forEach((support, i) => {
    fields[`currentSupport.${i}.description`] = support.description;
  });
  if (input.answer) fields.answer = input.answer;
  if (input.comments) fields.comments = input.comments;
  if (input.reasons) fields.reasons = input.reasons;
  return Object.fromEntries(Object.entries(fields).filter(([, text]) => text.trim() !== ""));
}

/** The same words as a plain list. */
export function patientWords(input: PatientWordsInput): string[] {
  return Object.values(patientWordFields(input));
}

/** What the PHB team is shown when the person's words raised a flag: never the words. */
export interface PhbFlaggedWords {
  at: string;
  categories: ScreeningCategory[];
  /** Field names only (`outcomes.0`, `answer`…). */
  fields: string[];
}

/** A PHB application is not urgent care: it is kept, but nobody should wait on it for help. */
const keptButNotForUrgentHelp: Readonly<Record<Urgency, string>> = {
  "call-999":
    "We have kept your application and told the personal health budgets team, but they cannot help in an emergency. Do not wait for them.",
  "go-to-a-and-e":
    "We have kept your application and told the personal health budgets team, but they cannot help in an emergency. Do not wait for them.",
  "mental-health-crisis":
    "We have kept your application and told the personal health budgets team, but please do not wait for them: get help now.",
};

/**
 * Screens the person's own words. A match never refuses anything: the caller keeps the
 * application, flags it for the team and shows the advice at once. Undefined when clear.
 */
export function screenPatientWords(
  input: PatientWordsInput,
  at: string,
): { flagged: PhbFlaggedWords; advice: Advice } | undefined {
  const screening = screenFields(patientWordFields(input));
  if (screening.kind === "clear") return undefined;
  const flags = [...new Set(screening.matches.map((match) => match.redFlag))];
  return {
    flagged: {
      at,
      categories: screening.categories,
      fields: [...new Set(screening.matches.map((match) => match.field))],
    },
    advice: emergencyAdvice(
      flags.map((flag) => ({
        urgency: redFlags[flag].urgency,
        reason: "What you wrote suggests you may need urgent help.",
      })),
      keptButNotForUrgentHelp,
    ),
  };
}

/** An earlier flag and a new one together: the team sees everything raised, dated by the last. */
export function mergeFlaggedWords(
  earlier: PhbFlaggedWords | undefined,
  later: PhbFlaggedWords,
): PhbFlaggedWords {
  if (!earlier) return later;
  return {
    at: later.at,
    categories: [...new Set([...earlier.categories, ...later.categories])],
    fields: [...new Set([...earlier.fields, ...later.fields])],
  };
}
