import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from "@aws-sdk/lib-dynamodb";
import {
  checkUpload,
  type DocumentAttachment,
  type DocumentPurpose,
  type DocumentType,
  documentSignatureBytes,
  maxDocumentBytes,
  type UploadCheck,
} from "@front-door/domain";
import { failedConditions } from "../cancellation.ts";
import { keys } from "../keys.ts";
import {
  type DocumentFiles,
  deleteObject,
  objectFirstBytes,
  objectHead,
  pendingKey,
  presignUpload,
  uploadUrlSeconds,
} from "./document-files.ts";

/**
 * A supporting document's metadata. The bytes live in S3 under `objectKey`; nothing here holds
 * them. `ttl` removes a document nobody attached a day after upload, as the bucket's lifecycle
 * rule removes its pending object; attaching clears it.
 */
export interface DocumentRecord {
  id: string;
  ownerUserId: string;
  purpose: DocumentPurpose;
  fileName: string;
  contentType: DocumentType;
  /** The size the uploader declared and the upload URL was signed for. */
  size: number;
  status: "pending" | "accepted";
  objectKey: string;
  /**
   * The S3 version that passed the check. The upload URL stays valid for minutes after the
   * check, so reads and the copy name this version, never "whatever is at the key now".
   * Absent from s3rver (no versioning) and once attached (the kept copy is its own object).
   */
  objectVersion?: string;
  createdAt: string;
  /** A pending upload must be checked before this, or it is gone. */
  checkBy: string;
  acceptedAt?: string;
  attachedTo?: DocumentAttachment;
  attachedAt?: string;
  ttl?: number;
  /** Which of the owner's upload places the pending upload holds. */
  uploadPlace: number;
}

/** Uploads a person may have waiting to be checked at once. */
export const maxPendingUploads = 20;
/** How long an unattached document (and its pending object) is kept. */
export const unattachedDocumentSeconds = 24 * 60 * 60;
/** Time to PUT the bytes and ask for the check: the URL's life, and some for a slow line. */
const checkWindowSeconds = uploadUrlSeconds + 10 * 60;

export type StartUploadOutcome =
  | {
      kind: "started";
      document: DocumentRecord;
      upload: { url: string; headers: Record<string, string>; expiresAt: string };
    }
  | { kind: "limit-reached" };

/**
 * Records a pending upload in one of the owner's 20 upload places and signs a PUT URL for it.
 * A place is free when empty or when its upload's check time has passed; taking it and writing
 * the document is one transaction, so two uploads at once never share a place.
 */
export async function startDocumentUpload(
  db: DynamoDBDocumentClient,
  tableName: string,
  files: DocumentFiles,
  input: {
    documentId: string;
    ownerUserId: string;
    purpose: DocumentPurpose;
    fileName: string;
    contentType: DocumentType;
    size: number;
    now: Date;
  },
): Promise<StartUploadOutcome> {
  if (input.size < 1 || input.size > maxDocumentBytes) throw new Error("size out of range");
  const nowIso = input.now.toISOString();
  const checkBy = new Date(input.now.getTime() + checkWindowSeconds * 1000).toISOString();
  const pending: Omit<DocumentRecord, "uploadPlace"> = {
    id: input.documentId,
    ownerUserId: input.ownerUserId,
    purpose: input.purpose,
    fileName: input.fileName,
    contentType: input.contentType,
    size: input.size,
    status: "pending",
    objectKey: pendingKey(input.documentId),
    createdAt: nowIso,
    checkBy,
    ttl: Math.floor(input.now.getTime() / 1000) + unattachedDocumentSeconds,
  };
  // Another upload may take the place we chose between the Query and the write: look again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const place = await freeUploadPlace(db, tableName, input.ownerUserId, nowIso);
    if (place === undefined) return { kind: "limit-reached" };
    const document: DocumentRecord = { ...pending, uploadPlace: place };
    try {
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: tableName,
                Item: {
                  ...keys.documentUploadPlace(input.ownerUserId, place),
                  type: "document-upload-place",
                  documentId: input.documentId,
                  checkBy,
                  ttl: pending.ttl,
                },
                ConditionExpression: "attribute_not_exists(pk) OR checkBy <= :now",
                ExpressionAttributeValues: { ":now": nowIso },
              },
            },
            {
              Put: {
                TableName: tableName,
                Item: { ...keys.document(document.id), type: "document", ...document },
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
          ],
        }),
      );
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      if (error.CancellationReasons?.[0]?.Code === "ConditionalCheckFailed") continue;
      throw error;
    }
    const upload = await presignUpload(files, {
      key: document.objectKey,
      contentType: document.contentType,
      size: document.size,
    });
    const expiresAt = new Date(input.now.getTime() + uploadUrlSeconds * 1000).toISOString();
    return { kind: "started", document, upload: { ...upload, expiresAt } };
  }
  return { kind: "limit-reached" };
}

async function freeUploadPlace(
  db: DynamoDBDocumentClient,
  tableName: string,
  ownerUserId: string,
  nowIso: string,
): Promise<number | undefined> {
  const { pk } = keys.documentUploadPlace(ownerUserId, 0);
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": pk },
      ConsistentRead: true,
    }),
  );
  const taken = new Set(
    (result.Items ?? [])
      .filter((item) => String(item.checkBy) > nowIso)
      .map((item) => Number(String(item.sk).slice("PLACE#".length))),
  );
  for (let place = 0; place < maxPendingUploads; place++) if (!taken.has(place)) return place;
  return undefined;
}

