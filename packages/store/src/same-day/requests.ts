import { randomUUID } from "node:crypto";
import {
  type DynamoDBDocumentClient,
  GetCommand,
  TransactWriteCommand,
} from "@aws-sdk/lib-dynamodb";
import { failedConditions } from "../cancellation.ts";
import { type OnceWrite, transactWithRecord } from "../idempotency-records.ts";
import { keys } from "../keys.ts";
import { queryAll, recordOf } from "../query.ts";
import { isRetryableStoreError } from "../retry.ts";
import { countUpdate } from "./daily-counts.ts";

/**
 * A patient's request to be seen today: made after triage, whether or not they then book.
 * Diverted ones (a red flag) are recorded too — never silently dropped.
 */
export interface SameDayRequestRecord {
  id: string;
  patientId: string;
  siteId: string;
  icbId: string;
  service: string;
  localDate: string;
  createdAt: string;
  /**
   * started: triage passed, the patient is looking for a slot; open: in the site's callback
   * queue; allocated: given an appointment; closed: another outcome; diverted: red flag;
   * unmet: still started or open at the end of its day.
   */
  status: "started" | "open" | "allocated" | "closed" | "diverted" | "unmet";
  /** The triage record for audit: questionnaire version, yes/no answers, flags. No free text. */
  triage: Record<string, unknown>;
  /** The patient's own words, for the receptionist working the queue. Never logged. */
  description?: string;
  /** The patient's words read as an emergency and they said not: staff see it first. */
  urgent?: boolean;
  appointmentId?: string;
  outcome?: string;
  closedAt?: string;
}

/**
 * A new request's id: its site's id, then a random part. The slot page reads the sites near
 * the request's site beside the request itself, by this prefix, as a booking reads a slot's
 * site by the id slots begin with; the stored siteId is what counts, the prefix only a guess.
 */
export function newSameDayRequestId(siteId: string): string {
  return `${siteId}_${randomUUID()}`;
}

/** The site a request's id names (requests made before ids named one: none). */
export function siteOfRequestId(requestId: string): string | undefined {
  const at = requestId.lastIndexOf("_");
  return at > 0 ? requestId.slice(0, at) : undefined;
}

/**
 * Records a request and counts it (and, for a red flag, the diversion) in one transaction,
 * with the request's idempotency record when it has one.
 */
export async function recordSameDayRequest(
  db: DynamoDBDocumentClient,
  tableName: string,
  request: SameDayRequestRecord,
  once?: OnceWrite<SameDayRequestRecord>,
): Promise<void> {
  const diverted = request.status === "diverted";
  await transactWithRecord(
    db,
    [
      {
        Put: {
          TableName: tableName,
          Item: {
            ...keys.sameDayRequest(request.id),
            ...keys.requestInQueue(
              request.siteId,
              request.localDate,
              request.createdAt,
              request.id,
            ),
            type: "same-day-request",
            ...request,
          },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
      countUpdate(tableName, request, diverted ? { requests: 1, diversions: 1 } : { requests: 1 }),
    ],
    once ? { record: once.record, answer: once.answer(request) } : undefined,
  );
}

export async function getSameDayRequest(
  db: DynamoDBDocumentClient,
  tableName: string,
  requestId: string,
): Promise<SameDayRequestRecord | undefined> {
  const result = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.sameDayRequest(requestId),
      ConsistentRead: true,
    }),
  );
  return result.Item ? sameDayRequestOf(result.Item) : undefined;
}

/** A request as its item holds it (getSameDayRequest, or a batch of reads). */
export function sameDayRequestOf(item: Record<string, unknown>): SameDayRequestRecord {
  const { pk: _pk, sk: _sk, gsi1pk: _g, gsi1sk: _s, type: _t, ...request } = item;
  return request as unknown as SameDayRequestRecord;
}

/** A site's requests for one London date, oldest first: the queue a receptionist works. */
export async function requestsOfSiteDay(
  db: DynamoDBDocumentClient,
  tableName: string,
  siteId: string,
  localDate: string,
): Promise<SameDayRequestRecord[]> {
  const requests: SameDayRequestRecord[] = [];
  for (const item of await queryAll(db, {
    TableName: tableName,
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :queue",
    ExpressionAttributeValues: {
      ":queue": keys.requestInQueue(siteId, localDate, "", "").gsi1pk,
    },
  })) {
    requests.push(recordOf<SameDayRequestRecord>(item));
  }
  return requests;
}

