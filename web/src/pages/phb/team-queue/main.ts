import { PhbApplicationView, PhbQueueResponse } from "@front-door/contracts";
import { findPhbOffer, formatPounds, phbRoutesOf } from "@front-door/domain";
import { api } from "../../../lib/api.ts";
import { byId, type Child, h, render } from "../../../lib/dom.ts";
import {
  showErrorSummary,
  showFieldError,
  showProblemSummary,
} from "../../../lib/error-summary.ts";
import { fieldMessages } from "../../../lib/field-errors.ts";
import { formatDate, formatNhsNumber } from "../../../lib/format.ts";
import { informationInset, signedInAs } from "../../../lib/inset.ts";
import { assigneeText, phbStageTags } from "../../../lib/phb-team/labels.ts";
import { keepInQueue, queueApiPath, readQueueFilter } from "../../../lib/phb-team/queue-filter.ts";
import { teamMember } from "../../../lib/phb-team/team-session.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { currentPath, startPage } from "../../../lib/shell.ts";
import { dateOfBirthText } from "../../../lib/staff-referral-labels.ts";
import { showSuccessBanner } from "../../../lib/success-banner.ts";
import { londonToday } from "../../dashboard/london-date.ts";

type Entry = PhbQueueResponse["applications"][number];

const filter = readQueueFilter(location.search);
const me = teamMember();
const today = londonToday(new Date());
const reviews = filter.view === "reviews";

function sendToSignIn(): void {
  location.replace(signInHref(currentPath()));
}

function showNotTeam(): void {
  render(
    byId("queue-message"),
    informationInset(
      "not-phb-team",
      ["Only an integrated care board's personal health budgets team can see its applications."],
      [
        signedInAs(me.session),
        h("a", { href: signInHref(currentPath()) }, "Sign in as a member of the team"),
        " to see them.",
      ],
    ),
  );
}

function tag(text: string, colour: string): HTMLElement {
  return h("strong", { class: `nhsuk-tag nhsuk-tag--${colour}` }, text);
}

function cell(heading: string, ...content: Child[]): HTMLElement {
  return h(
    "td",
    { class: "nhsuk-table__cell", role: "cell" },
    h("span", { class: "nhsuk-table__heading", "aria-hidden": "true" }, `${heading} `),
    h("div", {}, ...content),
  );
}

const viewHref = (entry: Entry) => `/phb/team/application/?id=${encodeURIComponent(entry.id)}`;

function dueCell(entry: Entry): Child[] {
  if (!entry.dueBy) return ["No date"];
  return [
    entry.overdue && tag("Overdue", "red"),
    entry.overdue && " ",
    `${reviews ? "Review due" : "Due"} ${formatDate(entry.dueBy)}`,
  ];
}

function takeButton(entry: Entry): HTMLElement | undefined {
  if (!me.userId || entry.assigneeId === me.userId) return undefined;
  const button = h(
    "button",
    {
      class: "nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0",
      type: "button",
      id: `take-${entry.id}`,
    },
    "Take it",
    h("span", { class: "nhsuk-u-visually-hidden" }, `: ${entry.reference}`),
  );
  button.addEventListener("click", () => {
    button.setAttribute("disabled", "");
    void take(entry).finally(() => button.removeAttribute("disabled"));
  });
  return button;
}

function row(entry: Entry, routeName: (id: string) => string): HTMLElement {
  const { person } = entry;
  return h(
    "tr",
    { class: "nhsuk-table__row", role: "row", "data-application-id": entry.id },
    cell(
      "Reference",
      h(
        "a",
        { href: viewHref(entry) },
        entry.reference,
        h("span", { class: "nhsuk-u-visually-hidden" }, `, application for ${person.name}`),
      ),
      entry.flaggedWords && h("p", { class: "nhsuk-u-margin-top-1" }, tag("Words flagged", "red")),
    ),
    cell(
      "Person",
      h("p", { class: "nhsuk-u-margin-bottom-1" }, person.name),
      person.nhsNumber &&
        h(
          "p",
          { class: "nhsuk-body-s nhsuk-u-margin-bottom-1" },
          `NHS number ${formatNhsNumber(person.nhsNumber)}`,
        ),
      h(
        "p",
        { class: "nhsuk-body-s nhsuk-u-margin-bottom-0" },
        `Born ${dateOfBirthText(person.dateOfBirth, today)}`,
      ),
    ),
    cell("Route", routeName(entry.routeId)),
    cell("Stage", tag(phbStageTags[entry.stage].text, phbStageTags[entry.stage].colour)),
    cell("Due", ...dueCell(entry)),
    cell("Who has it", assigneeText(entry.assigneeId, me.userId), " ", takeButton(entry)),
  );
}

