import { maxPhbDocuments, PhbApplicationView, type PhbPatientAction } from "@front-door/contracts";
import { adviceElement } from "../../../lib/advice-card.ts";
import { api } from "../../../lib/api.ts";
import { uploadDocument } from "../../../lib/documents.ts";
import { byId, h, render, visuallyHidden } from "../../../lib/dom.ts";
import {
  clearErrors,
  showErrorSummary,
  showFieldError,
  showProblemSummary,
} from "../../../lib/error-summary.ts";
import { fieldMessages } from "../../../lib/field-errors.ts";
import { actionDone } from "../../../lib/phb/action-outcomes.ts";
import type { PatientActionKind } from "../../../lib/phb/phb-case.ts";
import { currentPlan, patientActions, patientCaseOf } from "../../../lib/phb/phb-case.ts";
import { documentSize } from "../../../lib/phb/phb-labels.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { readSession } from "../../../lib/session.ts";
import { currentPath, refreshAccount, startPage } from "../../../lib/shell.ts";
import { showSuccessBanner } from "../../../lib/success-banner.ts";
import { actionForm, fieldIdForPath, readAction } from "./action-forms.ts";
import {
  drawBudget,
  drawDecision,
  drawDocuments,
  drawHolding,
  drawInformation,
  drawNext,
  drawPlan,
  drawReconsideration,
  drawSummary,
  drawTimeline,
  drawTracker,
} from "./application-sections.ts";

/** Uploaded and checked for the answer being written; sent with it. */
const answerDocuments: { documentId: string; fileName: string; size: number }[] = [];

function showAnswerDocuments(): void {
  render(
    byId("answer-documents"),
    ...(answerDocuments.length
      ? [
          h("h4", { class: "nhsuk-heading-xs" }, "Files to send with your answer"),
          h(
            "ul",
            { id: "answer-document-list" },
            ...answerDocuments.map((d, index) =>
              h(
                "li",
                {},
                `${d.fileName} (${documentSize(d.size)}) `,
                h(
                  "button",
                  {
                    class: "nhsuk-button nhsuk-button--secondary nhsuk-button--small",
                    type: "button",
                    id: `answer-remove-${index}`,
                  },
                  "Remove",
                  visuallyHidden(` ${d.fileName}`),
                ),
              ),
            ),
          ),
        ]
      : []),
  );
  answerDocuments.forEach((_, index) => {
    byId(`answer-remove-${index}`).addEventListener("click", () => {
      answerDocuments.splice(index, 1);
      showAnswerDocuments();
    });
  });
}

async function uploadForAnswer(): Promise<void> {
  const errors = byId("application-errors");
  clearErrors(errors, document.body);
  const file = byId<HTMLInputElement>("answer-file").files?.[0];
  const problem = !file
    ? "Select a file"
    : answerDocuments.length >= maxPhbDocuments
      ? `You can add up to ${maxPhbDocuments} files`
      : undefined;
  const outcome = file && !problem ? await uploadDocument(file, "phb") : undefined;
  const message = problem ?? (outcome && !outcome.ok ? outcome.message : undefined);
  if (message || !file || !outcome?.ok) {
    const shown = message ?? "Select a file";
    showFieldError("answer-file", shown);
    return showErrorSummary(errors, [{ fieldId: "answer-file", message: shown }]);
  }
  answerDocuments.push({ documentId: outcome.documentId, fileName: file.name, size: file.size });
  byId<HTMLInputElement>("answer-file").value = "";
  showAnswerDocuments();
}

const applicationId = new URLSearchParams(location.search).get("id") ?? "";
const path = `/api/me/phb/applications/${encodeURIComponent(applicationId)}`;
let shown: PhbApplicationView | undefined;

function draw(view: PhbApplicationView): void {
  const phb = patientCaseOf(view);
  if (!phb) throw new Error("The application could not be read");
  shown = view;
  byId("application-heading").textContent = `Your application ${view.reference}`;
  drawSummary(view, byId("application-summary"));
  drawNext(view, byId("application-next"));
  drawTracker(view, byId("application-tracker"));
  drawDecision(phb, byId("application-decision"));
  drawInformation(phb, byId("application-information"));
  drawBudget(phb, byId("application-budget"));
  drawPlan(currentPlan(phb), byId("application-plan"));
  drawHolding(phb, byId("application-holding"));
  drawReconsideration(phb, byId("application-reconsideration"));
  drawDocuments(view, byId("application-documents"));
  drawTimeline(view, byId("application-timeline"));
  const kinds = patientActions(view.stage, phb);
  render(
    byId("application-actions"),
    ...(kinds.length ? [h("h2", {}, "What you can do")] : []),
    ...kinds.map((kind) => actionForm(kind, view.stage, phb)),
  );
  for (const kind of kinds) wire(kind);
}

