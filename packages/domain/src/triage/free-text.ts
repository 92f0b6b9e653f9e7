import type { ScreeningCategory } from "../screening/emergency-phrases.data.ts";
import { screenFields } from "../screening/fields.ts";
import { type Advice, emergencyAdvice } from "./advice.ts";
import type { RawTriageAnswers } from "./answers.ts";
import { type Questionnaire, visibleSections } from "./questionnaire.ts";
import { type RedFlagId, redFlags, type Urgency } from "./red-flags.ts";

/** What the patient's own words raised: ids only, so it can be stored, counted and logged. */
export interface FreeTextEmergency {
  categories: ScreeningCategory[];
  phraseIds: string[];
  flags: RedFlagId[];
}

/**
 * Screens every free-text answer the person can see with the shared emergency phrases. The
 * yes/no questions stay the main check; this catches someone who ticks "no" and then writes
 * "crushing chest pain", rather than treating their words as something nobody reads today.
 */
export function screenTriageFreeText(
  questionnaire: Questionnaire,
  answers: RawTriageAnswers,
): FreeTextEmergency | undefined {
  const fields: Record<string, string> = {};
  for (const section of visibleSections(questionnaire, answers)) {
    for (const question of section.questions) {
      const value = answers[question.id];
      if (question.kind === "text" && typeof value === "string") fields[question.id] = value;
    }
  }
  return screenWords(fields);
}

const whyNotBooked: Record<Urgency, string> = {
  "call-999":
    "You cannot book a same-day appointment for this, because what you wrote suggests you need help sooner than a GP appointment can give.",
  "go-to-a-and-e":
    "You cannot book a same-day appointment for this, because what you wrote suggests you need help sooner than a GP appointment can give.",
  "mental-health-crisis":
    "Please get help now, rather than waiting for a same-day appointment. You do not have to cope with this alone.",
};

/**
 * The same routes as a ticked red flag. The reason says what we read, not what the person
 * "told us": a phrase match can be wrong, and they can say so.
 */
export function freeTextAdvice(
  emergency: Pick<FreeTextEmergency, "flags">,
  whyStopped: Readonly<Record<Urgency, string>> = whyNotBooked,
): Advice {
  const urgencies = [...new Set(emergency.flags.map((flag) => redFlags[flag].urgency))];
  const advice = emergencyAdvice(
    urgencies.map((urgency) => ({
      urgency,
      reason: "What you wrote suggests you may need urgent help.",
    })),
    whyStopped,
  );
  return { ...advice, reasons: [...new Set(advice.reasons)] };
}

/** The shared screening's answer for some named fields, as ids only (or undefined if clear). */
export function screenWords(
  fields: Readonly<Record<string, string>>,
): FreeTextEmergency | undefined {
  const outcome = screenFields(fields);
  if (outcome.kind === "clear") return undefined;
  return {
    categories: outcome.categories,
    phraseIds: [...new Set(outcome.matches.map((match) => match.phraseId))],
    flags: [...new Set(outcome.matches.map((match) => match.redFlag))],
  };
}
