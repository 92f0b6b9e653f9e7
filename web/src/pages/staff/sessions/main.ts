import {
  MeResponse,
  PublishResult,
  SessionTemplate,
  SessionTemplatesResponse,
  serviceCatalogue,
} from "@front-door/contracts";
import { type ApiError, api } from "../../../lib/api.ts";
import { fillDateInput, readDateInput } from "../../../lib/date-input.ts";
import { byId, focusElement, h, render, summaryList } from "../../../lib/dom.ts";
import { clearErrors, showErrorSummary, showFieldError } from "../../../lib/error-summary.ts";
import { fieldMessages } from "../../../lib/field-errors.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { readSession } from "../../../lib/session.ts";
import { currentPath, startPage } from "../../../lib/shell.ts";
import { longDate, nextWeek } from "../../../lib/staff-dates.ts";
import { showSuccessBanner } from "../../../lib/success-banner.ts";
import { londonToday } from "../../dashboard/london-date.ts";
import {
  channelChoices,
  channelFieldId,
  dayChoices,
  dayFieldId,
  isDay,
  newTemplateId,
  publishedMessage,
  publishFieldId,
  sessionFieldId,
  sessionTemplateBody,
  sessionTimes,
  templateRows,
} from "./session-form.ts";

const canChange = readSession(sessionStorage)?.role === "receptionist";
const errors = () => byId("sessions-errors");
const serviceName = (code: string) => serviceCatalogue.find((s) => s.code === code)?.name ?? code;
/** The template the form is changing; undefined while it adds a new one. */
let editing: SessionTemplate | undefined;
let templates: SessionTemplate[] = [];

function sendToSignIn(): void {
  location.replace(signInHref(currentPath()));
}

function showFormErrors(form: HTMLElement, error: ApiError, fieldId: (path: string) => string) {
  clearErrors(errors(), form);
  const messages = fieldMessages(error.fields, error.message, fieldId);
  for (const m of messages) showFieldError(m.fieldId, m.message);
  showErrorSummary(errors(), messages);
}

function drawTemplates(): void {
  render(
    byId("templates"),
    templates.length === 0
      ? h("p", { id: "no-templates" }, "Your site has no sessions yet.")
      : h(
          "ul",
          { class: "nhsuk-list", id: "template-list" },
          ...templates.map((t) => {
            const change =
              canChange &&
              h(
                "button",
                {
                  class: "nhsuk-button nhsuk-button--secondary nhsuk-button--small",
                  type: "button",
                },
                "Change",
                h(
                  "span",
                  { class: "nhsuk-u-visually-hidden" },
                  ` ${serviceName(t.service)} session ${sessionTimes(t)}`,
                ),
              );
            if (change) change.addEventListener("click", () => startEditing(t));
            return h(
              "li",
              {},
              h(
                "div",
                { class: "nhsuk-card", "data-template-id": t.id },
                h(
                  "div",
                  { class: "nhsuk-card__content" },
                  h(
                    "h3",
                    { class: "nhsuk-card__heading nhsuk-heading-s" },
                    `${serviceName(t.service)}, ${sessionTimes(t)}`,
                  ),
                  summaryList(templateRows(t, serviceName), { inCard: true }),
                  change,
                ),
              ),
            );
          }),
        ),
  );
}

async function loadTemplates(): Promise<"ok" | "stop"> {
  const result = await api("/api/staff/templates", {
    auth: true,
    schema: SessionTemplatesResponse,
  });
  if (!result.ok) {
    if (result.status === 401) {
      sendToSignIn();
      return "stop";
    }
    if (result.status === 403) {
      render(
        byId("sessions-message"),
        h(
          "div",
          { class: "nhsuk-inset-text", id: "not-staff" },
          h("span", { class: "nhsuk-u-visually-hidden" }, "Information: "),
          h(
            "p",
            {},
            "Only receptionists and clinicians at a health centre can see sessions. ",
            h("a", { href: signInHref(currentPath()) }, "Sign in as staff"),
            ".",
          ),
        ),
      );
      return "stop";
    }
    throw new Error(result.error.message);
  }
  templates = [...result.data.templates].sort(
    (a, b) => a.service.localeCompare(b.service) || a.startTime.localeCompare(b.startTime),
  );
  drawTemplates();
  return "ok";
}

async function showSite(): Promise<void> {
  const me = await api("/api/me", { auth: true, schema: MeResponse });
  if (me.ok && me.data.site) {
    render(
      byId("sessions-site"),
      me.data.site.name,
      h("span", { class: "nhsuk-u-visually-hidden" }, ": "),
    );
  }
}

function fillForm(t: SessionTemplate | undefined): void {
  byId<HTMLSelectElement>("service").value = t?.service ?? "same-day-gp";
  for (const d of dayChoices)
    byId<HTMLInputElement>(dayFieldId(d.value)).checked = t?.daysOfWeek.includes(d.value) ?? false;
  byId<HTMLInputElement>("start-time").value = t?.startTime ?? "";
  byId<HTMLInputElement>("end-time").value = t?.endTime ?? "";
  byId<HTMLInputElement>("slot-minutes").value = t ? String(t.slotMinutes) : "";
  byId<HTMLInputElement>("parallel").value = t ? String(t.parallel) : "1";
  for (const c of channelChoices)
    byId<HTMLInputElement>(channelFieldId(c.value)).checked = t?.channel === c.value;
  byId<HTMLInputElement>("same-day-only").checked = t?.sameDayOnly ?? false;
  byId("session-form-heading").textContent = t
    ? `Change the ${serviceName(t.service)} session, ${sessionTimes(t)}`
    : "Add a session";
  byId("save-session").textContent = t ? "Save changes" : "Save session";
  byId("new-session").hidden = !t;
}

