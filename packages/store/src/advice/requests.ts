import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import {
  type DynamoDBDocumentClient,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from "@aws-sdk/lib-dynamodb";
import { londonToday, openStatuses } from "@front-door/domain";
import { documentAttachFailure, documentAttachItems } from "../documents/document-attach.ts";
import { keys } from "../keys.ts";
import { type MessageRecord, messagePut } from "../outbox/messages.ts";
import { queryAll, recordOf } from "../query.ts";
import { type AdviceCountScope, adviceCountUpdates } from "./counts.ts";
import type { AdviceEntryRecord, AdviceHeadline, AdviceRequestRecord } from "./records.ts";

type TransactItems = NonNullable<TransactWriteCommandInput["TransactItems"]>;
export type NewAdviceMessage = Omit<MessageRecord, "patientId" | "createdAt" | "status">;

/** Documents the patient attaches with this write: theirs, accepted, unattached. */
export interface AdviceAttach {
  documentIds: readonly string[];
  ownerUserId: string;
  now: Date;
}

/** The document items, attached to the request so its practice's staff may read them. */
function attachItems(tableName: string, request: AdviceRequestRecord, attach?: AdviceAttach) {
  if (!attach || attach.documentIds.length === 0) return [];
  return documentAttachItems(tableName, {
    ...attach,
    attachTo: { kind: "advice-request", id: request.id, scope: { siteId: request.siteId } },
  });
}

/** A document item that failed its condition is a 422 on documentIds; anything else is not. */
function throwIfDocumentsRefused(error: unknown, offset: number, attach?: AdviceAttach) {
  if (!(error instanceof TransactionCanceledException) || !attach) return;
  const failure = documentAttachFailure(error.CancellationReasons, offset, attach.documentIds);
  if (failure) throw failure;
}

const isOpen = (request: AdviceRequestRecord) => openStatuses.includes(request.status);

function requestItem(request: AdviceRequestRecord) {
  return {
    ...keys.adviceRequest(request.id),
    ...keys.adviceInInbox(
      request.siteId,
      isOpen(request),
      request.urgent,
      request.replyDueAt,
      request.id,
    ),
    type: "advice-request",
    ...request,
  };
}

function entryPut(tableName: string, entry: AdviceEntryRecord) {
  return {
    Put: {
      TableName: tableName,
      Item: { ...keys.adviceEntry(entry.requestId, entry.seq), type: "advice-entry", ...entry },
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
}

function headlinePut(tableName: string, request: AdviceRequestRecord) {
  const headline: AdviceHeadline = {
    requestId: request.id,
    reference: request.reference,
    siteId: request.siteId,
    category: request.category,
    subjectKind: request.subject.kind,
    status: request.status,
    submittedAt: request.submittedAt,
    updatedAt: request.updatedAt,
    replyDueDate: request.replyDueDate,
  };
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.adviceOfPatient(request.requesterId, request.submittedAt, request.id),
        type: "patient-advice",
        ...headline,
      },
    },
  };
}

function awaitingKey(request: AdviceRequestRecord) {
  if (request.status !== "awaiting-patient" || !request.closesAt) return undefined;
  return keys.adviceAwaitingReply(request.closesAt.slice(0, 10), request.closesAt, request.id);
}

function messageItem(
  tableName: string,
  request: AdviceRequestRecord,
  message: NewAdviceMessage | undefined,
) {
  return message
    ? [
        messagePut(tableName, {
          ...message,
          patientId: request.requesterId,
          createdAt: request.updatedAt,
          status: "pending",
        }),
      ]
    : [];
}

/**
 * Makes a request: the request, its first entries, the requester's headline, the day's counts
 * the confirmation message and any documents attached, in one transaction — or nothing. A
 * document that cannot be attached throws the 422 on `documentIds`.
 */
