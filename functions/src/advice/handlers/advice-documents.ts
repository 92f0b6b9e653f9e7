import type { AdviceAttach, AdviceDocument, DocumentFiles } from "@front-door/store";
import { prepareAttachments } from "../../documents/handlers/prepare-attachments.ts";
import type { AdviceDeps } from "./advice-shared.ts";

/** Routes that attach documents also reach the documents bucket, to keep the files. */
export type AdviceDocumentDeps = AdviceDeps & { files: DocumentFiles };

/** The documents to attach, checked and kept (see prepareAttachments). */
export function prepareAdviceDocuments(
  deps: AdviceDocumentDeps,
  ownerUserId: string,
  documentIds: readonly string[] | undefined,
): Promise<{ documents: AdviceDocument[]; attach?: AdviceAttach }> {
  return prepareAttachments(deps, ownerUserId, documentIds);
}
