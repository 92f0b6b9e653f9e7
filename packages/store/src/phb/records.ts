import type {
  CaredForPerson,
  PhbApplicationDetails,
  PhbCase,
  PhbFlaggedWords,
  PhbStage,
  ReviewReminder,
} from "@front-door/domain";

/** A PHB application as stored: who applied, for whom, what they said, and the case itself. */
export interface PhbApplicationRecord {
  id: string;
  /** Short, for the phone: "PHB-7K2Q9D". */
  reference: string;
  /** The signed-in person who applied: only they see it among "my applications". */
  applicantPatientId: string;
  /** When applying for someone else; absent when the budget is for the applicant. */
  forSomeoneElse?: CaredForPerson;
  details: PhbApplicationDetails;
  case: PhbCase;
  /** Every change is conditional on it (If-Match). */
  version: number;
  /** Supporting documents sent with the application: what they are, never where or the bytes. */
  documents?: PhbDocument[];
  /** The person's own words raised an emergency flag: categories and field names, never text. */
  flaggedWords?: PhbFlaggedWords;
  /** The team was reminded of the review due then (the reminders job); shown in the queue. */
  reviewReminder?: ReviewReminder;
  createdAt: string;
  updatedAt: string;
}

export interface PhbDocument {
  documentId: string;
  fileName: string;
  contentType: "application/pdf" | "image/jpeg" | "image/png";
  size: number;
}

/** Documents the applicant attaches with this write: theirs, accepted, unattached. */
export interface PhbAttach {
  documentIds: readonly string[];
  ownerUserId: string;
  now: Date;
}

export interface PhbEventRecord {
  applicationId: string;
  at: string;
  seq: number;
  action: string;
  by: "patient" | "team";
  actorId: string;
  from: PhbStage;
  to: PhbStage;
  reasons?: string;
  /** What this change's words raised, for the audit timeline (never the words). */
  flaggedWords?: Omit<PhbFlaggedWords, "at">;
  patientFacing: boolean;
}

export interface PhbHeadline {
  applicationId: string;
  reference: string;
  routeId: string;
  stage: PhbStage;
  createdAt: string;
  updatedAt: string;
  forName?: string;
}