export async function createAdviceRequest(
  db: DynamoDBDocumentClient,
  tableName: string,
  input: {
    request: AdviceRequestRecord;
    entries: AdviceEntryRecord[];
    counts: { scope: AdviceCountScope; deltas: Record<string, number> };
    message?: NewAdviceMessage;
    attach?: AdviceAttach;
  },
): Promise<void> {
  const { request } = input;
  const items: TransactItems = [
    {
      Put: {
        TableName: tableName,
        Item: requestItem(request),
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
    ...input.entries.map((entry) => entryPut(tableName, entry)),
    headlinePut(tableName, request),
    ...adviceCountUpdates(tableName, input.counts.scope, input.counts.deltas, {
      before: undefined,
      after: request,
    }),
    ...messageItem(tableName, request, input.message),
  ];
  const offset = items.length;
  items.push(...attachItems(tableName, request, input.attach));
  try {
    await db.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    throwIfDocumentsRefused(error, offset, input.attach);
    throw error;
  }
}

/** A red-flag check that sent nothing: kept for audit (flag ids only) and counted, together. */
export async function recordAdviceDiversion(
  db: DynamoDBDocumentClient,
  tableName: string,
  input: {
    id: string;
    patientId: string;
    scope: AdviceCountScope;
    redFlags: string[];
    at: string;
    enteredBy: string;
  },
): Promise<void> {
  await db.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.adviceCheck(input.patientId, input.at, input.id),
              type: "advice-check",
              id: input.id,
              siteId: input.scope.siteId,
              outcome: "emergency",
              redFlags: input.redFlags,
              enteredBy: input.enteredBy,
              at: input.at,
            },
            ConditionExpression: "attribute_not_exists(pk)",
          },
        },
        ...adviceCountUpdates(tableName, input.scope, { adviceDiverted: 1 }),
      ],
    }),
  );
}

/** A request with its whole thread (notes and events included), oldest first: one Query. */
export async function getAdviceRequest(
  db: DynamoDBDocumentClient,
  tableName: string,
  requestId: string,
): Promise<{ request: AdviceRequestRecord; entries: AdviceEntryRecord[] } | undefined> {
  const items = await queryAll(db, {
    TableName: tableName,
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": keys.adviceRequest(requestId).pk },
    ConsistentRead: true,
  });
  const main = items.find((item) => item.sk === "REQUEST");
  if (!main) return undefined;
  return {
    request: recordOf<AdviceRequestRecord>(main),
    entries: items
      .filter((item) => String(item.sk).startsWith("ENTRY#"))
      .map((item) => recordOf<AdviceEntryRecord>(item)),
  };
}

/** The requests an account made, newest first. */
export async function adviceRequestsOfPatient(
  db: DynamoDBDocumentClient,
  tableName: string,
  patientId: string,
): Promise<AdviceHeadline[]> {
  const items = await queryAll(db, {
    TableName: tableName,
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ExpressionAttributeValues: { ":pk": keys.patient(patientId).pk, ":prefix": "ADVICE#" },
    ScanIndexForward: false,
  });
  return items.map((item) => recordOf<AdviceHeadline>(item));
}

/** A site's open (or closed) requests: urgent first, then soonest due. One Query. */
export async function adviceInbox(
  db: DynamoDBDocumentClient,
  tableName: string,
  siteId: string,
  open: boolean,
): Promise<AdviceRequestRecord[]> {
  const items = await queryAll(db, {
    TableName: tableName,
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pk",
    ExpressionAttributeValues: { ":pk": keys.adviceInInbox(siteId, open, false, "", "").gsi1pk },
  });
  return items.map((item) => recordOf<AdviceRequestRecord>(item));
}