function wire(kind: PatientActionKind): void {
  const form = byId<HTMLFormElement>(`form-${kind}`);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void act(kind, form);
  });
  if (kind === "answer-information") {
    // Kept across a redraw (a reload after a 409), so nothing uploaded has to be added again.
    showAnswerDocuments();
    byId("answer-upload").addEventListener("click", () => {
      void uploadForAnswer();
    });
  }
  if (kind !== "withdraw") return;
  // Withdrawing cannot be undone from here: ask once more before sending it.
  const confirm = byId("withdraw-confirm");
  const start = byId<HTMLButtonElement>("withdraw-start");
  start.addEventListener("click", () => {
    confirm.hidden = false;
    start.hidden = true;
    byId("withdraw-yes").focus();
  });
  byId("withdraw-no").addEventListener("click", () => {
    confirm.hidden = true;
    start.hidden = false;
    start.focus();
  });
}

async function load(): Promise<PhbApplicationView | undefined> {
  const found = await api(path, { auth: true, schema: PhbApplicationView });
  if (found.ok) return found.data;
  if (found.status === 401) {
    refreshAccount();
    render(byId("application-message"), signIn());
    byId("application-content").hidden = true;
    return undefined;
  }
  if (found.status === 404 || found.status === 400) {
    render(
      byId("application-message"),
      h(
        "p",
        {},
        "We could not find that application among yours. ",
        h("a", { href: "/personal-health-budgets/applications/" }, "See your applications"),
        ".",
      ),
    );
    return undefined;
  }
  throw new Error(found.error.message);
}

async function act(kind: PatientActionKind, form: HTMLFormElement): Promise<void> {
  const view = shown;
  const phb = view && patientCaseOf(view);
  if (!view || !phb) return;
  const errors = byId("application-errors");
  clearErrors(errors, document.body);
  byId("application-banner").replaceChildren();
  const read = readAction(
    kind,
    phb,
    answerDocuments.map((d) => d.documentId),
  );
  if (!("action" in read)) {
    showFieldError(read.fieldId, read.message);
    return showErrorSummary(errors, [read]);
  }
  const buttons = [...form.querySelectorAll<HTMLButtonElement>("button")];
  for (const b of buttons) b.disabled = true;
  const sent = await post(read.action, view.version);
  for (const b of buttons) b.disabled = false;
  if (sent.ok) {
    if (kind === "answer-information") answerDocuments.splice(0);
    draw(sent.data);
    if (sent.data.emergencyAdvice) {
      render(
        byId("emergency-advice"),
        adviceElement(
          sent.data.emergencyAdvice,
          "What you sent was kept and the PHB team can see it. If you need help now, do not wait for them.",
        ),
      );
      byId("emergency-advice").scrollIntoView();
    }
    return showSuccessBanner(byId("application-banner"), actionDone[kind]);
  }
  if (sent.status === 401) {
    refreshAccount();
    return render(byId("application-message"), signIn());
  }
  if (sent.status === 409) {
    // Someone (the PHB team) changed it since this page was drawn: show what it is now.
    const fresh = await load();
    if (fresh) draw(fresh);
    return showProblemSummary(
      errors,
      "This changed since you opened it",
      h("p", {}, sent.error.message),
      h(
        "p",
        {},
        "We have reloaded the application so you can see what changed. Check it, then try again if you still need to.",
      ),
    );
  }
  const messages = fieldMessages(sent.error.fields, sent.error.message, (p) =>
    fieldIdForPath(kind, p),
  );
  for (const m of messages) showFieldError(m.fieldId, m.message);
  showErrorSummary(errors, messages);
}

function post(action: PhbPatientAction, version: number) {
  return api(`${path}/actions`, {
    method: "POST",
    auth: true,
    body: action,
    ifMatch: String(version),
    schema: PhbApplicationView,
  });
}

const signIn = () =>
  h("p", {}, h("a", { href: signInHref(currentPath()) }, "Sign in"), " to see your application.");

startPage({
  run: async () => {
    if (readSession(sessionStorage)?.role !== "patient") {
      return render(byId("application-message"), signIn());
    }
    const view = await load();
    if (!view) return;
    draw(view);
    byId("application-message").replaceChildren();
    byId("application-content").hidden = false;
  },
});
