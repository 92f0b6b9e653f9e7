import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import {
  Conflict,
  InvalidInput,
  NotFound,
  type PracticeSettings,
  practiceSettingsWithDefaults,
} from "@front-door/domain";
import {
  type AdviceEntryRecord,
  type AdviceRequestRecord,
  getAdviceRequest,
  getAdviceSettings,
} from "@front-door/store";

export interface AdviceDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  now: () => Date;
}

export async function settingsOf(
  deps: AdviceDeps,
  siteId: string,
): Promise<{ settings: PracticeSettings; version: number }> {
  const saved = await getAdviceSettings(deps.db, deps.tableName, siteId);
  return { settings: practiceSettingsWithDefaults(saved?.settings), version: saved?.version ?? 0 };
}

/** A request of the caller's own site; another site's looks exactly like one that is absent. */
export async function siteRequest(deps: AdviceDeps, siteId: string, requestId: string) {
  const found = await getAdviceRequest(deps.db, deps.tableName, requestId);
  if (!found || found.request.siteId !== siteId) throw new NotFound("No such request");
  return found;
}

/** A request the caller made; anyone else's looks exactly like one that is absent. */
export async function patientRequest(deps: AdviceDeps, patientId: string, requestId: string) {
  const found = await getAdviceRequest(deps.db, deps.tableName, requestId);
  if (!found || found.request.requesterId !== patientId) throw new NotFound("No such request");
  return found;
}

/** If-Match as a version: `"3"`, `W/"3"` or `3`; absent is undefined, anything else refused. */
export function versionFromIfMatch(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined || ifMatch.trim() === "") return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(ifMatch.trim());
  if (!match) {
    throw new InvalidInput("If-Match must be the version the request was shown with", [
      { path: "if-match", message: "Send the version the request was shown with" },
    ]);
  }
  return Number(match[1]);
}

export const changedMeanwhile = () =>
  new Conflict(
    "Someone else changed this request while you were looking at it. Reload it to see what they did.",
    "advice_changed_meanwhile",
  );

/** A new thread entry, numbered after the request's last. */
export function nextEntry(
  request: AdviceRequestRecord,
  entry: Omit<AdviceEntryRecord, "requestId" | "seq">,
  offset = 1,
): AdviceEntryRecord {
  return { requestId: request.id, seq: request.lastSeq + offset, ...entry };
}

/** The thread as the patient sees it: messages and the events shown to them, no notes. */
export function patientThread(entries: readonly AdviceEntryRecord[]) {
  return entries.filter((entry) => entry.visibleToPatient).map(entryView);
}

export function entryView(entry: AdviceEntryRecord) {
  return {
    seq: entry.seq,
    at: entry.at,
    kind: entry.kind,
    by: entry.by,
    ...(entry.actorId ? { actorId: entry.actorId } : {}),
    ...(entry.action ? { action: entry.action } : {}),
    ...(entry.text !== undefined ? { text: entry.text } : {}),
    ...(entry.needsReply !== undefined ? { needsReply: entry.needsReply } : {}),
    ...(entry.signpost ? { signpost: entry.signpost } : {}),
    ...(entry.outcome ? { outcome: entry.outcome } : {}),
    ...(entry.toStatus ? { toStatus: entry.toStatus } : {}),
    ...(entry.documents?.length ? { documents: entry.documents } : {}),
  };
}

export function requestView(request: AdviceRequestRecord, thread: ReturnType<typeof entryView>[]) {
  return {
    id: request.id,
    reference: request.reference,
    siteId: request.siteId,
    category: request.category,
    subject: request.subject,
    status: request.status,
    ...(request.outcome ? { outcome: request.outcome } : {}),
    urgent: request.urgent,
    submittedAt: request.submittedAt,
    replyDueDate: request.replyDueDate,
    replyDueAt: request.replyDueAt,
    version: request.version,
    problems: request.problems,
    documents: request.documents ?? [],
    contact: request.contact,
    thread,
    ...(request.offer ? { offer: request.offer } : {}),
    ...(request.appointment ? { appointment: request.appointment } : {}),
  };
}
