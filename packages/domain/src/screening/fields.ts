import type { Urgency } from "../triage/red-flags.ts";
import type { ScreeningCategory } from "./emergency-phrases.data.ts";
import { emergencyOf, type ScreeningMatch, screenFreeText } from "./screen.ts";

/** A match and which field it came from (the field's name, never its text). */
export interface FieldScreeningMatch extends ScreeningMatch {
  field: string;
}

export type FieldsScreeningOutcome =
  | { kind: "clear" }
  | {
      kind: "emergency";
      urgency: Urgency;
      categories: ScreeningCategory[];
      matches: FieldScreeningMatch[];
    };

/**
 * Screens several named free-text fields at once (a request's problems, a referral's answers),
 * so a journey asks once and learns which fields raised what.
 */
export function screenFields(
  fields: Readonly<Record<string, string | undefined>>,
): FieldsScreeningOutcome {
  const matches: FieldScreeningMatch[] = [];
  for (const [field, text] of Object.entries(fields)) {
    if (text === undefined) continue;
    const outcome = screenFreeText(text);
    if (outcome.kind === "emergency") {
      matches.push(...outcome.matches.map((match) => ({ ...match, field })));
    }
  }
  const overall = emergencyOf(matches);
  return overall.kind === "clear" ? overall : { ...overall, matches };
}
