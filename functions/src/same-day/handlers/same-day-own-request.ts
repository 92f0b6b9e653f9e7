import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { Conflict, londonToday, NotFound } from "@front-door/domain";
import { getSameDayRequest, type SameDayRequestRecord } from "@front-door/store";

/** What every same-day patient handler needs: the table, and a clock tests can set. */
export interface SameDayDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  now: () => Date;
}

/** The one service this journey books: a same-day GP appointment. */
export const sameDayService = "same-day-gp";

/**
 * The caller's own request. Another patient's request is "not found", exactly as a missing
 * one is, so nobody can learn that someone else's request exists.
 */
export async function ownRequest(
  deps: Pick<SameDayDeps, "db" | "tableName">,
  patientId: string,
  requestId: string,
): Promise<SameDayRequestRecord> {
  return ownedRequest(await getSameDayRequest(deps.db, deps.tableName, requestId), patientId);
}

/** A request read (alone or in a batch), if it is the caller's own; else "not found". */
export function ownedRequest(
  request: SameDayRequestRecord | undefined,
  patientId: string,
): SameDayRequestRecord {
  if (!request || request.patientId !== patientId) {
    throw new NotFound(
      "We could not find that request. Start again: answer the questions to ask for an appointment today",
    );
  }
  return request;
}

const notOpen: Record<SameDayRequestRecord["status"], string | undefined> = {
  started: undefined,
  open: undefined,
  allocated:
    "You already have an appointment for this request. See it, or cancel it, in Your appointments",
  closed:
    "The practice has already dealt with this request. Ask again if you still need help today",
  diverted:
    "Your answers showed you need help faster than a GP appointment. Call 999, go to A&E, or call 111 if you are not sure",
  unmet: "This request was for another day. Ask again if you still need help today",
};

/** A request still looking for an appointment today (started, or waiting for a call back). */
export function requireOpenToday(request: SameDayRequestRecord, now: Date): void {
  const problem =
    request.localDate !== londonToday(now) &&
    (request.status === "started" || request.status === "open")
      ? notOpen.unmet
      : notOpen[request.status];
  if (problem) throw new Conflict(problem, "request_not_open");
}
