import type { routes } from "@front-door/contracts";
import { Conflict, documentMessages, NotFound, Unprocessable } from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import { checkDocumentUpload } from "@front-door/store";
import type { DocumentDeps } from "./document-deps.ts";
import { documentSummary } from "./document-summary.ts";

const rejectedMessages = {
  "wrong-content": documentMessages.wrongType,
  "too-large": documentMessages.tooLarge,
  "size-mismatch": "The selected file changed while it was uploading: choose it again",
} as const;

/**
 * The server's check of an upload the caller made: accepted, or a 422 on `file` (the object
 * is deleted then). Someone else's document, or none, is a 404 alike.
 */
export function makeDocumentUploadCheck(
  deps: DocumentDeps,
): RouteHandler<typeof routes.documentUploadCheck> {
  return async ({ principal, params }) => {
    const outcome = await checkDocumentUpload(deps.db, deps.tableName, deps.files, {
      documentId: params.documentId,
      ownerUserId: principal.userId,
      now: deps.now(),
    });
    switch (outcome.kind) {
      case "accepted":
        return { body: { document: documentSummary(outcome.document) } };
      case "not-found":
        throw new NotFound("We could not find that document");
      case "expired":
        throw new NotFound("This upload took too long: choose the file again");
      case "not-uploaded":
        throw new Conflict(
          "The file has not arrived yet: upload it, then check it",
          "document_not_uploaded",
        );
      case "rejected": {
        const message = rejectedMessages[outcome.reason];
        throw new Unprocessable(message, "document_rejected", [
          { path: "file", message, code: outcome.reason },
        ]);
      }
      default: {
        const unreachable: never = outcome;
        throw new Error(`Unknown outcome ${JSON.stringify(unreachable)}`);
      }
    }
  };
}