export type CheckUploadOutcome =
  | { kind: "accepted"; document: DocumentRecord }
  | { kind: "not-found" }
  | { kind: "expired" }
  | { kind: "not-uploaded" }
  | { kind: "rejected"; reason: Exclude<UploadCheck["kind"], "accepted" | "missing"> };

/**
 * The server's own look at an upload: its size from S3 (HEAD) and its first bytes (a ranged
 * GET), never the browser's word. Accepted, the document is marked so and its upload place
 * freed; refused, the object and the record are deleted. Only the owner may check; anyone
 * else is told there is no such document.
 */
export async function checkDocumentUpload(
  db: DynamoDBDocumentClient,
  tableName: string,
  files: DocumentFiles,
  input: { documentId: string; ownerUserId: string; now: Date },
): Promise<CheckUploadOutcome> {
  const document = await getDocument(db, tableName, input.documentId);
  if (!document || document.ownerUserId !== input.ownerUserId) return { kind: "not-found" };
  if (document.status === "accepted") return { kind: "accepted", document };
  const nowIso = input.now.toISOString();
  if (document.checkBy <= nowIso) return { kind: "expired" };

  const head = await objectHead(files, document.objectKey);
  if (head === undefined) return { kind: "not-uploaded" };
  const { size: actualSize, version } = head;
  const firstBytes =
    actualSize > 0
      ? await objectFirstBytes(files, document.objectKey, documentSignatureBytes, version)
      : new Uint8Array();
  const verdict = checkUpload({
    declaredType: document.contentType,
    declaredSize: document.size,
    actualSize,
    firstBytes,
  });
  if (verdict.kind === "missing") return { kind: "not-uploaded" };
  if (verdict.kind === "accepted") {
    const accepted = await settleIfPending(db, tableName, document, {
      Update: {
        TableName: tableName,
        Key: keys.document(document.id),
        ConditionExpression: "#status = :pending",
        UpdateExpression: "SET #status = :accepted, acceptedAt = :now",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: {
          ":pending": "pending",
          ":accepted": "accepted",
          ":now": nowIso,
        },
      },
    });
    // A check running at the same moment settled it first: report what that one decided.
    if (!accepted) return checkDocumentUpload(db, tableName, files, input);
    return {
      kind: "accepted",
      document: {
        ...document,
        status: "accepted",
        acceptedAt: nowIso,
        ...(version ? { objectVersion: version } : {}),
      },
    };
  }
  await deleteObject(files, document.objectKey);
  await settleIfPending(db, tableName, document, {
    Delete: {
      TableName: tableName,
      Key: keys.document(document.id),
      ConditionExpression: "#status = :pending",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: { ":pending": "pending" },
    },
  });
  return { kind: "rejected", reason: verdict.kind };
}

type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

/**
 * Settles a pending document and frees its upload place in one transaction, so the person may
 * upload another at once and a failure leaves neither half done (a document accepted with its
 * place still taken would stay so: a retried check finds it accepted and stops). False when the
 * document was no longer pending. A place a later upload has already taken over (after this
 * one's time ran out) is left alone: the document is settled without it.
 */
async function settleIfPending(
  db: DynamoDBDocumentClient,
  tableName: string,
  document: DocumentRecord,
  settle: TransactItem,
): Promise<boolean> {
  const place: TransactItem = {
    Delete: {
      TableName: tableName,
      Key: keys.documentUploadPlace(document.ownerUserId, document.uploadPlace),
      ConditionExpression: "attribute_not_exists(pk) OR documentId = :document",
      ExpressionAttributeValues: { ":document": document.id },
    },
  };
  try {
    await db.send(new TransactWriteCommand({ TransactItems: [settle, place] }));
    return true;
  } catch (error) {
    if (failedConditions(error).includes(0)) return false;
  }
  // The place belongs to a later upload now: settle the document alone.
  try {
    await db.send(new TransactWriteCommand({ TransactItems: [settle] }));
    return true;
  } catch (error) {
    failedConditions(error);
    return false;
  }
}

export async function getDocument(
  db: DynamoDBDocumentClient,
  tableName: string,
  documentId: string,
): Promise<DocumentRecord | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.document(documentId), ConsistentRead: true }),
  );
  return Item ? toDocument(Item) : undefined;
}

/**
 * Documents by id, in the order asked for; ids with no document are left out. For a journey
 * checking the documents a person names before it attaches them (at most 100 ids).
 */
export async function getDocuments(
  db: DynamoDBDocumentClient,
  tableName: string,
  documentIds: readonly string[],
): Promise<DocumentRecord[]> {
  const unique = [...new Set(documentIds)];
  if (unique.length === 0) return [];
  if (unique.length > 100) throw new Error("getDocuments reads at most 100 documents");
  const found = new Map<string, DocumentRecord>();
  let request: Record<string, { Keys: Record<string, unknown>[] }> | undefined = {
    [tableName]: { Keys: unique.map((id) => keys.document(id)) },
  };
  // BatchGet may hand back some keys unread under load: ask again for those.
  for (let round = 0; request && Object.keys(request).length > 0 && round < 5; round++) {
    const result = await db.send(new BatchGetCommand({ RequestItems: request }));
    for (const item of result.Responses?.[tableName] ?? []) {
      const document = toDocument(item);
      found.set(document.id, document);
    }
    request = result.UnprocessedKeys as typeof request;
  }
  if (request && Object.keys(request).length > 0) throw new Error("documents left unread");
  return documentIds.flatMap((id) => found.get(id) ?? []);
}

function toDocument(item: Record<string, unknown>): DocumentRecord {
  const { pk: _pk, sk: _sk, type: _type, ...document } = item;
  return document as unknown as DocumentRecord;
}
