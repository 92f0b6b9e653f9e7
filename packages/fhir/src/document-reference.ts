import type { DocumentReference, Reference } from "@medplum/fhirtypes";
import type { DocumentForFhir } from "./advice/advice-fhir-input.ts";

/** Where a client fetches a document: the download route, which answers a short-lived link. */
export function documentDownloadPath(documentId: string): string {
  return `/api/documents/${encodeURIComponent(documentId)}/download`;
}

const purposes = {
  "advice-request": "Photo or document sent with an online GP advice request",
  "phb-application": "Supporting document for a personal health budget application",
} as const;

/**
 * A supporting document as a FHIR R4 DocumentReference: its metadata and where to fetch it,
 * never its bytes. `related` is the Task of the request or application it was sent with.
 */
export function documentReferenceOf(input: {
  document: DocumentForFhir;
  attachedTo: keyof typeof purposes;
  related: Reference;
  attachedAt?: string | undefined;
}): DocumentReference & { id: string } {
  const { document } = input;
  return {
    resourceType: "DocumentReference",
    id: document.id,
    status: "current",
    docStatus: "final",
    type: { text: purposes[input.attachedTo] },
    ...(input.attachedAt ? { date: input.attachedAt } : {}),
    content: [
      {
        attachment: {
          contentType: document.contentType,
          url: documentDownloadPath(document.id),
          size: document.size,
          ...(document.fileName.trim() ? { title: document.fileName } : {}),
        },
      },
    ],
    context: { related: [input.related] },
  };
}
