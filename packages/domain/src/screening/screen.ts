import { type RedFlagId, redFlags, type Urgency, urgencyOrder } from "../triage/red-flags.ts";
import {
  type EmergencyPhrase,
  emergencyPhrases,
  type ScreeningCategory,
  screeningCategories,
} from "./emergency-phrases.data.ts";
import { clauseBreak, screeningWords } from "./normalise.ts";

/** A phrase that matched: ids only, never the patient's words, so it can be stored and logged. */
export interface ScreeningMatch {
  phraseId: string;
  category: ScreeningCategory;
  redFlag: RedFlagId;
}

export type ScreeningOutcome =
  | { kind: "clear" }
  | {
      kind: "emergency";
      /** The most urgent route among the matches. */
      urgency: Urgency;
      categories: ScreeningCategory[];
      matches: ScreeningMatch[];
    };

/** Words that turn the phrase after them into its opposite: "no chest pain". */
const negations = new Set([
  "no",
  "not",
  "denies",
  "deny",
  "denied",
  "denying",
  "never",
  "without",
  "nor",
  "none",
  "negative",
  "havent",
  "hasnt",
  "hadnt",
  "dont",
  "doesnt",
  "didnt",
  "isnt",
  "arent",
  "wasnt",
  "werent",
]);

/** How far back, within one clause, a negation still reaches. */
const negationReach = 5;

interface CompiledPhrase {
  phrase: EmergencyPhrase;
  patterns: RegExp[];
}

const word = "[a-z0-9]+";

function compilePattern(pattern: string): RegExp {
  const parts = pattern.split(" ").map((token) => {
    if (token === "~") return `(?:${word} ){0,3}`;
    const optional = token.endsWith("?");
    const alternatives = (optional ? token.slice(0, -1) : token).split("|");
    if (alternatives.some((alt) => !/^[a-z0-9]+$/.test(alt))) {
      throw new Error(`emergency phrase pattern "${pattern}" has a word that is not plain`);
    }
    const group = `(?:${alternatives.join("|")}) `;
    return optional ? `(?:${group})?` : group;
  });
  // Matched against " w1 w2 … wn ": every word is preceded and followed by a space.
  return new RegExp(`(?<= )${parts.join("")}`, "g");
}

const compiled: readonly CompiledPhrase[] = emergencyPhrases.map((phrase) => ({
  phrase,
  patterns: phrase.patterns.map(compilePattern),
}));

function negated(words: readonly string[], start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - negationReach; i--) {
    const before = words[i] as string;
    if (before === clauseBreak) return false;
    if (negations.has(before)) return true;
  }
  return false;
}

function phraseMatches(phrase: CompiledPhrase, words: readonly string[], line: string): boolean {
  for (const pattern of phrase.patterns) {
    for (const match of line.matchAll(pattern)) {
      // Words before the match = spaces before it, less the leading one.
      const start = line.slice(0, match.index).split(" ").length - 2;
      if (!negated(words, start)) return true;
    }
  }
  return false;
}

/**
 * Looks for emergency signs in a patient's own words. Shared by every journey that takes free
 * text (advice requests and replies now; same-day triage and self-referral next), so one list
 * of phrases decides everywhere. Errs towards flagging: a false alarm costs the patient one
 * click ("that is not what I meant"), a miss can cost far more.
 */
export function screenFreeText(text: string): ScreeningOutcome {
  const words = screeningWords(text);
  if (words.length === 0) return { kind: "clear" };
  const line = ` ${words.join(" ")} `;
  const matches: ScreeningMatch[] = [];
  for (const phrase of compiled) {
    if (phraseMatches(phrase, words, line)) {
      const { id: phraseId, category } = phrase.phrase;
      matches.push({ phraseId, category, redFlag: screeningCategories[category] });
    }
  }
  return emergencyOf(matches);
}

export function emergencyOf(matches: readonly ScreeningMatch[]): ScreeningOutcome {
  if (matches.length === 0) return { kind: "clear" };
  const urgencies = new Set(matches.map((match) => redFlags[match.redFlag].urgency));
  return {
    kind: "emergency",
    urgency: urgencyOrder.find((urgency) => urgencies.has(urgency)) ?? "call-999",
    categories: [...new Set(matches.map((match) => match.category))],
    matches: [...matches],
  };
}
