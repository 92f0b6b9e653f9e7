import { randomUUID } from "node:crypto";
import type { routes } from "@front-door/contracts";
import { Conflict, cleanFileName } from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import { maxPendingUploads, startDocumentUpload } from "@front-door/store";
import type { DocumentDeps } from "./document-deps.ts";

/**
 * A signed-in person asks to upload a file: the declared type and size were validated by the
 * route's schema; this records the pending document and answers with a URL, valid for
 * minutes, that accepts exactly that type and size. Nothing is accepted until it is checked.
 */
export function makeDocumentUploadCreate(
  deps: DocumentDeps & { newId?: () => string },
): RouteHandler<typeof routes.documentUploadCreate> {
  const newId = deps.newId ?? randomUUID;
  return async ({ principal, body }) => {
    const outcome = await startDocumentUpload(deps.db, deps.tableName, deps.files, {
      documentId: newId(),
      ownerUserId: principal.userId,
      purpose: body.purpose,
      fileName: cleanFileName(body.fileName),
      contentType: body.contentType,
      size: body.size,
      now: deps.now(),
    });
    switch (outcome.kind) {
      case "started":
        return {
          status: 201,
          body: {
            documentId: outcome.document.id,
            uploadUrl: outcome.upload.url,
            uploadHeaders: outcome.upload.headers,
            expiresAt: outcome.upload.expiresAt,
          },
        };
      case "limit-reached":
        throw new Conflict(
          `You have ${maxPendingUploads} files still uploading: finish or wait for those first`,
          "document_limit_reached",
        );
      default: {
        const unreachable: never = outcome;
        throw new Error(`Unknown outcome ${JSON.stringify(unreachable)}`);
      }
    }
  };
}
