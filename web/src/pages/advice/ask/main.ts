import { AdvicePracticeStatus, MeResponse } from "@front-door/contracts";
import {
  type AdviceDraft,
  type AdviceStep,
  addProblem,
  adviceSteps,
  changeFrom,
  contactFromProfile,
  currentStep,
  goBack,
  goForward,
  newDraft,
  readAdviceDraft,
  removeProblem,
  saveAdviceDraft,
} from "../../../lib/advice/request-draft.ts";
import { api } from "../../../lib/api.ts";
import { startComponents } from "../../../lib/components.ts";
import { uploadDocument } from "../../../lib/documents.ts";
import { byId, focusElement, h, render } from "../../../lib/dom.ts";
import { clearErrors, showErrorSummary, showFieldError } from "../../../lib/error-summary.ts";
import type { FieldMessage } from "../../../lib/field-errors.ts";
import { draftOwner } from "../../../lib/referral-draft.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { readSession } from "../../../lib/session.ts";
import { startPage } from "../../../lib/shell.ts";
import { checkAnswers } from "./check-answers.ts";
import { filesStep } from "./files-step.ts";
import { continueButton } from "./form-parts.ts";
import { divert, type SendingPage, send } from "./send-request.ts";
import { simpleStep } from "./steps.ts";

let status: AdvicePracticeStatus | undefined;
let draft: AdviceDraft | undefined;
let profileContact: AdviceDraft["contact"];
const title = "Ask your GP practice";

const sendToSignIn = () => location.replace(signInHref("/advice/ask/"));

function keep(next: AdviceDraft): void {
  draft = next;
  saveAdviceDraft(sessionStorage, next);
}

/** The form's values by input name: checked radios and checkboxes only, every box. */
function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
    "input[name], textarea[name]",
  )) {
    if (
      field instanceof HTMLInputElement &&
      ["radio", "checkbox"].includes(field.type) &&
      !field.checked
    )
      continue;
    if (field instanceof HTMLInputElement && field.type === "file") continue;
    values[field.name] = field.value;
  }
  return values;
}

function showErrors(errors: readonly FieldMessage[]): void {
  for (const e of errors) showFieldError(e.fieldId, e.message);
  showErrorSummary(byId("ask-errors"), errors);
}

function backLink(d: AdviceDraft): HTMLElement {
  if (d.trail.length <= 1) return h("a", { class: "nhsuk-back-link", href: "/advice/" }, "Back");
  const link = h("a", { class: "nhsuk-back-link", href: "#" }, "Back");
  link.addEventListener("click", (event) => {
    event.preventDefault();
    keep(goBack(d));
    show();
  });
  return link;
}

function sendingPage(): SendingPage {
  return { siteName: status?.site.name ?? "your practice", showOutcome, sendToSignIn };
}

/** Draws the page the draft is on; one question a page, its heading focused for screen readers. */
function show(): void {
  if (!draft || !status) return;
  const d = draft;
  const step = currentStep(d);
  if (step === "contact" && !d.contact && profileContact) keep({ ...d, contact: profileContact });
  const shown = draft;
  byId("ask-errors").replaceChildren();
  const view = simpleStep(step, shown, status);
  const body = view?.body ?? (step === "files" ? filesStep(shown) : checkAnswers(shown));
  const form = h(
    "form",
    { id: "ask-form", novalidate: true, "data-step": step },
    ...body,
    continueButton(step === "check" ? "Send request" : "Continue"),
  );
  render(byId("ask-step"), backLink(shown), form);
  void startComponents(byId("ask-step"));
  const heading = form.querySelector("h1");
  document.title = `${heading?.textContent?.trim() ?? title} – ${title} – Front Door – NHS`;
  wire(step, form);
  if (heading) focusElement(heading);
}

function wire(step: AdviceStep, form: HTMLFormElement): void {
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void submit(step, form);
  });
  for (const link of form.querySelectorAll<HTMLElement>("[data-change]")) {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      const to = link.dataset.change as AdviceStep;
      if (!draft || !(adviceSteps as readonly string[]).includes(to)) return;
      keep(changeFrom(draft, to, Number(link.dataset.problem ?? 0)));
      show();
    });
  }
  for (const link of form.querySelectorAll<HTMLElement>("[data-remove-problem]")) {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      if (!draft) return;
      keep(removeProblem(draft, Number(link.dataset.removeProblem)));
      show();
    });
  }
  for (const button of form.querySelectorAll<HTMLElement>("[data-remove-document]")) {
    button.addEventListener("click", () => {
      if (!draft) return;
      const id = button.dataset.removeDocument;
      keep({ ...draft, documents: draft.documents.filter((doc) => doc.documentId !== id) });
      show();
    });
  }
  const file = form.querySelector<HTMLInputElement>("input[type=file]");
  file?.addEventListener("change", () => void addFile(file));
}

async function addFile(input: HTMLInputElement): Promise<void> {
  const chosen = input.files?.[0];
  if (!chosen || !draft) return;
  byId("file-progress").textContent = `Uploading ${chosen.name}…`;
  input.disabled = true;
  const outcome = await uploadDocument(chosen, "advice");
  input.disabled = false;
  if (!outcome.ok) {
    byId("file-progress").textContent = "";
    showErrors([{ fieldId: "file", message: outcome.message }]);
    return;
  }
  keep({
    ...draft,
    documents: [...draft.documents, { documentId: outcome.documentId, fileName: chosen.name }],
  });
  show();
  byId("file-progress").textContent = `Added ${chosen.name}`;
}

async function submit(step: AdviceStep, form: HTMLFormElement): Promise<void> {
  if (!draft || !status) return;
  clearErrors(byId("ask-errors"), form);
  if (step === "check") return send(draft, form, sendingPage());
  if (step === "files") {
    keep(goForward(draft));
    return show();
  }
  const view = simpleStep(step, draft, status);
  if (!view) return;
  const read = view.read(formValues(form), new FormData(form));
  if (!read.ok) return showErrors(read.errors);
  if (step === "signs" && (read.draft.signs?.length ?? 0) > 0) {
    draft = read.draft;
    return divert(read.draft, sendingPage());
  }
  keep(read.addProblem ? addProblem(read.draft) : goForward(read.draft));
  show();
}

function showOutcome(...children: (HTMLElement | undefined)[]): void {
  byId("ask-step").replaceChildren();
  byId("ask-errors").replaceChildren();
  const outcome = byId("ask-outcome");
  render(outcome, ...children);
  outcome.hidden = false;
  document.title = `${title} – Front Door – NHS`;
  const heading = outcome.querySelector<HTMLElement>("h1");
  if (heading) focusElement(heading);
}

startPage({
  run: async () => {
    const session = readSession(sessionStorage);
    if (!session) return sendToSignIn();
    const [practice, me] = await Promise.all([
      api("/api/me/advice/practice", { auth: true, schema: AdvicePracticeStatus }),
      api("/api/me", { auth: true, schema: MeResponse }),
    ]);
    if (!practice.ok) {
      if (practice.status === 401) return sendToSignIn();
      return render(byId("ask-message"), h("p", {}, practice.error.message));
    }
    if (!practice.data.acceptingRequests) {
      // Closed meanwhile: the start page says when it opens and where to go now.
      return location.replace("/advice/");
    }
    status = practice.data;
    if (me.ok && me.data.patient) profileContact = contactFromProfile(me.data.patient.profile);
    const owner = draftOwner(session);
    draft = readAdviceDraft(sessionStorage, owner) ?? newDraft(owner);
    byId("ask-message").replaceChildren();
    show();
  },
});
