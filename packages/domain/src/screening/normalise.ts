import { spellingVariants } from "./spelling.data.ts";

/** Marks the end of a clause: a negation never reaches across one. */
export const clauseBreak = ".";

/** Words that start a new clause as a full stop would: "no fever but crushing chest pain". */
const clauseWords = new Set([
  "but",
  "however",
  "although",
  "though",
  "yet",
  "except",
  "and",
  "now",
  "whereas",
  "also",
  "then",
  "because",
  "so",
  "today",
]);

// Two-word forms people write either way; joined so the phrases need only one spelling.
const joinedPairs: Readonly<Record<string, string>> = {
  "can not": "cant",
  "do not": "dont",
  "does not": "doesnt",
  "did not": "didnt",
  "will not": "wont",
  "have not": "havent",
  "has not": "hasnt",
  "is not": "isnt",
};

/**
 * Words of the text, lower case, without apostrophes; clause-ending punctuation and joining
 * words become `clauseBreak`; known misspellings become the word the phrases use.
 */
export function screeningWords(text: string): string[] {
  const spaced = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/['’‘`´]/g, "")
    .replace(/[.,;:!?()[\]{}"\r\n]+/g, ` ${clauseBreak} `)
    .replace(/[^a-z0-9.]+/g, " ");
  const words: string[] = [];
  for (const raw of spaced.split(" ")) {
    if (raw === "") continue;
    const word = raw === clauseBreak || /^\.+$/.test(raw) ? clauseBreak : raw.replace(/\./g, "");
    if (word === "") continue;
    const previous = words.at(-1);
    const pair = previous === undefined ? undefined : joinedPairs[`${previous} ${word}`];
    if (pair !== undefined) {
      words.splice(-1, 1, ...pair.split(" "));
      continue;
    }
    for (const part of (spellingVariants[word] ?? word).split(" ")) {
      const last = words.at(-1);
      const next = clauseWords.has(part) ? clauseBreak : part;
      if (next === clauseBreak && (last === clauseBreak || last === undefined)) continue;
      words.push(next);
    }
  }
  return words;
}
