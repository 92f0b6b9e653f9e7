import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import {
  type DocumentFiles,
  documentNotReady,
  getDocuments,
  keepDocumentFiles,
} from "@front-door/store";

export interface AttachmentDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  files: DocumentFiles;
  now: () => Date;
}

/**
 * Before a record that attaches documents is written (a PHB application or answer, an advice
 * request or reply): the documents must be the caller's own, accepted and not attached
 * elsewhere (else the 422, nothing written), and their files are copied to where nothing
 * expires. The transaction's conditions still decide; this refuses early and gives the names
 * and sizes the record lists.
 */
export async function prepareAttachments(
  deps: AttachmentDeps,
  ownerUserId: string,
  documentIds: readonly string[] | undefined,
) {
  if (!documentIds || documentIds.length === 0) return { documents: [] };
  const found = await getDocuments(deps.db, deps.tableName, documentIds);
  const usable = found.filter(
    (document) =>
      document.ownerUserId === ownerUserId &&
      document.status === "accepted" &&
      document.attachedTo === undefined,
  );
  if (usable.length !== documentIds.length) throw documentNotReady();
  await keepDocumentFiles(deps.files, usable);
  return {
    documents: usable.map(({ id, fileName, contentType, size }) => ({
      documentId: id,
      fileName,
      contentType,
      size,
    })),
    attach: { documentIds, ownerUserId, now: deps.now() },
  };
}
