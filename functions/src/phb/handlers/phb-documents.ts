import type { DocumentFiles, PhbAttach, PhbDocument } from "@front-door/store";
import { prepareAttachments } from "../../documents/handlers/prepare-attachments.ts";
import type { PhbDeps } from "./phb-shared.ts";

/** Routes that attach documents also reach the documents bucket, to keep the files. */
export type PhbDocumentDeps = PhbDeps & { files: DocumentFiles };

/** The documents to attach, checked and kept (see prepareAttachments). */
export function preparePhbDocuments(
  deps: PhbDocumentDeps,
  ownerUserId: string,
  documentIds: readonly string[] | undefined,
): Promise<{ documents: PhbDocument[]; attach?: PhbAttach }> {
  return prepareAttachments(deps, ownerUserId, documentIds);
}
