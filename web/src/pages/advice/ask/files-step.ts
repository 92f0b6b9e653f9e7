import { maxAdviceDocuments } from "@front-door/contracts";
import { documentTypes } from "@front-door/domain";
import type { AdviceDraft } from "../../../lib/advice/request-draft.ts";
import { type Child, h } from "../../../lib/dom.ts";

/**
 * "Add photos or documents": each file is uploaded and checked as soon as it is chosen, so the
 * page can say at once if it cannot go (wrong type, too big); up to 3 per request.
 */
export function filesStep(draft: AdviceDraft): Child[] {
  const room = draft.documents.length < maxAdviceDocuments;
  return [
    h("h1", {}, "Add photos or documents (optional)"),
    h(
      "p",
      {},
      `You can add up to ${maxAdviceDocuments} files, such as a photo of a rash or a letter. Each must be a JPG, PNG or PDF smaller than 10MB.`,
    ),
    draft.documents.length
      ? h(
          "ul",
          { class: "nhsuk-list nhsuk-list--border", id: "added-files" },
          ...draft.documents.map((d) =>
            h(
              "li",
              {},
              h("span", { class: "app-own-words" }, d.fileName),
              " ",
              h(
                "button",
                {
                  class:
                    "nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0",
                  type: "button",
                  "data-remove-document": d.documentId,
                },
                "Remove",
                h("span", { class: "nhsuk-u-visually-hidden" }, ` ${d.fileName}`),
              ),
            ),
          ),
        )
      : undefined,
    room
      ? h(
          "div",
          { class: "nhsuk-form-group" },
          h("label", { class: "nhsuk-label nhsuk-label--s", for: "file" }, "Choose a file"),
          h("input", {
            class: "nhsuk-file-upload",
            id: "file",
            name: "file",
            type: "file",
            accept: documentTypes.join(","),
          }),
        )
      : h(
          "p",
          { id: "files-full" },
          `You have added ${maxAdviceDocuments} files, the most you can send.`,
        ),
    h("p", { id: "file-progress", "aria-live": "polite", class: "nhsuk-body-s" }),
  ];
}
