import { PhbApplicationView, type PhbPatientAction } from "@front-door/contracts";
import { adviceElement } from "../../../lib/advice-card.ts";
import { api } from "../../../lib/api.ts";
import { byId, h, render } from "../../../lib/dom.ts";
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
  const read = readAction(kind, phb);
  if (!("action" in read)) {
    showFieldError(read.fieldId, read.message);
    return showErrorSummary(errors, [read]);
  }
  const buttons = [...form.querySelectorAll<HTMLButtonElement>("button")];
  for (const b of buttons) b.disabled = true;
  const sent = await post(read.action, view.version);
  for (const b of buttons) b.disabled = false;
  if (sent.ok) {
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
