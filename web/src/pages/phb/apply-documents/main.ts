import { maxPhbDocuments, type PhbDraft } from "@front-door/contracts";
import { uploadDocument } from "../../../lib/documents.ts";
import { byId, h, render, summaryList, visuallyHidden } from "../../../lib/dom.ts";
import { clearErrors } from "../../../lib/error-summary.ts";
import {
  type ApplyContext,
  saveDraft,
  showProblems,
  startApplyPage,
} from "../../../lib/phb/apply-page.ts";
import { documentSize } from "../../../lib/phb/phb-labels.ts";

let context: ApplyContext | undefined;
const fileInput = () => byId<HTMLInputElement>("document-file");
const fieldIdFor = () => "document-file";

async function replaceDocuments(documents: NonNullable<PhbDraft["documents"]>) {
  if (!context) return;
  const draft = { ...context.draft, documents };
  if (!(await saveDraft(draft, fieldIdFor))) return;
  context.draft = draft;
  showDocuments();
}

function showDocuments(): void {
  const documents = context?.draft.documents ?? [];
  if (!documents.length) {
    render(byId("documents-list"), h("p", {}, "You have not added any files."));
    return;
  }
  render(
    byId("documents-list"),
    h("h2", { class: "nhsuk-heading-s" }, "Files added"),
    summaryList(
      documents.map((document, index) => ({
        key: document.fileName,
        value: [
          documentSize(document.size),
          " ",
          h(
            "button",
            {
              class:
                "nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0",
              type: "button",
              id: `remove-document-${index}`,
              "data-document-id": document.documentId,
            },
            "Remove",
            visuallyHidden(` ${document.fileName}`),
          ),
        ],
      })),
    ),
  );
  for (const [index, document] of documents.entries()) {
    byId(`remove-document-${index}`).addEventListener("click", () => {
      void replaceDocuments(documents.filter((d) => d.documentId !== document.documentId));
    });
  }
}

async function upload(): Promise<void> {
  if (!context) return;
  const form = byId<HTMLFormElement>("upload-form");
  clearErrors(byId("apply-errors"), form);
  const documents = context.draft.documents ?? [];
  const file = fileInput().files?.[0];
  const problem = !file
    ? "Select a file"
    : documents.length >= maxPhbDocuments
      ? `You can add up to ${maxPhbDocuments} files: remove one to add another`
      : undefined;
  if (problem || !file) {
    showProblems([{ fieldId: "document-file", message: problem ?? "Select a file" }]);
    return;
  }
  const button = byId<HTMLButtonElement>("upload-button");
  button.disabled = true;
  byId("upload-status").textContent = `Uploading ${file.name}…`;
  const outcome = await uploadDocument(file, "phb");
  button.disabled = false;
  byId("upload-status").textContent = "";
  if (!outcome.ok) {
    showProblems([{ fieldId: "document-file", message: outcome.message }]);
    return;
  }
  fileInput().value = "";
  await replaceDocuments([
    ...documents,
    {
      documentId: outcome.documentId,
      fileName: file.name,
      contentType: file.type as "application/pdf" | "image/jpeg" | "image/png",
      size: file.size,
    },
  ]);
  byId("upload-status").textContent = `${file.name} uploaded.`;
}

startApplyPage({
  step: "documents",
  fill: (loaded) => {
    context = loaded;
    showDocuments();
    byId("upload-form").addEventListener("submit", (event) => {
      event.preventDefault();
      void upload();
    });
  },
  read: (draft) => ({ draft }),
  fieldIdFor,
});
