import type { Principal } from "@front-door/contracts";
import type { AdviceForFhir, DocumentForFhir } from "@front-door/fhir";
import { type AdviceDocument, getAdviceRequest, getPatient, getSite } from "@front-door/store";
import type { AdviceDeps } from "./advice-shared.ts";

const documentOf = (d: AdviceDocument): DocumentForFhir => ({
  id: d.documentId,
  fileName: d.fileName,
  contentType: d.contentType,
  size: d.size,
});

/**
 * An advice request for its FHIR views, if the caller may read it: the patient who asked or
 * staff of its practice. Anyone else is told nothing (undefined: a 404, as with the request's
 * own routes). Only the messages of the thread go in: staff notes and audit events never do.
 */
export async function readableAdviceForFhir(
  deps: AdviceDeps,
  principal: Principal,
  requestId: string,
): Promise<AdviceForFhir | undefined> {
  const found = await getAdviceRequest(deps.db, deps.tableName, requestId);
  const request = found?.request;
  const allowed =
    request &&
    ((principal.role === "patient" && request.requesterId === principal.patientId) ||
      ((principal.role === "receptionist" || principal.role === "clinician") &&
        request.siteId === principal.siteId));
  if (!found || !request || !allowed) return undefined;
  const [patient, site] = await Promise.all([
    getPatient(deps.db, deps.tableName, request.requesterId),
    getSite(deps.db, deps.tableName, request.siteId),
  ]);
  const messages = found.entries
    .filter((e) => (e.kind === "from-practice" || e.kind === "from-patient") && e.visibleToPatient)
    .map((e) => ({
      seq: e.seq,
      at: e.at,
      from: e.kind === "from-practice" ? ("practice" as const) : ("patient" as const),
      text: e.text ?? "",
      ...(e.needsReply ? { needsReply: true } : {}),
      ...(e.signpost ? { signpost: e.signpost } : {}),
      documents: (e.documents ?? []).map(documentOf),
    }));
  const subject = request.subject;
  return {
    id: request.id,
    reference: request.reference,
    version: request.version,
    status: request.status,
    ...(request.outcome ? { outcome: request.outcome } : {}),
    urgent: request.urgent,
    category: request.category,
    problems: request.problems,
    requester: {
      nhsNumber: patient?.nhsNumber ?? "",
      name: patient ? `${patient.name.given} ${patient.name.family}` : "",
    },
    ...(subject.kind === "someone-i-care-for"
      ? { caredFor: { name: subject.name, relationship: subject.relationship } }
      : {}),
    site: { id: request.siteId, name: site?.name ?? request.siteId },
    ...(request.assignee?.kind === "role" ? { assignedRole: request.assignee.role } : {}),
    enteredByStaff: request.enteredBy.kind === "staff",
    submittedAt: request.submittedAt,
    updatedAt: request.updatedAt,
    replyDueAt: request.replyDueAt,
    ...(request.closedAt ? { closedAt: request.closedAt } : {}),
    documents: (request.documents ?? []).map(documentOf),
    messages,
  };
}
