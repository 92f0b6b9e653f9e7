import type { Principal } from "@front-door/contracts";
import { openStages } from "@front-door/domain";
import { adviceTaskId, adviceTaskStatus, phbTaskId, phbTaskStatus } from "@front-door/fhir";
import {
  adviceInbox,
  adviceRequestsOfPatient,
  phbApplicationsOf,
  phbQueue,
} from "@front-door/store";
import { type FhirDeps, FhirSearchError, type FhirSearchQuery } from "./fhir-resource-type.ts";
import { idsOf, referencedIdsOf, tokensOf } from "./search-value-parsing.ts";

/**
 * Where the PHB and advice journeys' searches find their candidates: the caller's own lists,
 * their ICB's PHB queue, their site's advice inbox. Each candidate is then read through the
 * type's own read, so what the caller may not see is absent.
 */

/** The patients a search names (`patient`), each once; a reference to another type names none. */
export function patientsOf(query: FhirSearchQuery): string[] | undefined {
  const given = referencedIdsOf(query, "patient", "Patient");
  return given ? [...new Set(given.filter((p) => p !== undefined))] : undefined;
}

/**
 * PHB application ids a search may match, newest first: the applicant's own; for the PHB team a
 * named patient's applications, else the ICB's queue at every open stage (one gsi1 Query a
 * stage, the same list the team's queue page reads).
 */
export async function phbCandidates(
  deps: FhirDeps,
  principal: Principal,
  patients: string[] | undefined,
): Promise<string[]> {
  if (principal.role === "patient") {
    if (patients && !patients.includes(principal.patientId)) return [];
    const own = await phbApplicationsOf(deps.db, deps.tableName, principal.patientId);
    return own.map((h) => h.applicationId);
  }
  if (principal.role !== "phb-team") return [];
  if (patients) {
    const lists = await Promise.all(
      patients.map((p) => phbApplicationsOf(deps.db, deps.tableName, p)),
    );
    return lists.flat().map((h) => h.applicationId);
  }
  const queue = await phbQueue(deps.db, deps.tableName, principal.icbId, openStages);
  return queue.map((r) => r.id);
}

/**
 * Advice request ids a search may match: the asker's own, newest first; for practice staff a
 * named patient's requests, else their site's open inbox (one gsi1 Query), and its closed
 * inbox only when the search asks for completed Tasks.
 */
export async function adviceCandidates(
  deps: FhirDeps,
  principal: Principal,
  patients: string[] | undefined,
  withClosed: boolean,
): Promise<string[]> {
  if (principal.role === "patient") {
    if (patients && !patients.includes(principal.patientId)) return [];
    const own = await adviceRequestsOfPatient(deps.db, deps.tableName, principal.patientId);
    return own.map((h) => h.requestId);
  }
  if (principal.role !== "receptionist" && principal.role !== "clinician") return [];
  if (patients) {
    const lists = await Promise.all(
      patients.map((p) => adviceRequestsOfPatient(deps.db, deps.tableName, p)),
    );
    return lists.flat().map((h) => h.requestId);
  }
  const inboxes = await Promise.all([
    adviceInbox(deps.db, deps.tableName, principal.siteId, true),
    withClosed ? adviceInbox(deps.db, deps.tableName, principal.siteId, false) : [],
  ]);
  return inboxes.flat().map((r) => r.id);
}

const taskStatuses = [
  ...new Set([...Object.values(phbTaskStatus), ...Object.values(adviceTaskStatus)]),
] as string[];

/** Task statuses asked for (`status`), checked against those the mappers emit. */
export function taskStatusesOf(query: FhirSearchQuery): string[] | undefined {
  return tokensOf(query, "status")?.map(({ system, code }) => {
    if (!taskStatuses.includes(code) || (system && system !== "http://hl7.org/fhir/task-status")) {
      throw new FhirSearchError("status", `status is one of ${taskStatuses.join(", ")}`);
    }
    return code;
  });
}

/**
 * The Task ids a Task search may match: by `_id`, else the caller's PHB applications and
 * advice requests (only the kinds their role reads).
 */
export async function taskCandidates(
  deps: FhirDeps,
  principal: Principal,
  query: FhirSearchQuery,
  statuses: string[] | undefined,
): Promise<string[]> {
  const ids = idsOf(query);
  const patients = patientsOf(query);
  if (ids && !patients) return [...new Set(ids)];
  const withClosed = !statuses || statuses.includes("completed");
  const [phb, advice] = await Promise.all([
    phbCandidates(deps, principal, patients),
    adviceCandidates(deps, principal, patients, withClosed),
  ]);
  const all = [...phb.map(phbTaskId), ...advice.map(adviceTaskId)];
  return ids ? all.filter((id) => ids.includes(id)) : all;
}

/** The id of the request or application a `Task/phb-…` or `Task/advice-…` reference names. */
export function taskTargetOf(
  taskId: string | undefined,
): { kind: "phb" | "advice"; id: string } | undefined {
  if (taskId?.startsWith(adviceTaskId(""))) {
    return { kind: "advice", id: taskId.slice(adviceTaskId("").length) };
  }
  if (taskId?.startsWith(phbTaskId(""))) {
    return { kind: "phb", id: taskId.slice(phbTaskId("").length) };
  }
  return undefined;
}
