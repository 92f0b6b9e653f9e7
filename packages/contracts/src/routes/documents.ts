import {
  DocumentCheckRequest,
  DocumentCheckResponse,
  DocumentDownloadResponse,
  DocumentParams,
  DocumentUploadRequest,
  DocumentUploadResponse,
} from "../documents.ts";
import type { RouteDefinition } from "../route-definition.ts";
import {
  documentDownloadExample,
  documentUploadCheckBodyExample,
  documentUploadCheckExample,
  documentUploadCreateBodyExample,
  documentUploadCreateExample,
} from "./examples/documents.ts";

/**
 * Supporting documents, built once for the PHB and advice journeys. Uploading is the owner's
 * alone; reading is the owner's and, once a journey attaches the document, that journey's
 * staff in scope (see canReadDocument). Analysts never read documents.
 */
export const documentUploadCreate = {
  id: "document-upload-create",
  method: "POST",
  path: "/api/me/documents",
  handler: "documents/document-upload-create",
  summary:
    "Ask to upload a PDF, JPEG or PNG of at most 10MB: a document id and a short-lived URL to PUT its bytes to",
  description:
    "A signed-in patient asks to upload a supporting document (PDF, JPEG or PNG, up to 10 MB) for a personal health budget or an advice request. Answers with a document id and a presigned PUT URL valid for minutes, bound to the declared type and length. At most 20 uploads may wait to be checked per person.",
  access: ["patient"],
  table: "write",
  documents: "write",
  request: { body: DocumentUploadRequest, bodyExample: documentUploadCreateBodyExample },
  response: {
    status: 201,
    schema: DocumentUploadResponse,
    description: "The document id and where to upload it",
    example: documentUploadCreateExample,
  },
} as const satisfies RouteDefinition;

export const documentUploadCheck = {
  id: "document-upload-check",
  method: "POST",
  path: "/api/me/documents/{documentId}/check",
  handler: "documents/document-upload-check",
  summary:
    "Check an upload: accepted only when its size and first bytes match what was declared; anything else is deleted",
  description:
    "After the upload, the server reads the stored object's size and first bytes and accepts the document only if both match what was declared. A file that is not what it claims is deleted and refused with 422.",
  access: ["patient"],
  table: "write",
  documents: "write",
  errors: { also: [422] },
  request: {
    params: DocumentParams,
    body: DocumentCheckRequest,
    bodyExample: documentUploadCheckBodyExample,
  },
  response: {
    status: 200,
    schema: DocumentCheckResponse,
    description: "The accepted document",
    example: documentUploadCheckExample,
  },
} as const satisfies RouteDefinition;

export const documentDownload = {
  id: "document-download",
  method: "GET",
  path: "/api/documents/{documentId}/download",
  handler: "documents/document-download",
  summary:
    "A link, valid for minutes, that downloads an accepted document: for its owner, or the staff of what it is attached to",
  description:
    "A short-lived presigned GET URL for an accepted document, for the person who uploaded it or, once attached, the staff the journey allows (an advice request's practice, a PHB application's ICB team). Anyone else answers 404.",
  access: ["patient", "receptionist", "clinician", "phb-team"],
  table: "read",
  documents: "read",
  request: { params: DocumentParams },
  response: {
    status: 200,
    schema: DocumentDownloadResponse,
    description: "The document and its download link",
    example: documentDownloadExample,
  },
} as const satisfies RouteDefinition;

export const documentRoutes = {
  documentUploadCreate,
  documentUploadCheck,
  documentDownload,
} as const satisfies Record<string, RouteDefinition>;
