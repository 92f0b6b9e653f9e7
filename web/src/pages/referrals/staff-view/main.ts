import { claimNames, ReferralSlotsResponse, StaffReferralResponse } from "@front-door/contracts";
import { ErrorSummary } from "nhsuk-frontend/dist/nhsuk/components/error-summary/error-summary.mjs";
import { type ApiError, api } from "../../../lib/api.ts";
import { byId, type Child, h, render } from "../../../lib/dom.ts";
import { clearErrors, showErrorSummary, showFieldError } from "../../../lib/error-summary.ts";
import { fieldMessages } from "../../../lib/field-errors.ts";
import { informationInset, signedInAs } from "../../../lib/inset.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { decodeJwtClaims, readSession } from "../../../lib/session.ts";
import { currentPath, startPage } from "../../../lib/shell.ts";
import { showSuccessBanner } from "../../../lib/success-banner.ts";
import { londonToday } from "../../dashboard/london-date.ts";
import type { ActionRequest } from "./action-form.ts";
import { referralActions } from "./action-forms.ts";
import { actionDone, needsFreeTimes } from "./referral-actions.ts";
import {
  referralAnswers,
  referralSummary,
  referralTimeline,
  type StaffReferral,
} from "./referral-view.ts";
import { refreshTimes } from "./time-select.ts";

const referralId = new URLSearchParams(location.search).get("id")?.trim() ?? "";
const today = londonToday(new Date());
const session = readSession(sessionStorage);
/** The token's subject is the timeline's actorId: it marks "(you)", nothing more. */
const myUserId = (() => {
  const sub = session ? decodeJwtClaims(session.token)?.[claimNames.subject] : undefined;
  return typeof sub === "string" ? sub : undefined;
})();
const errors = () => byId("referral-errors");

function sendToSignIn(): void {
  location.replace(signInHref(currentPath()));
}

function showMessage(id: string, ...paragraphs: Child[][]): void {
  render(byId("referral-message"), informationInset(id, ...paragraphs));
}

function showNotStaff(): void {
  showMessage(
    "not-staff",
    ["Only receptionists and clinicians at a health centre can see its referrals."],
    [
      signedInAs(session),
      h("a", { href: signInHref(currentPath()) }, "Sign in as staff"),
      " to see them.",
    ],
  );
}

/**
 * The NHS error summary for a problem that is not about a field: someone else acted on the
 * referral since it was loaded, so the page is out of date. The way on is to reload it.
 */
function showOutOfDate(error: ApiError): void {
  const summary = h(
    "div",
    { class: "nhsuk-error-summary", "data-module": "nhsuk-error-summary", id: "error-summary" },
    h(
      "div",
      { role: "alert" },
      h("h2", { class: "nhsuk-error-summary__heading" }, "This referral has changed"),
      h(
        "div",
        { class: "nhsuk-error-summary__body" },
        h("p", {}, error.message),
        error.code === "transition_not_allowed" &&
          h("p", {}, "Someone may have acted on it since you opened it."),
        h(
          "ul",
          { class: "nhsuk-list nhsuk-error-summary__list" },
          h(
            "li",
            {},
            h("a", { href: currentPath(), id: "reload-referral" }, "Reload the referral"),
          ),
        ),
      ),
    ),
  );
  errors().replaceChildren(summary);
  new ErrorSummary(summary);
}

/** The version on screen: actions send it as If-Match, so a stale page's action is refused. */
let shownVersion: number | undefined;

/**
 * The referral's free times at this site, for the booking forms. Undefined if they could not
 * be read: the forms say so rather than the page failing.
 */
async function freeTimes(): Promise<ReferralSlotsResponse | undefined> {
  const result = await api(`/api/staff/referrals/${encodeURIComponent(referralId)}/slots`, {
    auth: true,
    schema: ReferralSlotsResponse,
  });
  if (!result.ok && result.status === 401) sendToSignIn();
  return result.ok ? result.data : undefined;
}

async function draw(referral: StaffReferral): Promise<void> {
  shownVersion = referral.version;
  const times = needsFreeTimes(session?.role, referral.stage) ? await freeTimes() : undefined;
  render(
    byId("referral-site"),
    referral.serviceName,
    h("span", { class: "nhsuk-u-visually-hidden" }, ": "),
  );
  render(byId("referral-title"), `Referral ${referral.reference}`);
  document.title = `Referral ${referral.reference} – Front Door – NHS`;
  render(byId("referral-summary"), referralSummary(referral, today));
  render(byId("referral-answers"), referralAnswers(referral));
  render(byId("referral-actions"), referralActions(referral, session?.role, send, times));
  render(byId("referral-timeline"), referralTimeline(referral, myUserId));
}

/**
 * Someone else took the time (or it can no longer be booked): the form stays as it was, with
 * the times as they are now and the error on the time.
 */
async function timeGone(request: ActionRequest, error: ApiError): Promise<void> {
  const select = request.form.querySelector("select");
  if (!select) return showOutOfDate(error);
  const times = await freeTimes();
  if (times) refreshTimes(select, times);
  showFieldError(select.id, error.message);
  showErrorSummary(errors(), [{ fieldId: select.id, message: error.message }]);
}

async function send(request: ActionRequest): Promise<void> {
  clearErrors(errors(), request.form);
  byId("referral-banner").replaceChildren();
  const result = await api(`/api/staff/referrals/${encodeURIComponent(referralId)}/actions`, {
    method: "POST",
    auth: true,
    body: request.body,
    ...(shownVersion !== undefined ? { ifMatch: `"${shownVersion}"` } : {}),
    schema: StaffReferralResponse,
  });
  if (!result.ok) {
    if (result.status === 401) return sendToSignIn();
    const { code } = result.error;
    if (code === "referral_changed_meanwhile" || code === "transition_not_allowed") {
      return showOutOfDate(result.error);
    }
    if (code === "slot_taken" || code === "slot_not_bookable" || code === "not_found") {
      return timeGone(request, result.error);
    }
    const messages = fieldMessages(
      result.status === 400 ? result.error.fields : [],
      result.error.message,
      request.fieldIdFor,
    );
    for (const m of messages) showFieldError(m.fieldId, m.message);
    return showErrorSummary(errors(), messages);
  }
  const { referral } = result.data;
  await draw(referral);
  const done = actionDone(request.action, referral);
  showSuccessBanner(byId("referral-banner"), done.heading, done.detail);
}

startPage({
  prepare: async () => {
    if (!session) return sendToSignIn();
    if (!referralId) {
      return showMessage("no-referral", [
        "This link does not say which referral to show. ",
        h("a", { href: "/staff/referrals/" }, "Choose one from the referrals"),
        ".",
      ]);
    }
    const result = await api(`/api/staff/referrals/${encodeURIComponent(referralId)}`, {
      auth: true,
      schema: StaffReferralResponse,
    });
    if (!result.ok) {
      if (result.status === 401) return sendToSignIn();
      if (result.status === 403) return showNotStaff();
      if (result.status === 404 || result.status === 400) {
        return showMessage("no-referral", [
          "There is no referral with this link for your site. ",
          h("a", { href: "/staff/referrals/" }, "Go to your referrals"),
          ".",
        ]);
      }
      throw new Error(result.error.message);
    }
    await draw(result.data.referral);
    byId("referral-message").replaceChildren();
    byId("referral-content").hidden = false;
  },
});
