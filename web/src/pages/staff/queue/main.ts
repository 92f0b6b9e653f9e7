import {
  CloseRequestResponse,
  MeResponse,
  type QueueEntry,
  QueueResponse,
  queueOutcomes,
} from "@front-door/contracts";
import { api } from "../../../lib/api.ts";
import { byId, h, render } from "../../../lib/dom.ts";
import { clearErrors, showErrorSummary, showFieldError } from "../../../lib/error-summary.ts";
import { fieldMessages } from "../../../lib/field-errors.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { readSession } from "../../../lib/session.ts";
import { currentPath, startPage } from "../../../lib/shell.ts";
import { longDate, requestedDate, shiftDate } from "../../../lib/staff-dates.ts";
import { needsDetails, needsTags, patientName } from "../../../lib/staff-labels.ts";
import { showSuccessBanner } from "../../../lib/success-banner.ts";
import { londonToday } from "../../dashboard/london-date.ts";
import {
  askedAt,
  nhsNumberText,
  outcomeLabels,
  queueStatusText,
  splitQueue,
} from "./queue-format.ts";

const today = londonToday(new Date());
const { date } = requestedDate(location.search, today);
const errors = () => byId("queue-errors");

function sendToSignIn(): void {
  location.replace(signInHref(currentPath()));
}

const nameOf = (entry: QueueEntry) => (entry.patient ? patientName(entry.patient) : "A patient");

function needs(entry: QueueEntry): HTMLElement[] {
  if (!entry.patient) return [];
  const tags = needsTags(entry.patient.communication);
  return [
    ...(tags.length
      ? [
          h(
            "ul",
            { class: "nhsuk-list", "aria-label": "Communication needs" },
            ...tags.map((t) =>
              h(
                "li",
                { class: "nhsuk-u-margin-bottom-1" },
                h("strong", { class: "nhsuk-tag nhsuk-tag--white" }, t),
              ),
            ),
          ),
        ]
      : []),
    ...needsDetails(entry.patient.communication).map((d) => h("p", { class: "nhsuk-body-s" }, d)),
  ];
}

function closeForm(entry: QueueEntry, card: HTMLElement): HTMLFormElement {
  const prefix = `close-${entry.id}`;
  const firstOutcome = `${prefix}-${queueOutcomes[0]}`;
  const noteId = `${prefix}-note`;
  const form = h(
    "form",
    { novalidate: true, class: "nhsuk-u-margin-top-4", "data-close-form": entry.id },
    h(
      "div",
      { class: "nhsuk-form-group" },
      h(
        "fieldset",
        { class: "nhsuk-fieldset" },
        h(
          "legend",
          { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--s" },
          `What happened with ${nameOf(entry)}’s request?`,
        ),
        h(
          "div",
          { class: "nhsuk-radios" },
          ...queueOutcomes.map((outcome) =>
            h(
              "div",
              { class: "nhsuk-radios__item" },
              h("input", {
                class: "nhsuk-radios__input",
                id: `${prefix}-${outcome}`,
                name: `${prefix}-outcome`,
                type: "radio",
                value: outcome,
              }),
              h(
                "label",
                { class: "nhsuk-label nhsuk-radios__label", for: `${prefix}-${outcome}` },
                outcomeLabels[outcome] ?? outcome,
              ),
            ),
          ),
        ),
      ),
    ),
    h(
      "div",
      { class: "nhsuk-form-group" },
      h("label", { class: "nhsuk-label", for: noteId }, "Note (optional)"),
      h(
        "div",
        { class: "nhsuk-hint", id: `${noteId}-hint` },
        "For the team, not the patient. Up to 500 characters.",
      ),
      h("textarea", {
        class: "nhsuk-textarea",
        id: noteId,
        name: noteId,
        rows: 2,
        "aria-describedby": `${noteId}-hint`,
      }),
    ),
    h(
      "button",
      { class: "nhsuk-button nhsuk-button--small", type: "submit" },
      "Close request",
      h("span", { class: "nhsuk-u-visually-hidden" }, ` from ${nameOf(entry)}`),
    ),
  );
  let busy = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    clearErrors(errors(), card);
    const data = new FormData(form);
    const outcome = data.get(`${prefix}-outcome`)?.toString();
    const note = data.get(noteId)?.toString().trim();
    void api(`/api/staff/queue/${entry.id}/close`, {
      method: "POST",
      auth: true,
      body: { ...(outcome ? { outcome } : {}), ...(note ? { note } : {}) },
      schema: CloseRequestResponse,
    }).then(async (result) => {
      busy = false;
      if (!result.ok) {
        if (result.status === 401) return sendToSignIn();
        const messages = fieldMessages(result.error.fields, result.error.message, (path) =>
          path === "note" ? noteId : firstOutcome,
        );
        for (const m of messages) showFieldError(m.fieldId, m.message);
        return showErrorSummary(errors(), messages);
      }
      await loadQueue();
      showSuccessBanner(
        byId("queue-banner"),
        `${nameOf(entry)}’s request closed: ${outcomeLabels[result.data.outcome] ?? result.data.outcome}`,
      );
    });
  });
  return form;
}

