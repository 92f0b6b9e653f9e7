import type {
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  ReferralActorRole,
  ReferralEvent,
  ReferralState,
} from "@front-door/domain";

/**
 * A self-referral as stored: the domain's state (stage, FHIR status, priority, rejection…) plus
 * who, where and when. `version` goes up by one with every change; each change is conditional
 * on the version it read, so two staff acting at once cannot both win.
 */
export interface ReferralRecord extends ReferralState {
  id: string;
  /** Readable on the phone, like a booking reference. */
  reference: string;
  patientId: string;
  serviceId: string;
  serviceCode: string;
  siteId: string;
  icbId: string;
  /** The answers as the service keeps them (free text included: never logged). */
  response: QuestionnaireResponse;
  questionnaire: { id: string; version: number };
  submittedAt: string;
  updatedAt: string;
  /**
   * What the service asked and what the patient answered, oldest first: the patient's own
   * words (free text: never logged, never in a message), kept with the referral like its
   * answers.
   */
  informationGiven?: InformationGiven[];
  /** The first clinical decision (accept, accept and book, reject): time to triage. */
  triagedAt?: string;
  version: number;
}

export interface InformationGiven {
  /** The service's question, as it was asked. */
  request: string;
  answer: string;
  at: string;
  /** Who sent it: the patient, or staff writing down what the patient said. */
  by: ReferralActorRole;
}

/** One entry on a referral's timeline: what happened, who did it and when. The audit trail. */
export interface ReferralEventRecord extends ReferralEvent {
  referralId: string;
  at: string;
  seq: number;
  /** The user who acted (patient id or staff user id); their role is `by`. */
  actorId: string;
  fromStage: ReferralState["stage"];
  toStage: ReferralState["stage"];
}

/** What the patient's "your referrals" list reads, one item per referral in their partition. */
export interface PatientReferralHeadline {
  referralId: string;
  reference: string;
  serviceId: string;
  serviceCode: string;
  siteId: string;
  stage: ReferralState["stage"];
  status: ReferralState["status"];
  submittedAt: string;
  updatedAt: string;
}

export interface ReferralActorRecord {
  role: ReferralActorRole;
  id: string;
}

/** One answered item of a stored QuestionnaireResponse (nested by group). */
export type QuestionnaireAnswerItem = QuestionnaireResponseItem;
