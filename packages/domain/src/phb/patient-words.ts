import type { PhbApplicationDetails } from "./application.ts";

/**
 * Every piece of free text the person writes about themselves, in one list: the one place
 * free-text emergency screening (screenFreeText, packages/domain/src/screening) plugs in, so
 * an outcome like "stop wanting to end my life" is noticed wherever it was written.
 */
export function patientWords(input: {
  application?: Pick<PhbApplicationDetails, "outcomes" | "currentSupport">;
  answer?: string;
  comments?: string;
  reasons?: string;
}): string[] {
  const words: string[] = [];
  if (input.application) {
    words.push(...input.application.outcomes);
    words.push(...input.application.currentSupport.map((support) => support.description));
  }
  for (const text of [input.answer, input.comments, input.reasons]) {
    if (text) words.push(text);
  }
  return words.filter((text) => text.trim() !== "");
}
