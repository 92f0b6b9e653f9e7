import {
  AdviceReplyResponse,
  MyAdviceRequestResponse,
  maxAdviceDocuments,
} from "@front-door/contracts";
import { maxProblemTextLength } from "@front-door/domain";
import { flaggedWordsAdvice } from "../../../lib/advice/emergency-view.ts";
import { api } from "../../../lib/api.ts";
import { startComponents } from "../../../lib/components.ts";
import { openDocument } from "../../../lib/document-download.ts";
import { uploadDocument } from "../../../lib/documents.ts";
import { byId, focusElement, h, render } from "../../../lib/dom.ts";
import {
  clearErrors,
  showErrorSummary,
  showFieldError,
  showProblemSummary,
} from "../../../lib/error-summary.ts";
import { informationInset } from "../../../lib/inset.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { readSession } from "../../../lib/session.ts";
import { currentPath, startPage } from "../../../lib/shell.ts";
import { countedTextarea } from "../ask/form-parts.ts";
import { threadView } from "./thread-view.ts";

type Request = MyAdviceRequestResponse["request"];

const requestId = new URLSearchParams(location.search).get("id") ?? "";
const requestPath = `/api/me/advice/requests/${encodeURIComponent(requestId)}`;
/** Files uploaded for the reply being written; sent with it. */
let replyDocuments: { documentId: string; fileName: string }[] = [];

const sendToSignIn = () => location.replace(signInHref(currentPath()));

function wireDownloads(root: HTMLElement): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>("[data-document-id]")) {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      void download(link.dataset.documentId ?? "");
    });
  }
}

async function download(documentId: string): Promise<void> {
  const problem = await openDocument(documentId);
  if (!problem) return;
  if (problem.status === 401) return sendToSignIn();
  showProblemSummary(
    byId("thread-errors"),
    "The file could not be downloaded",
    h("p", {}, problem.message),
  );
}

function uploadedList(): HTMLElement {
  return h(
    "ul",
    { class: "nhsuk-list", id: "reply-files" },
    ...replyDocuments.map((d) => h("li", {}, h("span", { class: "app-own-words" }, d.fileName))),
  );
}

function replyForm(request: Request): HTMLElement {
  if (request.status === "closed") {
    return informationInset("reply-closed", [
      "This request is closed, so you cannot reply to it. If you need more help, ",
      h("a", { href: "/advice/" }, "ask your GP practice something new"),
      ".",
    ]);
  }
  const file = h("input", {
    class: "nhsuk-file-upload",
    id: "reply-file",
    name: "file",
    type: "file",
    accept: "image/jpeg,image/png,application/pdf",
  });
  const form = h(
    "form",
    { id: "reply-form", novalidate: true },
    countedTextarea({
      name: "reply-text",
      question:
        request.status === "awaiting-patient"
          ? "Reply to your practice"
          : "Send your practice a message",
      heading: false,
      hint: "If you feel worse, do not wait for a reply: call 111, or 999 in an emergency.",
      value: "",
      max: maxProblemTextLength,
    }),
    h(
      "div",
      { class: "nhsuk-form-group" },
      h(
        "label",
        { class: "nhsuk-label nhsuk-label--s", for: "reply-file" },
        `Add a photo or document (optional, up to ${maxAdviceDocuments})`,
      ),
      file,
    ),
    uploadedList(),
    h("p", { id: "reply-progress", "aria-live": "polite", class: "nhsuk-body-s" }),
    h(
      "button",
      { class: "nhsuk-button", type: "submit", id: "reply-send", "data-module": "nhsuk-button" },
      "Send reply",
    ),
  );
  file.addEventListener("change", () => void addFile(file));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void sendReply(form, request);
  });
  return form;
}

