import { PhbApplicationView } from "@front-door/contracts";
import { findPhbOffer } from "@front-door/domain";
import { api } from "../../../lib/api.ts";
import { openDocument } from "../../../lib/document-download.ts";
import { byId, type Child, h, render } from "../../../lib/dom.ts";
import {
  clearErrors,
  showErrorSummary,
  showFieldError,
  showProblemSummary,
} from "../../../lib/error-summary.ts";
import { fieldMessages } from "../../../lib/field-errors.ts";
import { informationInset, signedInAs } from "../../../lib/inset.ts";
import { teamActionsAt } from "../../../lib/phb-team/holding.ts";
import { teamMember } from "../../../lib/phb-team/team-session.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { currentPath, startPage } from "../../../lib/shell.ts";
import { showSuccessBanner } from "../../../lib/success-banner.ts";
import { londonToday } from "../../dashboard/london-date.ts";
import type { ActionRequest } from "./action-form.ts";
import {
  applicationDetails,
  applicationSummary,
  decisions,
  documentsList,
  people,
  timeline,
} from "./application-view.ts";
import { holdingForm, inPlaceForm } from "./holding-forms.ts";
import { planForm, signOffForm } from "./plan-forms.ts";
import { planView } from "./plan-view.ts";
import { reviewForm } from "./review-form.ts";
import {
  assessmentForm,
  assignForms,
  budgetForm,
  eligibilityForms,
  reconsiderationForm,
  requestInformationForm,
  withdrawForm,
} from "./stage-forms.ts";
import { asTeamApplication, type TeamApplication } from "./team-case.ts";

const applicationId = new URLSearchParams(location.search).get("id")?.trim() ?? "";
const me = teamMember();
const today = londonToday(new Date());
const errors = () => byId("application-errors");
const apiPath = `/api/phb/applications/${encodeURIComponent(applicationId)}`;

/** The version on screen: actions send it as If-Match, so a stale page's action is refused. */
let shownVersion: number | undefined;

function sendToSignIn(): void {
  location.replace(signInHref(currentPath()));
}

function showMessage(id: string, ...paragraphs: Child[][]): void {
  render(byId("application-message"), informationInset(id, ...paragraphs));
}

async function download(documentId: string): Promise<void> {
  const problem = await openDocument(documentId);
  if (!problem) return;
  if (problem.status === 401) return sendToSignIn();
  showProblemSummary(errors(), "The document could not be downloaded", h("p", {}, problem.message));
}

/** The forms for what the team may do at this stage, in the order the work goes. */
function actions(app: TeamApplication): HTMLElement[] {
  const allowed = new Set(teamActionsAt(app.stage));
  const offer = findPhbOffer(app.icbId);
  const forms: (HTMLElement | undefined | false)[] = [
    allowed.has("decide-eligible") && eligibilityForms(app, send),
    allowed.has("record-assessment") && assessmentForm(today, send),
    allowed.has("set-budget") && !app.case.budget && budgetForm(app, send),
    allowed.has("sign-off") && signOffForm(app, me.approvalLimitPence, send),
    allowed.has("save-plan") && planForm(app, send),
    allowed.has("set-budget") && app.case.budget && budgetForm(app, send),
    allowed.has("record-holding") && holdingForm(app, send),
    allowed.has("mark-in-place") && app.case.holding && inPlaceForm(today, send),
    allowed.has("record-review") && reviewForm(app, today, offer?.noticeDays ?? 28, send),
    allowed.has("decide-reconsideration") && reconsiderationForm(app, send),
    allowed.has("request-information") && requestInformationForm(send),
    allowed.has("assign") && assignForms(app, me.userId, send),
    allowed.has("withdraw") && withdrawForm(send),
  ];
  const shown = forms.filter((f): f is HTMLElement => f instanceof HTMLElement);
  if (shown.length) return shown;
  // The team's view of the tracker is in the team's words ("Waiting for the person to …").
  return [h("p", { id: "nothing-to-do" }, app.tracker.nextStep)];
}

function draw(view: PhbApplicationView): void {
  const app = asTeamApplication(view);
  shownVersion = app.version;
  render(
    byId("application-route"),
    app.routeName,
    h("span", { class: "nhsuk-u-visually-hidden" }, ": "),
  );
  render(byId("application-title"), `Application ${app.reference}`);
  document.title = `Application ${app.reference} – Front Door – NHS`;
  render(byId("application-summary"), applicationSummary(app, me.userId, today));
  render(byId("application-person"), people(app, today));
  render(byId("application-details"), applicationDetails(app));
  render(byId("application-documents"), documentsList(app, download));
  render(byId("application-decisions"), decisions(app));
  render(byId("application-plan"), planView(app));
  render(byId("application-actions"), ...actions(app));
  render(byId("application-timeline"), timeline(app, me.userId));
}

async function load(): Promise<boolean> {
  const result = await api(apiPath, { auth: true, schema: PhbApplicationView });
  if (result.ok) {
    draw(result.data);
    return true;
  }
  if (result.status === 401) sendToSignIn();
  else if (result.status === 403) {
    showMessage(
      "not-phb-team",
      ["Only an integrated care board's personal health budgets team can see its applications."],
      [
        signedInAs(me.session),
        h("a", { href: signInHref(currentPath()) }, "Sign in as a member of the team"),
        " to see it.",
      ],
    );
  } else if (result.status === 404 || result.status === 400) {
    showMessage("no-application", [
      "There is no application with this link at your ICB. ",
      h("a", { href: "/phb/team/" }, "Go to the work queue"),
      ".",
    ]);
  } else throw new Error(result.error.message);
  return false;
}

/**
 * Someone else acted since the page was drawn (409): say so, then show the application as it
 * is now, so the member sees what changed before trying again.
 */
async function changedMeanwhile(message: string): Promise<void> {
  await load();
  showProblemSummary(
    errors(),
    "Someone else changed this application",
    h("p", {}, message),
    h(
      "p",
      { id: "reloaded" },
      "The page has been reloaded and shows it as it is now. Check it, then try again if you still need to.",
    ),
  );
}

async function send(request: ActionRequest): Promise<void> {
  clearErrors(errors(), request.form);
  byId("application-banner").replaceChildren();
  if ("messages" in request.reading) {
    for (const m of request.reading.messages) showFieldError(m.fieldId, m.message, m.highlight);
    return showErrorSummary(errors(), request.reading.messages);
  }
  const result = await api(`${apiPath}/actions`, {
    method: "POST",
    auth: true,
    body: request.reading.body,
    ...(shownVersion !== undefined ? { ifMatch: `"${shownVersion}"` } : {}),
    schema: PhbApplicationView,
  });
  if (!result.ok) {
    if (result.status === 401) return sendToSignIn();
    if (result.status === 409) return changedMeanwhile(result.error.message);
    const fields =
      result.status === 400 || result.status === 422 || result.status === 403
        ? result.error.fields
        : [];
    const messages = fieldMessages(fields, result.error.message, request.fieldIdFor);
    for (const m of messages) showFieldError(m.fieldId, m.message);
    return showErrorSummary(errors(), messages);
  }
  draw(result.data);
  showSuccessBanner(byId("application-banner"), request.done);
}

startPage({
  prepare: async () => {
    if (!me.session) return sendToSignIn();
    if (!applicationId) {
      return showMessage("no-application", [
        "This link does not say which application to show. ",
        h("a", { href: "/phb/team/" }, "Choose one from the work queue"),
        ".",
      ]);
    }
    if (await load()) {
      byId("application-message").replaceChildren();
      byId("application-content").hidden = false;
    }
  },
});
