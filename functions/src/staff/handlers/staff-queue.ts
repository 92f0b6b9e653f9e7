import type { QueueEntry, routes, ServiceCode } from "@front-door/contracts";
import { Conflict, londonToday, NotFound } from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import {
  closeSameDayRequest,
  getSameDayRequest,
  requestsOfSiteDay,
  type SameDayRequestRecord,
} from "@front-door/store";
import { patientCache, patientSummary, type StaffDeps } from "./staff-shared.ts";

/** Urgent open requests, then other open ones, oldest first (the order to call back); the rest. */
function queueOrder(a: SameDayRequestRecord, b: SameDayRequestRecord): number {
  const rank = (r: SameDayRequestRecord) => (r.status === "open" ? (r.urgent ? 0 : 1) : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

/**
 * The site's same-day requests for a day, with each patient's name, NHS number (to find them
 * when they answer the phone, and to book), communication needs and their own description. Requests still in triage-passed "started" state are the patient's own
 * business until they ask for a call back, so the queue shows every other status.
 */
export function makeStaffQueue(deps: StaffDeps): RouteHandler<typeof routes.staffQueue> {
  return async ({ principal, query }) => {
    const date = query.date ?? londonToday(deps.now());
    const records = await requestsOfSiteDay(deps.db, deps.tableName, principal.siteId, date);
    const patientOf = patientCache(deps);
    const requests: QueueEntry[] = await Promise.all(
      records
        .filter((request) => request.status !== "started")
        .sort(queueOrder)
        .map(async (request) => {
          const patient = await patientOf(request.patientId);
          return {
            id: request.id,
            status: request.status,
            service: request.service as ServiceCode,
            createdAt: request.createdAt,
            ...(request.description ? { description: request.description } : {}),
            ...(request.urgent ? { urgent: true as const } : {}),
            ...(request.outcome ? { outcome: request.outcome } : {}),
            ...(request.closedAt ? { closedAt: request.closedAt } : {}),
            ...(request.appointmentId ? { appointmentId: request.appointmentId } : {}),
            ...(patient
              ? { patient: { ...patientSummary(patient), nhsNumber: patient.nhsNumber } }
              : {}),
          };
        }),
    );
    return { body: { date, requests } };
  };
}

/** Closes an open request at the receptionist's own site with what happened. */
export function makeStaffQueueClose(deps: StaffDeps): RouteHandler<typeof routes.staffQueueClose> {
  return async ({ principal, params, body }) => {
    const request = await getSameDayRequest(deps.db, deps.tableName, params.requestId);
    if (!request || request.siteId !== principal.siteId) {
      throw new NotFound("There is no request with that id in your site's queue", [
        { path: "requestId", message: "Choose a request from the queue" },
      ]);
    }
    const outcome = await closeSameDayRequest(
      deps.db,
      deps.tableName,
      request.id,
      body.outcome,
      deps.now(),
    );
    switch (outcome.kind) {
      case "closed":
        return { body: { id: request.id, status: "closed", outcome: body.outcome } };
      case "not-open":
        throw new Conflict(
          `This request is not open (it is ${outcome.status ?? "gone"}), so it cannot be closed.`,
          "request_not_open",
        );
      default: {
        const unknown: never = outcome;
        throw new Error(`unknown outcome ${JSON.stringify(unknown)}`);
      }
    }
  };
}
