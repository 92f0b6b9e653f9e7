import type { ReferralQuestionnaire } from "./questionnaire-model.ts";

/**
 * What the service needs from the patient's record and profile. These are reused, never asked
 * again ("tell your story once"): the form shows them for checking and asks only for what is
 * missing, which then goes into the profile.
 */
export const patientInformation = [
  "name",
  "date-of-birth",
  "nhs-number",
  "address",
  "contact",
  "registered-gp-practice",
  "communication-needs",
  "accessibility-needs",
  "carer",
] as const;
export type PatientInformation = (typeof patientInformation)[number];

/** Who may refer themselves, checked before any answer is read. */
export interface WhoCanRefer {
  /** Inclusive: 16 means from the 16th birthday. */
  minAgeYears?: number;
  /** Inclusive: 64 means until the day before the 65th birthday. */
  maxAgeYears?: number;
  /** ICBs whose patients (by registered GP practice) the service takes. */
  catchmentIcbIds: readonly string[];
  /** The catchment in words, for "This service is for people registered in …". */
  catchmentName: string;
  /** Where to go instead when outside the age range. */
  outsideAgeSignpost: string;
}

/**
 * A self-referral service at one site, in one ICB. Its questionnaire decides who it takes; a
 * referral it takes is for triage, and the service decides whether to accept it.
 */
export interface SelfReferralService {
  /** Stable: in URLs, keys and counts. */
  id: string;
  /** A code from the contracts' service catalogue; the site must offer it. */
  serviceCode: string;
  name: string;
  description: string;
  siteId: string;
  icbId: string;
  whoCanRefer: WhoCanRefer;
  /** The current version; older versions stay readable for referrals made with them. */
  questionnaire: ReferralQuestionnaire;
  informationNeeded: readonly PatientInformation[];
  /** Accepted referrals are booked online by the patient into this site's slots. */
  bookOnline: boolean;
}
