/** What a patient can ask their practice online (DOMAIN.md "Online GP advice"). */
export const medicalRequestTypes = [
  "new-problem",
  "ongoing-problem",
  "medication-question",
] as const;
export const adminRequestTypes = [
  "fit-note",
  "test-results",
  "repeat-prescription-query",
  "letter-or-form",
  "referral-question",
  "something-else",
] as const;

export const requestTypes = [...medicalRequestTypes, ...adminRequestTypes] as const;
export type RequestType = (typeof requestTypes)[number];

export type RequestCategory = "medical" | "admin";

export function categoryOf(type: RequestType): RequestCategory {
  return (medicalRequestTypes as readonly string[]).includes(type) ? "medical" : "admin";
}

export const requestTypeNames: Readonly<Record<RequestType, string>> = {
  "new-problem": "A new problem",
  "ongoing-problem": "An ongoing problem",
  "medication-question": "A question about medication",
  "fit-note": "A fit note",
  "test-results": "Test results",
  "repeat-prescription-query": "A question about a repeat prescription",
  "letter-or-form": "A letter or form",
  "referral-question": "A question about a referral",
  "something-else": "Something else",
};
