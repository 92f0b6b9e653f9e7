import { claimNames, StaffAdviceRequestResponse, StaffDayResponse } from "@front-door/contracts";
import { ErrorSummary } from "nhsuk-frontend/dist/nhsuk/components/error-summary/error-summary.mjs";
import { offerableSlots } from "../../../lib/advice-staff/offer.ts";
import { sendToSignIn, showNotStaff } from "../../../lib/advice-staff/page-parts.ts";
import { type ApiError, api } from "../../../lib/api.ts";
import type { DownloadProblem } from "../../../lib/document-download.ts";
import { byId, h, render } from "../../../lib/dom.ts";
import {
  clearErrors,
  showErrorSummary,
  showFieldError,
  showProblemSummary,
} from "../../../lib/error-summary.ts";
import { fieldMessages } from "../../../lib/field-errors.ts";
import { formatWeekdayDate } from "../../../lib/format.ts";
import { informationInset } from "../../../lib/inset.ts";
import { decodeJwtClaims, readSession } from "../../../lib/session.ts";
import { currentPath, startPage } from "../../../lib/shell.ts";
import { showSuccessBanner } from "../../../lib/success-banner.ts";
import { addDays, londonToday } from "../../dashboard/london-date.ts";
import { type ActionRequest, actionForms } from "./action-forms.ts";
import {
  requestProblems,
  requestSummary,
  requestThread,
  type StaffRequest,
} from "./request-view.ts";

const requestId = new URLSearchParams(location.search).get("id")?.trim() ?? "";
const today = londonToday(new Date());
const session = readSession(sessionStorage);
const me = (() => {
  const sub = session ? decodeJwtClaims(session.token)?.[claimNames.subject] : undefined;
  return typeof sub === "string" ? sub : undefined;
})();
const errors = () => byId("request-errors");
const apiPath = `/api/staff/advice/requests/${encodeURIComponent(requestId)}`;

/** The version on screen, sent as If-Match: a stale page's action is refused with 409. */
let shown: StaffRequest | undefined;
let day = today;

async function freeTimes(): Promise<
  { date: string; slots: StaffDayResponse["slots"] } | undefined
> {
  const result = await api(`/api/staff/day?date=${day}`, { auth: true, schema: StaffDayResponse });
  if (!result.ok) return undefined;
  return { date: day, slots: offerableSlots(result.data.slots, new Date().toISOString()) };
}

function dayChooser(): HTMLElement {
  const choice = h(
    "select",
    { class: "nhsuk-select", id: "offer-day", name: "offer-day" },
    ...Array.from({ length: 7 }, (_, i) => {
      const date = addDays(today, i);
      return h(
        "option",
        { value: date, ...(date === day ? { selected: true } : {}) },
        formatWeekdayDate(date),
      );
    }),
  );
  choice.addEventListener("change", () => {
    day = choice.value;
    if (shown) void drawActions(shown);
  });
  return h(
    "div",
    { class: "nhsuk-form-group" },
    h("label", { class: "nhsuk-label", for: "offer-day" }, "Day"),
    choice,
  );
}

async function drawActions(request: StaffRequest): Promise<void> {
  const times = request.status === "closed" ? undefined : await freeTimes();
  render(byId("request-actions"), actionForms(request, send, times, dayChooser()));
}

/** A document that would not open: say why at the top of the page. */
function downloadProblem(problem: DownloadProblem): void {
  if (problem.status === 401) {
    sendToSignIn();
    return;
  }
  showProblemSummary(errors(), "The file could not be opened", h("p", {}, problem.message));
}

async function draw(request: StaffRequest): Promise<void> {
  shown = request;
  render(byId("request-heading"), `Online request ${request.reference}`);
  document.title = `Online request ${request.reference} – Front Door – NHS`;
  render(byId("request-summary"), requestSummary(request, today, me));
  render(byId("request-problems"), requestProblems(request, downloadProblem));
  render(byId("request-thread"), requestThread(request, downloadProblem, me));
  await drawActions(request);
}

/** Someone else acted first: say so, and show the request as it is now. */
async function changedMeanwhile(error: ApiError): Promise<void> {
  const summary = h(
    "div",
    { class: "nhsuk-error-summary", "data-module": "nhsuk-error-summary", id: "error-summary" },
    h(
      "div",
      { role: "alert" },
      h("h2", { class: "nhsuk-error-summary__heading" }, "This request has changed"),
      h(
        "div",
        { class: "nhsuk-error-summary__body" },
        h("p", {}, error.message),
        h("p", {}, "It has been reloaded below: check what was done before you act."),
      ),
    ),
  );
  await load();
  errors().replaceChildren(summary);
  new ErrorSummary(summary);
}

async function send(request: ActionRequest): Promise<void> {
  clearErrors(errors(), request.form);
  byId("request-banner").replaceChildren();
  const result = await api(`${apiPath}/actions`, {
    method: "POST",
    auth: true,
    body: request.body,
    ...(shown ? { ifMatch: `"${shown.version}"` } : {}),
    schema: StaffAdviceRequestResponse,
  });
  if (!result.ok) {
    if (result.status === 401) return sendToSignIn();
    if (result.status === 409 && result.error.code !== "slot_taken") {
      return changedMeanwhile(result.error);
    }
    const messages = fieldMessages(
      result.status === 400 || result.status === 422 || result.status === 409
        ? result.error.fields
        : [],
      result.error.message,
      request.fieldIdFor,
    );
    for (const m of messages) showFieldError(m.fieldId, m.message);
    return showErrorSummary(errors(), messages);
  }
  await draw(result.data.request);
  showSuccessBanner(byId("request-banner"), request.done);
}

async function load(): Promise<boolean> {
  const result = await api(apiPath, { auth: true, schema: StaffAdviceRequestResponse });
  if (!result.ok) {
    if (result.status === 401) {
      sendToSignIn();
      return false;
    }
    if (result.status === 403) {
      showNotStaff(byId("request-message"));
      return false;
    }
    if (result.status === 404 || result.status === 400) {
      render(
        byId("request-message"),
        informationInset("no-request", [
          "There is no request with this link at your practice. ",
          h("a", { href: "/staff/advice/" }, "Go to online requests"),
          ".",
        ]),
      );
      return false;
    }
    throw new Error(result.error.message);
  }
  await draw(result.data.request);
  return true;
}

startPage({
  prepare: async () => {
    if (!session) return sendToSignIn();
    if (!requestId) {
      render(
        byId("request-message"),
        informationInset("no-request", [
          "This link does not say which request to show. ",
          h(
            "a",
            { href: currentPath().startsWith("/staff/") ? "/staff/advice/" : "/" },
            "Choose one from online requests",
          ),
          ".",
        ]),
      );
      return;
    }
    if (!(await load())) return;
    byId("request-message").replaceChildren();
    byId("request-content").hidden = false;
  },
});
