import type {
  AcceptedProblem,
  DocumentType,
  RequestActionType,
  RequestCategory,
  RequestOutcome,
  RequestStatus,
} from "@front-door/domain";

/** A document attached to a request or a reply, as listed: its record holds the rest. */
export interface AdviceDocument {
  documentId: string;
  /** The uploader's own words: shown inert. */
  fileName: string;
  contentType: DocumentType;
  size: number;
}

/** Who the request is about: the account holder, or someone they care for. */
export type AdviceSubject =
  | { kind: "self" }
  | { kind: "someone-i-care-for"; name: string; relationship?: string; dateOfBirth?: string };

export interface AdviceContact {
  method: "phone" | "text" | "email" | "online";
  phone?: string;
  /** When they can take a call, in their words (plain text). */
  times?: string;
  preferredClinician?: string;
}

export type AdviceAssignee =
  | { kind: "person"; userId: string; name?: string }
  | { kind: "role"; role: "receptionist" | "clinician" };

/** A time offered to the patient as an answer: the slot's place and time, as they read it. */
export interface AdviceOfferedTime {
  slotId: string;
  service: string;
  channel: "in-person" | "telephone" | "video";
  start: string;
  end: string;
  localDate: string;
  localStart: string;
}

/** Times held for the patient until `expiresAt`; they book one, the others are let go. */
export interface AdviceOffer {
  times: AdviceOfferedTime[];
  offeredAt: string;
  holdMinutes: number;
  expiresAt: string;
}

/** The appointment that answered the request. */
export interface AdviceAppointment extends AdviceOfferedTime {
  appointmentId: string;
  bookingReference: string;
  bookedBy: "patient" | "staff";
}

/** A phrase the free-text screening matched: ids and the field, never the words. */
export interface ScreeningFlag {
  field: string;
  phraseId: string;
  category: string;
  redFlag: string;
}

export interface AdviceRequestRecord {
  id: string;
  reference: string;
  siteId: string;
  icbId: string;
  /** The account that made it: only they (and the site's staff) see it. */
  requesterId: string;
  subject: AdviceSubject;
  category: RequestCategory;
  problems: AcceptedProblem[];
  /** Sent with the request (absent on requests made before attachments). */
  documents?: AdviceDocument[];
  contact: AdviceContact;
  status: RequestStatus;
  outcome?: RequestOutcome;
  urgent: boolean;
  /** Free text that raised a flag; the patient may say it was not meant that way. */
  screeningFlags: ScreeningFlag[];
  patientSaysNotAnEmergency?: boolean;
  assignee?: AdviceAssignee;
  enteredBy: { kind: "patient" } | { kind: "staff"; userId: string };
  submittedAt: string;
  updatedAt: string;
  /** What happens next (1 working day by default), and a reply (2): dates and instants. */
  nextStepDueDate: string;
  replyDueDate: string;
  replyDueAt: string;
  firstResponseAt?: string;
  /** Times held for the patient to choose from, while the offer stands. */
  offer?: AdviceOffer;
  /** Set when an appointment was the answer. */
  appointment?: AdviceAppointment;
  /** While awaiting the patient: when the request closes itself. */
  closesAt?: string;
  closedAt?: string;
  version: number;
  /** The last thread entry's number. */
  lastSeq: number;
}

/** One entry in a request's thread: a message either way, a staff note, or an audit event. */
export interface AdviceEntryRecord {
  requestId: string;
  seq: number;
  at: string;
  kind: "from-practice" | "from-patient" | "note" | "event";
  /** Notes and most events are staff only. */
  visibleToPatient: boolean;
  by: "patient" | "staff" | "system";
  actorId?: string;
  action?: RequestActionType | "submit";
  fromStatus?: RequestStatus;
  toStatus?: RequestStatus;
  /** Plain text, stored as written and shown inert. */
  text?: string;
  needsReply?: boolean;
  signpost?: string;
  outcome?: RequestOutcome;
  assignee?: AdviceAssignee;
  screeningFlags?: ScreeningFlag[];
  /** A patient's reply's own attachments. */
  documents?: AdviceDocument[];
}

export interface AdviceHeadline {
  requestId: string;
  reference: string;
  siteId: string;
  category: RequestCategory;
  subjectKind: AdviceSubject["kind"];
  status: RequestStatus;
  submittedAt: string;
  updatedAt: string;
  replyDueDate: string;
}
