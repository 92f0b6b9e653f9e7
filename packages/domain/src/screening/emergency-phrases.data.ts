import type { RedFlagId } from "../triage/red-flags.ts";

/**
 * Emergency phrases to look for in what a patient writes, as data. Reviewed by clinicians,
 * not by code: add a phrase here and every journey that screens free text picks it up.
 *
 * Pattern language (matched against the normalised text, see normalise.ts):
 * - words separated by spaces must appear in that order, next to each other;
 * - "a|b" is either word; a trailing "?" makes a word optional;
 * - "~" stands for up to three words of any kind ("pain ~ chest" matches "pain in my chest").
 *
 * Phrase ids are stored in diversion records and counted: never rename one, retire it instead.
 */
export interface EmergencyPhrase {
  id: string;
  category: ScreeningCategory;
  patterns: readonly string[];
}

/** What the patient seems to describe. Each maps to a red flag, for its urgency and advice. */
export const screeningCategories = {
  "chest-pain": "chest-pain",
  stroke: "stroke-signs",
  breathing: "breathing-difficulty",
  "choking-or-swelling": "breathing-difficulty",
  fits: "prolonged-fit",
  "unconscious-or-confused": "unconscious-or-confused",
  bleeding: "uncontrolled-bleeding",
  "allergic-reaction": "severe-allergic-reaction",
  burns: "severe-burn",
  "thunderclap-headache": "thunderclap-headache",
  "serious-injury": "serious-injury",
  "suicide-or-self-harm": "suicide-or-self-harm-intent",
  "severe-abdominal-pain": "severe-abdominal-pain",
  "child-breathing": "child-breathing-difficulty",
  "child-skin-colour": "child-skin-colour",
  "child-non-fading-rash": "child-non-fading-rash",
  "child-unresponsive": "child-unresponsive",
  "child-fit": "child-fit",
  "child-dehydration": "child-severe-dehydration",
  "baby-high-temperature": "baby-high-temperature",
  "child-swallowed-harmful": "child-swallowed-harmful",
} as const satisfies Record<string, RedFlagId>;

export type ScreeningCategory = keyof typeof screeningCategories;

const child = "child|baby|son|daughter|toddler|infant|newborn|he|she|kid";