function table(entries: readonly Entry[], routeName: (id: string) => string): HTMLElement {
  const overdue = entries.filter((e) => e.overdue).length;
  const noun = reviews ? "review" : "application";
  const caption = `${entries.length} ${entries.length === 1 ? noun : `${noun}s`}${overdue ? `, ${overdue} overdue` : ""}`;
  const columns = ["Reference", "Person", "Route", "Stage", "Due", "Who has it"];
  return h(
    "div",
    {
      class: "nhsuk-table-container",
      tabindex: "0",
      role: "region",
      "aria-label": reviews ? "Reviews due" : "Applications",
    },
    h(
      "table",
      {
        class: "nhsuk-table nhsuk-table--responsive nhsuk-table--compact app-stacking-table",
        role: "table",
        id: "queue-table",
      },
      h("caption", { class: "nhsuk-table__caption nhsuk-table__caption--m" }, caption),
      h(
        "thead",
        { class: "nhsuk-table__head", role: "rowgroup" },
        h(
          "tr",
          { class: "nhsuk-table__row", role: "row" },
          ...columns.map((c) =>
            h("th", { class: "nhsuk-table__header", scope: "col", role: "columnheader" }, c),
          ),
        ),
      ),
      h("tbody", { class: "nhsuk-table__body" }, ...entries.map((e) => row(e, routeName))),
    ),
  );
}

/** Takes the application: If-Match on the version listed, so a colleague's change wins clearly. */
async function take(entry: Entry): Promise<void> {
  if (!me.userId) return;
  const result = await api(`/api/phb/applications/${encodeURIComponent(entry.id)}/actions`, {
    method: "POST",
    auth: true,
    body: { type: "assign", assigneeId: me.userId },
    ifMatch: `"${entry.version}"`,
    schema: PhbApplicationView,
  });
  if (!result.ok) {
    if (result.status === 401) return sendToSignIn();
    showProblemSummary(
      byId("queue-errors"),
      result.status === 409 ? "Someone else changed this application" : "It could not be taken",
      h("p", {}, `${entry.reference}: ${result.error.message}`),
      h("p", {}, "The list below has been reloaded to show it as it is now."),
    );
    await load();
    return;
  }
  byId("queue-errors").replaceChildren();
  showSuccessBanner(
    byId("queue-banner"),
    `You have taken ${result.data.reference}`,
    "It is assigned to you; your colleagues see that.",
  );
  await load();
}

function fillForm(routes: readonly { id: string; name: string }[]): void {
  const route = byId<HTMLSelectElement>("route");
  if (route.options.length === 1) {
    route.append(...routes.map((r) => h("option", { value: r.id }, r.name)));
  }
  route.value = routes.some((r) => r.id === filter.route) ? filter.route : "";
  byId<HTMLSelectElement>("stage").value = filter.stage;
  byId<HTMLSelectElement>("assignee").value = filter.assignee;
  byId<HTMLInputElement>("view").value = filter.view;
  // The reviews view is of budgets in place: the stage does not apply there.
  byId("stage-group").hidden = reviews;
}

function markCurrentView(): void {
  const current = byId(reviews ? "reviews-view-link" : "work-view-link");
  current.setAttribute("aria-current", "page");
  current.classList.add("nhsuk-u-font-weight-bold");
}

async function load(): Promise<void> {
  const result = await api(queueApiPath(filter, me.userId), {
    auth: true,
    schema: PhbQueueResponse,
  });
  if (!result.ok) {
    if (result.status === 401) return sendToSignIn();
    if (result.status === 403) return showNotTeam();
    if (result.status !== 400) throw new Error(result.error.message);
    byId("queue-message").replaceChildren();
    byId("queue-content").hidden = false;
    const messages = fieldMessages(result.error.fields, result.error.message, (path) =>
      ["stage", "route", "assignee"].includes(path) ? path : "stage",
    );
    for (const m of messages) showFieldError(m.fieldId, m.message);
    showErrorSummary(byId("queue-errors"), messages);
    return;
  }
  const offer = findPhbOffer(result.data.icbId);
  const routes = offer ? phbRoutesOf(offer) : [];
  const routeName = (id: string) => routes.find((r) => r.id === id)?.name ?? id;
  render(
    byId("queue-icb"),
    offer?.icbName ?? result.data.icbId,
    h("span", { class: "nhsuk-u-visually-hidden" }, ": "),
  );
  render(byId("queue-title"), reviews ? "Reviews due and overdue" : "Personal health budgets");
  fillForm(routes);
  const entries = result.data.applications.filter((e) => keepInQueue(filter, e));
  byId("queue-message").replaceChildren();
  byId("queue-content").hidden = false;
  render(
    byId("queue-list"),
    entries.length
      ? table(entries, routeName)
      : h(
          "p",
          { id: "queue-empty" },
          reviews
            ? "No reviews are due. Budgets in place come back here when their review falls due."
            : "No applications match. Try another stage, route or who has it.",
        ),
    me.approvalLimitPence !== undefined &&
      h(
        "p",
        { class: "nhsuk-body-s", id: "approval-limit" },
        `You can sign off plans of up to ${formatPounds(me.approvalLimitPence)} a year.`,
      ),
  );
}

startPage({
  prepare: async () => {
    if (!me.session) return sendToSignIn();
    markCurrentView();
    await load();
  },
});
