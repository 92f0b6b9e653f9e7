import type { CancellationReason } from "@aws-sdk/client-dynamodb";
import type { TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import {
  canReadDocument,
  type DocumentAttachment,
  type DocumentReader,
  type FieldProblem,
  Unprocessable,
} from "@front-door/domain";
import { keys } from "../keys.ts";
import { copyObject, type DocumentFiles, keptKey } from "./document-files.ts";
import type { DocumentRecord } from "./documents.ts";

type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

/**
 * How a journey attaches documents to what it creates (a PHB application, an advice request
 * or a reply), atomically with its own write:
 *
 * 1. `getDocuments(db, tableName, ids)` and refuse early what is plainly wrong (optional: the
 *    transaction's conditions are what guarantee it).
 * 2. `await keepDocumentFiles(files, documents)`: copies each upload out of `pending/` (which
 *    the bucket empties after a day) to `documents/`. Done first, so an attached document's
 *    file can never expire; a transaction that then fails leaves only an unused copy.
 * 3. Add `documentAttachItems(tableName, { documentIds, ownerUserId, attachTo, now })` to the
 *    journey's own TransactWriteItems. Each is conditional on the document existing, being
 *    the same person's, accepted, not yet attached and not past its day.
 * 4. On `TransactionCanceledException`, `documentAttachFailure(reasons, offset, documentIds)`
 *    (offset: the index of the first document item in the transaction) gives the 422 to
 *    throw when one of those items failed its condition; otherwise handle it as before.
 *
 * Attached, a document's `attachedTo` ({ kind, id, scope: { icbId?, siteId? } }) is what lets
 * that journey's staff read it (`readableDocument`, `canReadDocument`).
 */
export function documentAttachItems(
  tableName: string,
  input: {
    documentIds: readonly string[];
    ownerUserId: string;
    attachTo: DocumentAttachment;
    now: Date;
  },
): TransactItem[] {
  const nowSeconds = Math.floor(input.now.getTime() / 1000);
  return input.documentIds.map((documentId) => ({
    Update: {
      TableName: tableName,
      Key: keys.document(documentId),
      ConditionExpression:
        "attribute_exists(pk) AND ownerUserId = :owner AND #status = :accepted AND attribute_not_exists(attachedTo) AND #ttl > :now",
      UpdateExpression:
        "SET attachedTo = :attachTo, attachedAt = :at, objectKey = :key REMOVE #ttl",
      ExpressionAttributeNames: { "#status": "status", "#ttl": "ttl" },
      ExpressionAttributeValues: {
        ":owner": input.ownerUserId,
        ":accepted": "accepted",
        ":now": nowSeconds,
        ":attachTo": input.attachTo,
        ":at": input.now.toISOString(),
        ":key": keptKey(documentId),
      },
    },
  }));
}

/**
 * The 422 a journey throws when a document item of its transaction failed its condition (not
 * this person's, not accepted, already attached, expired), naming `documentIds`; undefined
 * when none did, so any other cancellation is the journey's to read or rethrow.
 */
export function documentAttachFailure(
  reasons: readonly CancellationReason[] | undefined,
  offset: number,
  documentIds: readonly string[],
): Unprocessable | undefined {
  const failed = documentIds.filter(
    (_, index) => reasons?.[offset + index]?.Code === "ConditionalCheckFailed",
  );
  if (failed.length === 0) return undefined;
  return documentNotReady();
}

/** The same 422, for a journey that finds a document unusable before its transaction. */
export function documentNotReady(): Unprocessable {
  const fields: FieldProblem[] = [
    {
      path: "documentIds",
      message: "A file you added can no longer be used: remove it and add it again",
    },
  ];
  return new Unprocessable("A file you added can no longer be used", "document_not_ready", fields);
}

/** Step 2 above: copies each accepted, unattached upload to where nothing expires. */
export async function keepDocumentFiles(
  files: DocumentFiles,
  documents: readonly DocumentRecord[],
): Promise<void> {
  for (const document of documents) {
    if (document.status !== "accepted" || document.attachedTo) continue;
    // The checked version, not whatever was PUT to the pending key since.
    await copyObject(files, document.objectKey, keptKey(document.id), document.objectVersion);
  }
}

/**
 * The document if this reader may read it and it is accepted; undefined otherwise, whether it
 * does not exist or is someone else's, so nobody learns which.
 */
export function readableDocument(
  reader: DocumentReader,
  document: DocumentRecord | undefined,
): DocumentRecord | undefined {
  if (document?.status !== "accepted") return undefined;
  return canReadDocument(reader, document) ? document : undefined;
}
