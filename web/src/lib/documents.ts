import { DocumentCheckResponse, DocumentUploadResponse } from "@front-door/contracts";
import { type DocumentPurpose, precheckFile } from "@front-door/domain";
import { type ApiError, type ApiResult, api, type RequestOptions } from "./api.ts";

/**
 * Uploading one supporting document from a page's file input, for the PHB and advice forms:
 * check the file here first (type and size, in the design system's words), ask the API for an
 * upload URL, PUT the bytes straight to storage, then have the server check what arrived.
 * The answer is the document id to send with the form, or the message to show on the field.
 */
export type UploadOutcome = { ok: true; documentId: string } | { ok: false; message: string };

export interface UploadDeps {
  api: <T>(path: string, options: RequestOptions<T>) => Promise<ApiResult<T>>;
  /** PUTs the bytes to the presigned URL; resolves with the HTTP status (0: no answer). */
  put: (url: string, headers: Record<string, string>, file: Blob) => Promise<number>;
}

const browserDeps: UploadDeps = {
  api,
  put: async (url, headers, file) => {
    try {
      return (await fetch(url, { method: "PUT", headers, body: file })).status;
    } catch {
      return 0;
    }
  },
};

const uploadFailed = "The selected file could not be uploaded – try again";

export async function uploadDocument(
  file: File,
  purpose: DocumentPurpose,
  deps: UploadDeps = browserDeps,
): Promise<UploadOutcome> {
  const problem = precheckFile(file);
  if (problem) return { ok: false, message: problem };
  const started = await deps.api("/api/me/documents", {
    method: "POST",
    auth: true,
    body: { fileName: file.name, contentType: file.type, size: file.size, purpose },
    schema: DocumentUploadResponse,
  });
  if (!started.ok) return { ok: false, message: fieldMessage(started.error) };
  const { documentId, uploadUrl, uploadHeaders } = started.data;
  const status = await deps.put(uploadUrl, uploadHeaders, file);
  if (status < 200 || status > 299) return { ok: false, message: uploadFailed };
  const checked = await deps.api(`/api/me/documents/${encodeURIComponent(documentId)}/check`, {
    method: "POST",
    auth: true,
    body: {},
    schema: DocumentCheckResponse,
  });
  if (!checked.ok) return { ok: false, message: fieldMessage(checked.error) };
  return { ok: true, documentId };
}

/** The API's own words for the file when it gave some (type, size, limit), else a retry hint. */
export function fieldMessage(error: ApiError): string {
  const onField = error.fields.find((field) =>
    ["file", "contentType", "size", "fileName"].includes(field.path),
  );
  if (onField) return onField.message;
  if (error.code === "document_limit_reached" || error.code === "unauthenticated") {
    return error.message;
  }
  return uploadFailed;
}
