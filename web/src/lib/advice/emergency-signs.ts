import type { adviceEmergencySigns } from "@front-door/domain";

type SignId =
  | (typeof adviceEmergencySigns.adult)[number]
  | (typeof adviceEmergencySigns.child)[number];

/**
 * "Do you have any of these?": each sign in the words a person would use to spot it. A record
 * over every sign in the lists, so a sign added to the data without words here fails to build.
 */
export const emergencySignLabels: Readonly<Record<SignId, string>> = {
  "chest-pain": "Severe or crushing chest pain",
  "stroke-signs": "Face dropping on one side, cannot lift both arms, or trouble speaking",
  "breathing-difficulty": "Struggling to breathe, choking, or a swelling mouth, tongue or throat",
  "severe-allergic-reaction": "A severe allergic reaction",
  "prolonged-fit": "A fit lasting more than 5 minutes, fits one after another, or a first fit",
  "unconscious-or-confused": "Passing out, or suddenly becoming confused",
  "uncontrolled-bleeding": "Heavy bleeding, or bleeding that will not stop",
  "severe-burn": "A bad burn",
  "thunderclap-headache": "A sudden, very bad headache",
  "serious-injury": "A serious injury",
  "suicide-or-self-harm-intent":
    "Thoughts of ending your life or seriously hurting yourself, and you might act on them",
  "severe-abdominal-pain": "Severe pain in your tummy",
  "child-breathing-difficulty": "Struggling to breathe, choking, or breathing stops or pauses",
  "child-skin-colour": "Skin, lips or tongue look blue, grey, very pale or blotchy",
  "child-non-fading-rash": "A rash that does not fade when you press a glass on it",
  "child-unresponsive": "Floppy, not responding to you, or very hard to wake",
  "child-fit": "A fit now, a first fit, or a fit lasting more than 5 minutes",
  "child-severe-allergic-reaction":
    "Swelling of the mouth, lips, tongue or throat, or a severe allergic reaction",
  "child-severe-dehydration": "Signs of being very dehydrated, like no wee for 12 hours",
  "baby-high-temperature": "A baby under 3 months old with a temperature of 38°C or higher",
  "child-serious-injury": "A serious injury, a bad burn, or bleeding that will not stop",
  "child-swallowed-harmful":
    "Swallowed a button battery, a magnet, or medicine or chemicals not meant for them",
  "child-suicide-or-self-harm-intent":
    "Has seriously hurt themselves on purpose, or might try to end their life",
};

/** The words for a sign the API lists; a sign this page has no words for still shows, plainly. */
export function emergencySignLabel(id: string): string {
  return (emergencySignLabels as Readonly<Record<string, string>>)[id] ?? id.replace(/-/g, " ");
}
