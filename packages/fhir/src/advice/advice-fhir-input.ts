import type {
  AcceptedProblem,
  DocumentType,
  RequestCategory,
  RequestOutcome,
  RequestStatus,
} from "@front-door/domain";

/** A document as the journeys list it; its bytes stay in S3, behind the download route. */
export interface DocumentForFhir {
  id: string;
  /** The uploader's own words: FHIR JSON is data, shown inert by whoever renders it. */
  fileName: string;
  contentType: DocumentType;
  size: number;
}

/** One message of the thread, either way. Staff notes and audit events are never included. */
export interface AdviceMessageForFhir {
  seq: number;
  at: string;
  from: "practice" | "patient";
  text: string;
  needsReply?: boolean;
  signpost?: string;
  documents: DocumentForFhir[];
}

/** What the FHIR views of an online GP advice request are made from. */
export interface AdviceForFhir {
  id: string;
  reference: string;
  version: number;
  status: RequestStatus;
  outcome?: RequestOutcome;
  urgent: boolean;
  category: RequestCategory;
  problems: AcceptedProblem[];
  /** The account holder who asked. */
  requester: { nhsNumber: string; name: string };
  /** Who it is about, when that is someone they care for (no NHS number is asked for them). */
  caredFor?: { name: string; relationship?: string | undefined };
  site: { id: string; name: string; odsCode?: string | undefined };
  /** A role the request was passed to ("clinician"): who in the practice has it. */
  assignedRole?: "receptionist" | "clinician";
  enteredByStaff: boolean;
  submittedAt: string;
  updatedAt: string;
  /** When a reply is promised by (an instant). */
  replyDueAt: string;
  closedAt?: string;
  documents: DocumentForFhir[];
  messages: AdviceMessageForFhir[];
}

/** The Task of a request: prefixed, so Task ids of the journeys never clash. */
export function adviceTaskId(requestId: string): string {
  return `advice-${requestId}`;
}

/** A message's Communication id: the request's id and the message's place in the thread. */
export function adviceCommunicationId(requestId: string, seq: number): string {
  return `${requestId}-${seq}`;
}

/** The request id and sequence number back from a Communication id; undefined if malformed. */
export function adviceMessageOf(
  communicationId: string,
): { requestId: string; seq: number } | undefined {
  const match = /^(.+)-(\d{1,9})$/.exec(communicationId);
  if (!match) return undefined;
  return { requestId: match[1] as string, seq: Number(match[2]) };
}
