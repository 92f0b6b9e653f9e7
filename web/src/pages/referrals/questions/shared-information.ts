import type { SelfReferralServiceSummary } from "@front-door/contracts";

type PatientInformation = SelfReferralServiceSummary["informationNeeded"][number];

/** What the service reads from the patient's record, in their words. */
const informationWords: Record<PatientInformation, string> = {
  name: "name",
  "date-of-birth": "date of birth",
  "nhs-number": "NHS number",
  address: "address",
  contact: "contact details",
  "registered-gp-practice": "GP practice",
  "communication-needs": "communication needs",
  "accessibility-needs": "accessibility needs",
  carer: "carer's details",
};

function listInWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/**
 * Tell your story once: the service takes what it needs from the patient's details rather
 * than asking again, and the page says what that is before they send anything.
 */
export function sharedWithSentence(
  siteName: string,
  needed: readonly PatientInformation[],
): string {
  if (needed.length === 0) return `${siteName} will see your answers.`;
  return `${siteName} will see your answers, and your ${listInWords(needed.map((n) => informationWords[n]))}, which we take from Your details.`;
}
