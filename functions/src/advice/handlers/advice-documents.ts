import {
  type AdviceAttach,
  type AdviceDocument,
  type DocumentFiles,
  documentNotReady,
  getDocuments,
  keepDocumentFiles,
} from "@front-door/store";
import type { AdviceDeps } from "./advice-shared.ts";

/** A patient's routes that may attach documents also reach the documents bucket. */
export type AdviceDocumentDeps = AdviceDeps & { files: DocumentFiles };

/**
 * Before the request or reply is written: the documents must be the patient's own, accepted
 * and not attached elsewhere (else the 422, nothing written), and their files are copied to
 * where nothing expires. The transaction's conditions still decide; this refuses early and
 * gives the names and sizes the thread lists.
 */
export async function prepareAdviceDocuments(
  deps: AdviceDocumentDeps,
  ownerUserId: string,
  documentIds: readonly string[] | undefined,
): Promise<{ documents: AdviceDocument[]; attach?: AdviceAttach }> {
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
