import type { DocumentSummary } from "@front-door/contracts";
import type { DocumentRecord } from "@front-door/store";

/** A document as the API shows it: never its storage key, its owner's id or its bytes. */
export function documentSummary(document: DocumentRecord): DocumentSummary {
  return {
    documentId: document.id,
    fileName: document.fileName,
    contentType: document.contentType,
    size: document.size,
    purpose: document.purpose,
    status: document.status,
    attached: document.attachedTo !== undefined,
  };
}