/** The transaction entry that moves an open request to allocated (used inside a booking). */
export function allocateRequestUpdate(tableName: string, requestId: string, appointmentId: string) {
  return {
    Update: {
      TableName: tableName,
      Key: keys.sameDayRequest(requestId),
      ConditionExpression: "#status IN (:started, :open)",
      UpdateExpression: "SET #status = :allocated, #appointmentId = :appointment",
      ExpressionAttributeNames: { "#status": "status", "#appointmentId": "appointmentId" },
      ExpressionAttributeValues: {
        ":started": "started",
        ":open": "open",
        ":allocated": "allocated",
        ":appointment": appointmentId,
      },
    },
  };
}

export type CloseOutcome =
  | { kind: "closed" }
  | { kind: "not-open"; status?: SameDayRequestRecord["status"] };

/** Closes an open request with what happened (called back, pharmacy, NHS 111, other). */
export async function closeSameDayRequest(
  db: DynamoDBDocumentClient,
  tableName: string,
  requestId: string,
  outcome: string,
  now: Date,
): Promise<CloseOutcome> {
  try {
    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: tableName,
              Key: keys.sameDayRequest(requestId),
              ConditionExpression: "#status = :open",
              UpdateExpression: "SET #status = :closed, #outcome = :outcome, #closedAt = :now",
              ExpressionAttributeNames: {
                "#status": "status",
                "#outcome": "outcome",
                "#closedAt": "closedAt",
              },
              ExpressionAttributeValues: {
                ":open": "open",
                ":closed": "closed",
                ":outcome": outcome,
                ":now": now.toISOString(),
              },
            },
          },
        ],
      }),
    );
    return { kind: "closed" };
  } catch (error) {
    // Only the request's own condition (item 0) failing means it is no longer open.
    if (!failedConditions(error).includes(0)) throw error;
    const current = await getSameDayRequest(db, tableName, requestId);
    return { kind: "not-open", ...(current ? { status: current.status } : {}) };
  }
}

/**
 * At the end of a site's day, every request still started or open is marked unmet and counted, each in
 * its own transaction conditional on still being open: running it twice counts nothing twice.
 * A request whose write still failed after the store's retries is counted in `failed` and left
 * open for the next run, which closes it then; the rest of the day goes on.
 */
export async function closeDayAsUnmet(
  db: DynamoDBDocumentClient,
  tableName: string,
  siteId: string,
  localDate: string,
  now: Date,
): Promise<{ marked: number; failed: number }> {
  let marked = 0;
  let failed = 0;
  for (const request of await requestsOfSiteDay(db, tableName, siteId, localDate)) {
    if (request.status !== "open" && request.status !== "started") continue;
    try {
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: tableName,
                Key: keys.sameDayRequest(request.id),
                ConditionExpression: "#status IN (:started, :open)",
                UpdateExpression: "SET #status = :unmet, #closedAt = :now",
                ExpressionAttributeNames: { "#status": "status", "#closedAt": "closedAt" },
                ExpressionAttributeValues: {
                  ":started": "started",
                  ":open": "open",
                  ":unmet": "unmet",
                  ":now": now.toISOString(),
                },
              },
            },
            countUpdate(tableName, request, { unmet: 1 }),
          ],
        }),
      );
      marked += 1;
    } catch (error) {
      if (isRetryableStoreError(error)) failed += 1;
      // Closed meanwhile (item 0's condition): nothing to do.
      else if (!failedConditions(error).includes(0)) throw error;
    }
  }
  return { marked, failed };
}

/** A patient who found no slot asks for a call back: their request joins the site's queue. */
export async function askForCallback(
  db: DynamoDBDocumentClient,
  tableName: string,
  requestId: string,
  patientId: string,
): Promise<{ kind: "queued" } | { kind: "not-started"; status?: SameDayRequestRecord["status"] }> {
  try {
    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: tableName,
              Key: keys.sameDayRequest(requestId),
              // The patient id in the condition keeps one patient off another's request.
              ConditionExpression: "#status = :started AND #patientId = :patient",
              UpdateExpression: "SET #status = :open",
              ExpressionAttributeNames: { "#status": "status", "#patientId": "patientId" },
              ExpressionAttributeValues: {
                ":started": "started",
                ":open": "open",
                ":patient": patientId,
              },
            },
          },
        ],
      }),
    );
    return { kind: "queued" };
  } catch (error) {
    if (!failedConditions(error).includes(0)) throw error;
    const current = await getSameDayRequest(db, tableName, requestId);
    return {
      kind: "not-started",
      ...(current && current.patientId === patientId ? { status: current.status } : {}),
    };
  }
}
