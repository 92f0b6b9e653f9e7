import {
  documentMessages,
  documentPurposes,
  documentTypes,
  maxDocumentBytes,
} from "@front-door/domain";
import * as z from "zod/mini";

/**
 * Supporting documents over HTTP, shared by personal health budgets and online GP advice: ask
 * for an upload URL, send the bytes straight to storage, have the server check what arrived,
 * then fetch a download URL. The bytes never pass through the API or the table.
 */

const documentId = z
  .string({ error: "We could not find that document" })
  .check(z.regex(/^[a-f0-9-]{36}$/, "We could not find that document"));

export const DocumentParams = z.object({ documentId });

/**
 * Documents a journey attaches with what it sends: at most `max`, each once (one transaction
 * cannot touch a document twice). Absent is none.
 */
export const attachedDocumentIds = (max: number) =>
  z.optional(
    z.array(documentId).check(
      z.maxLength(max, `You can add up to ${max} files`),
      z.refine((ids) => new Set(ids).size === ids.length, "You added the same file twice"),
    ),
  );

/** An attached document as a journey lists it: what it is, never where or its bytes. */
export const AttachedDocument = z.object({
  documentId: z.string(),
  fileName: z.string(),
  contentType: z.enum(documentTypes),
  size: z.number(),
});
export type AttachedDocument = z.infer<typeof AttachedDocument>;
export type DocumentParams = z.infer<typeof DocumentParams>;

export const DocumentUploadRequest = z.object({
  fileName: z
    .string({ error: "Select a file" })
    .check(
      z.minLength(1, { error: "Select a file", abort: true }),
      z.maxLength(255, "The selected file's name must be 255 characters or fewer"),
    ),
  contentType: z.enum(documentTypes, { error: documentMessages.wrongType }),
  size: z
    .number({ error: "Select a file" })
    .check(
      z.int({ error: "Select a file", abort: true }),
      z.minimum(1, { error: documentMessages.empty, abort: true }),
      z.maximum(maxDocumentBytes, documentMessages.tooLarge),
    ),
  purpose: z.enum(documentPurposes, { error: "purpose must be phb or advice" }),
});
export type DocumentUploadRequest = z.infer<typeof DocumentUploadRequest>;

export const DocumentUploadResponse = z.object({
  documentId: z.string(),
  /** PUT the file's bytes here, with exactly `uploadHeaders`, before `expiresAt`. */
  uploadUrl: z.string(),
  uploadHeaders: z.record(z.string(), z.string()),
  expiresAt: z.string(),
});
export type DocumentUploadResponse = z.infer<typeof DocumentUploadResponse>;

/** A document as its readers see it: never the storage key, never the bytes. */
export const DocumentSummary = z.object({
  documentId: z.string(),
  fileName: z.string(),
  contentType: z.enum(documentTypes),
  size: z.number(),
  purpose: z.enum(documentPurposes),
  status: z.enum(["pending", "accepted"]),
  attached: z.boolean(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const DocumentCheckResponse = z.object({ document: DocumentSummary });
export type DocumentCheckResponse = z.infer<typeof DocumentCheckResponse>;

export const DocumentDownloadResponse = z.object({
  document: DocumentSummary,
  /** A short-lived link that downloads the file as an attachment. */
  url: z.string(),
  expiresAt: z.string(),
});
export type DocumentDownloadResponse = z.infer<typeof DocumentDownloadResponse>;

/** Nothing to send beyond the path: an empty JSON object. */
export const DocumentCheckRequest = z.object({});
export type DocumentCheckRequest = z.infer<typeof DocumentCheckRequest>;