function startEditing(t: SessionTemplate | undefined): void {
  editing = t;
  clearErrors(errors(), byId("session-form"));
  fillForm(t);
  focusElement(byId("session-form-heading"));
}

async function saveSession(form: HTMLFormElement): Promise<void> {
  const data = new FormData(form);
  const body = sessionTemplateBody({
    service: String(data.get("service") ?? ""),
    days: dayChoices
      .map((d) => d.value)
      .filter((d) => data.get(dayFieldId(d)) !== null && isDay(d)),
    startTime: String(data.get("start-time") ?? ""),
    endTime: String(data.get("end-time") ?? ""),
    slotMinutes: String(data.get("slot-minutes") ?? ""),
    parallel: String(data.get("parallel") ?? ""),
    channel: data.get("channel")?.toString(),
    sameDayOnly: data.get("same-day-only") !== null,
  });
  const id =
    editing?.id ??
    newTemplateId(String(body.service), String(body.startTime), crypto.randomUUID().slice(0, 8));
  const result = await api(`/api/staff/templates/${id}`, {
    method: "PUT",
    auth: true,
    body,
    schema: SessionTemplate,
  });
  if (!result.ok) {
    if (result.status === 401) return sendToSignIn();
    return showFormErrors(form, result.error, sessionFieldId);
  }
  const saved = result.data;
  const changed = Boolean(editing);
  clearErrors(errors(), form);
  editing = undefined;
  fillForm(undefined);
  await loadTemplates();
  showSuccessBanner(
    byId("sessions-banner"),
    `${changed ? "Session changed" : "Session added"}: ${serviceName(saved.service)}, ${sessionTimes(saved)}`,
    "Publish slots to make the change bookable. Slots already published stay as they are.",
  );
}

async function publish(form: HTMLFormElement, idempotencyKey: string): Promise<void> {
  const first = readDateInput("publish-from", "First day");
  const last = readDateInput("publish-to", "Last day");
  if (!first.ok || !last.ok) {
    clearErrors(errors(), form);
    const messages = [first, last].flatMap((reading) => (reading.ok ? [] : [reading.error]));
    for (const m of messages) showFieldError(m.fieldId, m.message, m.highlight);
    showErrorSummary(errors(), messages);
    return;
  }
  const from = first.iso;
  const to = last.iso;
  const result = await api("/api/staff/publish", {
    method: "POST",
    auth: true,
    idempotencyKey,
    body: { from, to },
    schema: PublishResult,
  });
  if (!result.ok) {
    if (result.status === 401) sendToSignIn();
    else showFormErrors(form, result.error, publishFieldId);
    return;
  }
  clearErrors(errors(), form);
  const { created, alreadyPublished } = result.data;
  showSuccessBanner(
    byId("sessions-banner"),
    publishedMessage(created, alreadyPublished),
    `${longDate(from)} to ${longDate(to)}.`,
  );
  const link = h(
    "a",
    { href: `/staff/day/?date=${from}`, id: "published-day-link" },
    `See the day list for ${longDate(from)}`,
  );
  byId("success-banner")
    .querySelector(".nhsuk-notification-banner__content")
    ?.append(h("p", { class: "nhsuk-body" }, link));
}

startPage({
  prepare: async () => {
    if (!readSession(sessionStorage)) return sendToSignIn();
    const [loaded] = await Promise.all([loadTemplates(), showSite()]);
    if (loaded !== "ok") return;
    byId("sessions-message").replaceChildren();
    byId("sessions-content").hidden = false;
    if (!canChange) {
      byId("templates").after(
        h(
          "p",
          { class: "nhsuk-body-s", id: "read-only-note" },
          "Receptionists add sessions and publish slots.",
        ),
      );
      return;
    }
    byId("receptionist-forms").hidden = false;
    fillForm(undefined);
    const week = nextWeek(londonToday(new Date()));
    fillDateInput("publish-from", week.from);
    fillDateInput("publish-to", week.to);
  },
  run: async () => {
    if (!canChange) return;
    const sessionForm = byId<HTMLFormElement>("session-form");
    let saving = false;
    sessionForm.addEventListener("submit", (event) => {
      event.preventDefault();
      if (saving) return;
      saving = true;
      void saveSession(sessionForm).finally(() => {
        saving = false;
      });
    });
    byId("new-session").addEventListener("click", () => startEditing(undefined));
    const publishForm = byId<HTMLFormElement>("publish-form");
    let publishing = false;
    publishForm.addEventListener("submit", (event) => {
      event.preventDefault();
      if (publishing) return;
      publishing = true;
      // A key per press: the client's own retries of this request are answered once.
      void publish(publishForm, crypto.randomUUID()).finally(() => {
        publishing = false;
      });
    });
  },
});
