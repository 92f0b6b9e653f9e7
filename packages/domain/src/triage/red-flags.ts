/**
 * Red flags: signs that mean a person needs help faster than a GP appointment can give.
 * A flag id names the clinical concern, not the question that asks about it, so a later
 * questionnaire version can reword or split a question and still raise the same flag.
 * Flag ids are stored in audit records and counted: never rename one.
 *
 * "call-999" is for signs that can be life-threatening within minutes; "go-to-a-and-e" for
 * signs that need hospital care now but where getting there yourself can be safe;
 * "mental-health-crisis" for suicide or self-harm with intent, which has its own routes.
 */
export type Urgency = "call-999" | "go-to-a-and-e" | "mental-health-crisis";

/** Whose list a flag belongs to: adults and children under 16 have different signs. */
export type RedFlagPopulation = "adult" | "child";

export interface RedFlagDefinition {
  population: RedFlagPopulation;
  urgency: Urgency;
  /** Plain English, second person: what the person told us and why it matters. */
  reason: string;
}

export const redFlags = {
  // Adults (DOMAIN.md "Red flags").
  "chest-pain": {
    population: "adult",
    urgency: "call-999",
    reason: "You told us you have severe or crushing chest pain. This can be a heart attack.",
  },
  "stroke-signs": {
    population: "adult",
    urgency: "call-999",
    reason:
      "You told us your face has dropped on one side, you cannot lift both arms, or you are having trouble speaking. These can be signs of a stroke.",
  },
  "breathing-difficulty": {
    population: "adult",
    urgency: "call-999",
    reason:
      "You told us you are struggling to breathe, choking, or your mouth, tongue or throat is swelling.",
  },
  "severe-allergic-reaction": {
    population: "adult",
    urgency: "call-999",
    reason:
      "You told us you may be having a severe allergic reaction. This can get worse very quickly.",
  },
  "prolonged-fit": {
    population: "adult",
    urgency: "call-999",
    reason:
      "You told us you have had a fit that lasted more than 5 minutes, fits one after another, or your first fit.",
  },
  "unconscious-or-confused": {
    population: "adult",
    urgency: "call-999",
    reason: "You told us you have passed out, or have suddenly become confused.",
  },
  "thunderclap-headache": {
    population: "adult",
    urgency: "call-999",
    reason:
      "You told us you have had a sudden, very bad headache. This can be a sign of bleeding in the brain.",
  },
  "uncontrolled-bleeding": {
    population: "adult",
    urgency: "go-to-a-and-e",
    reason: "You told us you are bleeding heavily, or the bleeding will not stop.",
  },
  "serious-injury": {
    population: "adult",
    urgency: "go-to-a-and-e",
    reason: "You told us you have been seriously injured.",
  },
  "severe-burn": {
    population: "adult",
    urgency: "go-to-a-and-e",
    reason: "You told us you have a bad burn.",
  },
  "severe-abdominal-pain": {
    population: "adult",
    urgency: "go-to-a-and-e",
    reason: "You told us you have severe pain in your tummy.",
  },
  "suicide-or-self-harm-intent": {
    population: "adult",
    urgency: "mental-health-crisis",
    reason:
      "You told us you are thinking about ending your life or seriously hurting yourself, and you might act on these thoughts. You deserve help straight away.",
  },

  // Children under 16: the NHS's published urgent signs for children, in our own words.
  "child-breathing-difficulty": {
    population: "child",
    urgency: "call-999",
    reason:
      "You told us the child is struggling to breathe, choking, or their breathing has stopped or paused.",
  },
  "child-skin-colour": {
    population: "child",
    urgency: "call-999",
    reason:
      "You told us the child's skin, lips or tongue look blue, grey, very pale or blotchy. This can mean they are not getting enough oxygen or have sepsis.",
  },
  "child-non-fading-rash": {
    population: "child",
    urgency: "call-999",
    reason:
      "You told us the child has a rash that does not fade under a glass. This can be a sign of meningitis or sepsis.",
  },
  "child-unresponsive": {
    population: "child",
    urgency: "call-999",
    reason: "You told us the child is floppy, not responding to you, or very hard to wake.",
  },
  "child-fit": {
    population: "child",
    urgency: "call-999",
    reason:
      "You told us the child is having a fit, has had their first fit, or has had a fit that lasted more than 5 minutes.",
  },
  "child-severe-allergic-reaction": {
    population: "child",
    urgency: "call-999",
    reason:
      "You told us the child's mouth, lips, tongue or throat is swelling, or they may be having a severe allergic reaction.",
  },
  "child-severe-dehydration": {
    population: "child",
    urgency: "go-to-a-and-e",
    reason: "You told us the child has signs of being very dehydrated.",
  },
  "baby-high-temperature": {
    population: "child",
    urgency: "go-to-a-and-e",
    reason:
      "You told us the child is a baby under 3 months old with a temperature of 38°C or higher. Babies this young need to be checked in hospital straight away.",
  },
  "child-serious-injury": {
    population: "child",
    urgency: "go-to-a-and-e",
    reason:
      "You told us the child has a serious injury, a bad burn, or bleeding that will not stop.",
  },
  "child-swallowed-harmful": {
    population: "child",
    urgency: "go-to-a-and-e",
    reason:
      "You told us the child has swallowed a button battery, a magnet, or medicine or chemicals not meant for them. These can cause serious harm within hours, even if the child seems well.",
  },
  "child-suicide-or-self-harm-intent": {
    population: "child",
    urgency: "mental-health-crisis",
    reason:
      "You told us the child has seriously hurt themselves on purpose, or you think they might try to end their life. They need help straight away.",
  },
} as const satisfies Record<string, RedFlagDefinition>;

export type RedFlagId = keyof typeof redFlags;

export const redFlagIds = Object.keys(redFlags) as RedFlagId[];

/** Most urgent first: when flags disagree, the advice follows the most urgent one. */
export const urgencyOrder: readonly Urgency[] = [
  "call-999",
  "go-to-a-and-e",
  "mental-health-crisis",
];