async function addFile(input: HTMLInputElement): Promise<void> {
  const chosen = input.files?.[0];
  if (!chosen) return;
  if (replyDocuments.length >= maxAdviceDocuments) {
    return showErrorSummary(byId("thread-errors"), [
      { fieldId: "reply-file", message: `You can add up to ${maxAdviceDocuments} files` },
    ]);
  }
  byId("reply-progress").textContent = `Uploading ${chosen.name}…`;
  const outcome = await uploadDocument(chosen, "advice");
  input.value = "";
  if (!outcome.ok) {
    byId("reply-progress").textContent = "";
    showFieldError("reply-file", outcome.message);
    return showErrorSummary(byId("thread-errors"), [
      { fieldId: "reply-file", message: outcome.message },
    ]);
  }
  replyDocuments = [...replyDocuments, { documentId: outcome.documentId, fileName: chosen.name }];
  byId("reply-files").replaceWith(uploadedList());
  byId("reply-progress").textContent = `Added ${chosen.name}`;
}

async function sendReply(form: HTMLFormElement, request: Request): Promise<void> {
  clearErrors(byId("thread-errors"), form);
  const text = byId<HTMLTextAreaElement>("reply-text").value;
  const problem = !text.trim()
    ? "Write your reply"
    : text.trim().length > maxProblemTextLength
      ? `Use ${maxProblemTextLength.toLocaleString("en-GB")} characters or fewer`
      : undefined;
  if (problem) {
    showFieldError("reply-text", problem);
    return showErrorSummary(byId("thread-errors"), [{ fieldId: "reply-text", message: problem }]);
  }
  const button = byId<HTMLButtonElement>("reply-send");
  button.disabled = true;
  const result = await api(`${requestPath}/replies`, {
    method: "POST",
    auth: true,
    body: { text, documentIds: replyDocuments.map((d) => d.documentId) },
    schema: AdviceReplyResponse,
  });
  button.disabled = false;
  if (!result.ok) {
    if (result.status === 401) return sendToSignIn();
    return showProblemSummary(
      byId("thread-errors"),
      "Your reply has not been sent",
      h("p", {}, result.error.message),
    );
  }
  replyDocuments = [];
  show(result.data.request);
  const advice = result.data.emergencyAdvice;
  if (advice) {
    // The reply is with the practice, marked urgent: the advice shows at once, above it all.
    render(
      byId("thread-flagged"),
      flaggedWordsAdvice(
        advice,
        `We have sent your reply to your practice and marked request ${request.reference} urgent.`,
        (b) => void notMeant(b),
      ),
    );
    const heading = byId("thread-flagged").querySelector<HTMLElement>("h1");
    if (heading) focusElement(heading);
    return;
  }
  render(
    byId("thread-flagged"),
    informationInset("reply-sent", ["Your reply has been sent to your practice."]),
  );
  focusElement(byId("reply-sent"));
}

async function notMeant(button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  const result = await api(`${requestPath}/not-an-emergency`, {
    method: "POST",
    auth: true,
    body: { notMeantAsEmergency: true },
    schema: MyAdviceRequestResponse,
  });
  button.disabled = false;
  if (!result.ok) {
    if (result.status === 401) return sendToSignIn();
    return showProblemSummary(
      byId("thread-errors"),
      "We could not tell your practice",
      h("p", {}, result.error.message),
    );
  }
  render(
    byId("thread-flagged"),
    informationInset("not-meant-recorded", [
      "We have told your practice that what you wrote was not meant as an emergency. They will still treat it as urgent.",
    ]),
  );
  focusElement(byId("not-meant-recorded"));
  show(result.data.request);
}

function show(request: Request): void {
  render(byId("thread-content"), ...threadView(request));
  wireDownloads(byId("thread-content"));
  byId("thread-content").hidden = false;
  render(byId("reply-area"), h("h2", {}, "Reply"), replyForm(request));
  byId("reply-area").hidden = false;
  void startComponents(byId("reply-area"));
}

startPage({
  run: async () => {
    if (!readSession(sessionStorage)) return sendToSignIn();
    const result = await api(requestPath, { auth: true, schema: MyAdviceRequestResponse });
    if (!result.ok) {
      if (result.status === 401) return sendToSignIn();
      return render(
        byId("thread-message"),
        h("p", { id: "thread-not-found" }, "We could not find that request."),
        h("p", {}, h("a", { href: "/advice/requests/" }, "See your requests")),
      );
    }
    byId("thread-message").replaceChildren();
    show(result.data.request);
  },
});
