import type { routes } from "@front-door/contracts";
import { NotFound } from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import {
  downloadUrlSeconds,
  getDocument,
  presignDownload,
  readableDocument,
} from "@front-door/store";
import type { DocumentDeps } from "./document-deps.ts";
import { documentSummary } from "./document-summary.ts";

/**
 * A download link, valid for minutes, for a document the caller may read: its owner, or the
 * staff of what it is attached to within their scope. Anything else, including someone else's
 * document, is a 404, so ids reveal nothing.
 */
export function makeDocumentDownload(
  deps: DocumentDeps,
): RouteHandler<typeof routes.documentDownload> {
  return async ({ principal, params }) => {
    const document = readableDocument(
      principal,
      await getDocument(deps.db, deps.tableName, params.documentId),
    );
    if (!document) throw new NotFound("We could not find that document");
    const url = await presignDownload(deps.files, {
      key: document.objectKey,
      fileName: document.fileName,
      contentType: document.contentType,
      version: document.objectVersion,
    });
    const expiresAt = new Date(deps.now().getTime() + downloadUrlSeconds * 1000).toISOString();
    return { body: { document: documentSummary(document), url, expiresAt } };
  };
}