function openCard(entry: QueueEntry): HTMLElement {
  const name = nameOf(entry);
  const nhsNumber = nhsNumberText(entry);
  const showClose = h(
    "button",
    {
      class: "nhsuk-button nhsuk-button--secondary nhsuk-button--small",
      type: "button",
      "aria-expanded": "false",
    },
    "Close",
    h("span", { class: "nhsuk-u-visually-hidden" }, ` the request from ${name}`),
  );
  const content = h(
    "div",
    { class: "nhsuk-card__content" },
    h("h3", { class: "nhsuk-card__heading nhsuk-heading-s" }, name),
    nhsNumber ? h("p", { class: "nhsuk-body-s nhsuk-u-margin-bottom-1" }, nhsNumber) : undefined,
    h("p", { class: "nhsuk-body-s nhsuk-u-secondary-text-colour" }, askedAt(entry.createdAt)),
    ...needs(entry),
    entry.description
      ? h(
          "blockquote",
          { class: "nhsuk-inset-text nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-3" },
          h("span", { class: "nhsuk-u-visually-hidden" }, "In their words: "),
          h("p", {}, entry.description),
        )
      : h("p", {}, "They did not describe their problem."),
    h(
      "div",
      { class: "nhsuk-button-group" },
      h(
        "a",
        {
          class: "nhsuk-button nhsuk-button--small",
          href: `/staff/day/?date=${date}&request=${encodeURIComponent(entry.id)}`,
          role: "button",
          draggable: "false",
        },
        "Book a slot",
        h("span", { class: "nhsuk-u-visually-hidden" }, ` for ${name}`),
      ),
      showClose,
    ),
  );
  const card = h("li", {}, h("div", { class: "nhsuk-card", "data-request-id": entry.id }, content));
  showClose.addEventListener("click", () => {
    const existing = content.querySelector("form");
    if (existing) {
      existing.remove();
      showClose.setAttribute("aria-expanded", "false");
      return;
    }
    const form = closeForm(entry, content);
    content.append(form);
    showClose.setAttribute("aria-expanded", "true");
    form.querySelector<HTMLInputElement>("input")?.focus();
  });
  return card;
}

function doneRow(entry: QueueEntry): HTMLElement {
  const nhsNumber = nhsNumberText(entry);
  return h(
    "li",
    { "data-request-id": entry.id },
    h("strong", {}, nameOf(entry)),
    nhsNumber ? `, ${nhsNumber}` : "",
    ` – ${askedAt(entry.createdAt).toLowerCase()}. `,
    queueStatusText(entry),
  );
}

async function loadQueue(): Promise<"ok" | "stop"> {
  const result = await api(`/api/staff/queue?date=${date}`, { auth: true, schema: QueueResponse });
  if (!result.ok) {
    if (result.status === 401) {
      sendToSignIn();
      return "stop";
    }
    if (result.status === 403) {
      render(
        byId("queue-message"),
        h(
          "div",
          { class: "nhsuk-inset-text", id: "not-receptionist" },
          h("span", { class: "nhsuk-u-visually-hidden" }, "Information: "),
          h(
            "p",
            {},
            "Only receptionists work the same-day queue. ",
            h("a", { href: signInHref(currentPath()) }, "Sign in as a receptionist"),
            ".",
          ),
        ),
      );
      return "stop";
    }
    throw new Error(result.error.message);
  }
  const { open, rest } = splitQueue(result.data.requests);
  render(
    byId("open-requests"),
    open.length
      ? h("ul", { class: "nhsuk-list", id: "open-list" }, ...open.map(openCard))
      : h("p", { id: "no-open" }, "Nobody is waiting for a call back."),
  );
  render(
    byId("other-requests"),
    rest.length
      ? h("ul", { class: "nhsuk-list nhsuk-list--bullet", id: "done-list" }, ...rest.map(doneRow))
      : h("p", {}, "None yet."),
  );
  byId("open-heading").textContent = `Waiting for a call back (${open.length})`;
  return "ok";
}

startPage({
  prepare: async () => {
    if (!readSession(sessionStorage)) return sendToSignIn();
    const [loaded, me] = await Promise.all([
      loadQueue(),
      api("/api/me", { auth: true, schema: MeResponse }),
    ]);
    if (loaded !== "ok") return;
    if (me.ok && me.data.site) {
      render(
        byId("queue-site"),
        me.data.site.name,
        h("span", { class: "nhsuk-u-visually-hidden" }, ": "),
      );
    }
    render(byId("queue-title"), `Same-day queue, ${longDate(date)}`);
    const links: [string, string][] = [
      [`/staff/queue/?date=${shiftDate(date, -1)}`, "Previous day"],
      [`/staff/queue/?date=${shiftDate(date, 1)}`, "Next day"],
      [`/staff/day/?date=${date}`, "Day list for this day"],
    ];
    render(byId("queue-nav"), ...links.map(([href, text]) => h("li", {}, h("a", { href }, text))));
    byId("queue-message").replaceChildren();
    byId("queue-content").hidden = false;
  },
});
