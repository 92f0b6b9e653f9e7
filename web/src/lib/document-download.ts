import { DocumentDownloadResponse } from "@front-door/contracts";
import { api } from "./api.ts";
import { h } from "./dom.ts";

export type DownloadProblem = { status: number; message: string };

/**
 * Opens a stored document. Its download address lasts minutes, so it is asked for when the
 * link is used, never put in the page; the API decides again who may read it. Resolves to the
 * problem when it cannot be opened (the page says so), or undefined once the browser is on
 * its way to the file.
 */
export async function openDocument(documentId: string): Promise<DownloadProblem | undefined> {
  const result = await api(`/api/documents/${encodeURIComponent(documentId)}/download`, {
    auth: true,
    schema: DocumentDownloadResponse,
  });
  if (!result.ok) return { status: result.status, message: result.error.message };
  location.assign(result.data.url);
  return undefined;
}

/**
 * A list of documents, each a link that opens it (see openDocument); the name is shown as
 * text, whatever it holds.
 */
export function documentLinkList(
  documents: readonly { documentId: string; fileName: string }[],
  onProblem: (problem: DownloadProblem) => void,
  attributes: { id?: string } = {},
): HTMLElement {
  return h(
    "ul",
    { class: "nhsuk-list", ...attributes },
    ...documents.map((d) => {
      const link = h("a", { href: "#", "data-document-id": d.documentId }, d.fileName);
      link.addEventListener("click", (event) => {
        event.preventDefault();
        void openDocument(d.documentId).then((problem) => problem && onProblem(problem));
      });
      return h("li", {}, link);
    }),
  );
}