/** Requests waiting for a reply whose time ran out on or before `date` (London), for the job. */
export async function adviceRequestsDueToClose(
  db: DynamoDBDocumentClient,
  tableName: string,
  dates: readonly string[],
  now: Date,
): Promise<string[]> {
  const perDate = await Promise.all(
    dates.map((date) =>
      queryAll(db, {
        TableName: tableName,
        KeyConditionExpression: "pk = :pk AND sk <= :now",
        ExpressionAttributeValues: {
          ":pk": `ADVICEWAIT#${date}`,
          ":now": `${now.toISOString()}#~`,
        },
      }),
    ),
  );
  return perDate.flat().map((item) => String(item.requestId));
}

export type AdviceChangeOutcome = { kind: "changed" } | { kind: "changed-meanwhile" };

/** A change to a request someone read, as written by `changeAdviceRequest`. */
export interface AdviceChange {
  before: AdviceRequestRecord;
  after: AdviceRequestRecord;
  entries: AdviceEntryRecord[];
  counts?: { scope: AdviceCountScope; deltas: Record<string, number> };
  message?: NewAdviceMessage;
}

/**
 * The transaction items of a change: the request first (index 0, on condition its version is
 * still the one read), then its entries, headline, waiting-for-reply marker, counts, message.
 * Shared with the writes that add their own items after these (an appointment as the answer).
 */
export function adviceChangeItems(tableName: string, input: AdviceChange): TransactItems {
  const after = { ...input.after, version: input.before.version + 1 };
  const waitBefore = awaitingKey(input.before);
  const waitAfter = awaitingKey(after);
  const waitItems: TransactItems = [];
  if (waitBefore && JSON.stringify(waitBefore) !== JSON.stringify(waitAfter)) {
    waitItems.push({ Delete: { TableName: tableName, Key: waitBefore } });
  }
  if (waitAfter && JSON.stringify(waitBefore) !== JSON.stringify(waitAfter)) {
    waitItems.push({
      Put: {
        TableName: tableName,
        Item: { ...waitAfter, type: "advice-awaiting-reply", requestId: after.id },
      },
    });
  }
  return [
    {
      Put: {
        TableName: tableName,
        Item: requestItem(after),
        ConditionExpression: "attribute_exists(pk) AND #version = :seen",
        ExpressionAttributeNames: { "#version": "version" },
        ExpressionAttributeValues: { ":seen": input.before.version },
      },
    },
    ...input.entries.map((entry) => entryPut(tableName, entry)),
    headlinePut(tableName, after),
    ...waitItems,
    ...adviceCountUpdates(
      tableName,
      input.counts?.scope ?? {
        icbId: after.icbId,
        siteId: after.siteId,
        localDate: londonToday(new Date(after.updatedAt)),
      },
      input.counts?.deltas ?? {},
      { before: input.before, after },
    ),
    ...messageItem(tableName, after, input.message),
  ];
}

/**
 * Applies a change to the request someone read: the request rewritten on condition its
 * version is still the one read, its new entries, the headline, the waiting-for-reply marker,
 * counts, the patient's message and any documents they attach — all or nothing. A second member
 * of staff acting on the same version gets "changed-meanwhile"; a document that cannot be
 * attached throws the 422 on `documentIds`.
 */
export async function changeAdviceRequest(
  db: DynamoDBDocumentClient,
  tableName: string,
  input: AdviceChange & { attach?: AdviceAttach },
): Promise<AdviceChangeOutcome> {
  const items = adviceChangeItems(tableName, input);
  const offset = items.length;
  items.push(...attachItems(tableName, input.after, input.attach));
  try {
    await db.send(new TransactWriteCommand({ TransactItems: items }));
    return { kind: "changed" };
  } catch (error) {
    // Only the request's own version check (index 0) is a domain outcome; anything else —
    // conflicts, throttling, a clashing entry — is for the retry policy above the store.
    if (
      error instanceof TransactionCanceledException &&
      error.CancellationReasons?.[0]?.Code === "ConditionalCheckFailed"
    ) {
      return { kind: "changed-meanwhile" };
    }
    throwIfDocumentsRefused(error, offset, input.attach);
    throw error;
  }
}