export const emergencyPhrases: readonly EmergencyPhrase[] = [
  {
    id: "chest-pain",
    category: "chest-pain",
    patterns: [
      "chest pain|pains|tightness|pressure",
      "pain|pains|pressure|tightness ~ chest",
      "tight|crushing|heavy chest",
      "heart attack",
    ],
  },
  {
    id: "stroke-face-arm-speech",
    category: "stroke",
    patterns: [
      "face drooping|droopy|dropped|dropping|drooped",
      "face has|is drooped|dropped|drooping",
      "slurred|slurring speech|words",
      "speech is slurred|slurring",
      "cant lift ~ arm|arms",
      "having|had a stroke",
      "think ~ stroke",
      "signs of a stroke",
    ],
  },
  {
    id: "breathing-difficulty",
    category: "breathing",
    patterns: [
      "cant breathe|breathing",
      "cant catch ~ breath|breathe",
      "struggling|struggle|fighting|gasping to|for breathe|breath|air",
      "struggling|struggle to breathe",
      "difficulty|trouble|problems|problem|hard|difficult breathing",
      "hard|difficult|unable to breathe",
      "severely|very short of breathe|breath",
      "lips|face ~ turning|gone|going blue",
    ],
  },
  {
    id: "choking-or-swelling",
    category: "choking-or-swelling",
    patterns: [
      "choking",
      "throat|tongue|lips|mouth ~ swelling|swollen|closing",
      "swelling|swollen ~ throat|tongue|lips|mouth",
      "cant swallow",
    ],
  },
  {
    id: "fit-not-stopping",
    category: "fits",
    patterns: [
      "seizure|fit|fits|fitting ~ wont|not stop|stopping",
      "having a seizure|fit",
      "having seizure|seizures|fits",
      "convulsing|convulsion|convulsions",
      "first ever? seizure|fit",
    ],
  },
  {
    id: "unconscious-or-confused",
    category: "unconscious-or-confused",
    patterns: [
      "unconscious",
      "passed|blacked out",
      "collapsed",
      "wont|cant wake up",
      "suddenly confused",
      "sudden confusion",
    ],
  },
  {
    id: "bleeding-not-stopping",
    category: "bleeding",
    patterns: [
      "bleeding ~ wont|not stop|stopping",
      "wont|cant stop ~ bleeding",
      "heavy|heavily|severe bleeding",
      "lots of bleeding",
      "bleeding heavily|badly|a lot",
      "coughing|vomiting|throwing up? blood",
      "lots of blood",
    ],
  },
  {
    id: "severe-allergic-reaction",
    category: "allergic-reaction",
    patterns: [
      "anaphylaxis|anaphylactic",
      "severe|bad|serious allergic reaction",
      "allergic reaction ~ throat|breathe|breathing|swelling",
      "used my? epipen",
    ],
  },
  {
    id: "severe-burn",
    category: "burns",
    patterns: [
      "severe|serious|bad|big|large|deep burn|burns",
      "badly burned|burnt|scalded",
      "burned|burnt|scalded ~ badly",
    ],
  },
  {
    id: "thunderclap-headache",
    category: "thunderclap-headache",
    patterns: [
      "thunderclap",
      "worst headache ~ life",
      "sudden|suddenly severe|bad|terrible|worst headache",
    ],
  },
  {
    id: "serious-injury",
    category: "serious-injury",
    patterns: [
      "head injury",
      "hit my? head ~ knocked out",
      "hit by a? car|van|bus|lorry",
      "bone ~ sticking out",
      "stabbed",
      "fell from height",
      "broken neck|back",
    ],
  },
  {
    id: "suicide-or-self-harm",
    category: "suicide-or-self-harm",
    patterns: [
      "suicidal",
      "suicide",
      "kill|killing myself",
      "end|ending|take|taking my own? life",
      "want to die",
      "better off dead",
      "dont want to live",
      "dont want to be alive|here",
      "harm|harming myself",
      "self harm|harming",
      "selfharm|selfharming",
      "overdose|overdosed",
    ],
  },
  {
    id: "severe-abdominal-pain",
    category: "severe-abdominal-pain",
    patterns: [
      "severe|agonising|unbearable|excruciating|terrible|worst stomach|tummy|abdominal|belly pain|ache",
      "stomach|tummy|abdominal|belly pain|ache ~ severe|agonising|unbearable|excruciating",
    ],
  },
  // Children (DOMAIN.md: children have their own list).
  {
    id: "child-breathing",
    category: "child-breathing",
    patterns: [`${child} ~ grunting`, "ribs|tummy sucking in", "pauses in ~ breathing"],
  },
  {
    id: "child-skin-colour",
    category: "child-skin-colour",
    patterns: ["blue|grey lips|tongue|skin", "mottled", "turning|gone|going blue|grey"],
  },
  {
    id: "child-non-fading-rash",
    category: "child-non-fading-rash",
    patterns: [
      "rash ~ doesnt|wont|not fade",
      "rash ~ under|with a glass",
      "non blanching|nonblanching",
    ],
  },
  {
    id: "child-unresponsive",
    category: "child-unresponsive",
    patterns: ["floppy", "unresponsive", `${child} ~ wont|not waking|wake`],
  },
  {
    id: "child-fit",
    category: "child-fit",
    patterns: ["febrile convulsion|seizure|fit"],
  },
  {
    id: "child-dehydration",
    category: "child-dehydration",
    patterns: [
      "no wet nappies|nappy",
      "not|hasnt|havent had a? wee",
      "not|hasnt|havent had a? wet nappy",
      "not weeing",
    ],
  },
  {
    id: "baby-high-temperature",
    category: "baby-high-temperature",
    patterns: ["newborn|baby|infant ~ high temperature|temp", "newborn|baby|infant ~ fever"],
  },
  {
    id: "child-swallowed-harmful",
    category: "child-swallowed-harmful",
    patterns: [
      "swallowed|drunk|drank|ate ~ bleach|battery|batteries|magnet|magnets|pills|tablets|medicine|poison",
    ],
  },
];
