import {
  type DocumentFiles,
  documentNotReady,
  getDocuments,
  keepDocumentFiles,
  type PhbAttach,
  type PhbDocument,
} from "@front-door/store";
import type { PhbDeps } from "./phb-shared.ts";

/** The apply route also reaches the documents bucket, to keep the files it attaches. */
export type PhbDocumentDeps = PhbDeps & { files: DocumentFiles };

/**
 * Before the application is written: the documents must be the applicant's own, accepted and
 * not attached elsewhere (else the 422, nothing written), and their files are copied to where
 * nothing expires. The transaction's conditions still decide; this refuses early and gives the
 * names and sizes the application lists.
 */
export async function preparePhbDocuments(
  deps: PhbDocumentDeps,
  ownerUserId: string,
  documentIds: readonly string[] | undefined,
): Promise<{ documents: PhbDocument[]; attach?: PhbAttach }> {
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
