import { PhbApplicationView } from "@front-door/contracts";
import { findPhbRoute } from "@front-door/domain";
import { adviceElement } from "../../../lib/advice-card.ts";
import { api } from "../../../lib/api.ts";
import { byId, h, render, visuallyHidden } from "../../../lib/dom.ts";
import { clearErrors, showErrorSummary } from "../../../lib/error-summary.ts";
import { formatDate, formatNhsNumber } from "../../../lib/format.ts";
import {
  type ApplyContext,
  loadApplyContext,
  signInPrompt,
  stopWith,
} from "../../../lib/phb/apply-page.ts";
import { type ApplyStep, requestOf, stepHref, stepOfPath } from "../../../lib/phb/apply-steps.ts";
import { documentSize, holdingLabels } from "../../../lib/phb/phb-labels.ts";
import { contactRows } from "../../../lib/phb/profile-rows.ts";
import { refreshAccount, startPage } from "../../../lib/shell.ts";

type Value = string | HTMLElement;

function row(key: string, value: Value | Value[], step: ApplyStep) {
  return h(
    "div",
    { class: "nhsuk-summary-list__row" },
    h("dt", { class: "nhsuk-summary-list__key" }, key),
    h("dd", { class: "nhsuk-summary-list__value" }, ...(Array.isArray(value) ? value : [value])),
    h(
      "dd",
      { class: "nhsuk-summary-list__actions" },
      h(
        "a",
        {
          href: stepHref(step, true),
          id: `change-${step}-${key.replace(/\W+/g, "-").toLowerCase()}`,
        },
        "Change",
        visuallyHidden(` ${key.toLowerCase()}`),
      ),
    ),
  );
}

/** Several lines in one answer, each its own paragraph: words kept as typed, as text. */
const lines = (items: string[], empty: string): HTMLElement =>
  items.length
    ? h("ul", { class: "nhsuk-list" }, ...items.map((item) => h("li", {}, item)))
    : h("span", {}, empty);

function answers({ draft, offer }: ApplyContext): HTMLElement {
  const request = requestOf(draft);
  const person = request.forSomeoneElse;
  const rows = [
    row("Who it is for", person ? "Someone I care for" : "Me", "who"),
    ...(person
      ? [
          row("Their name", `${person.givenName} ${person.familyName}`, "who"),
          row("Their NHS number", formatNhsNumber(person.nhsNumber), "who"),
          row("Their date of birth", formatDate(person.dateOfBirth), "who"),
          row("Your relationship", person.relationship, "who"),
          row("Their representative", person.isRepresentative ? "Yes" : "No", "who"),
        ]
      : []),
    row(
      "Why you may have a budget",
      findPhbRoute(offer, request.routeId)?.name ?? "Not answered",
      "route",
    ),
    row(
      "Support now",
      lines(
        request.currentSupport.map((s) => `${s.description} – ${s.providedBy}`),
        "None",
      ),
      "support",
    ),
    row("What you want to achieve", lines(request.outcomes, "Not answered"), "outcomes"),
    row("How to hold the money", holdingLabels[request.holdingPreference].label, "money"),
    row(
      "Supporting documents",
      lines(
        (draft.documents ?? []).map((d) => `${d.fileName} (${documentSize(d.size)})`),
        "None",
      ),
      "documents",
    ),
  ];
  return h("dl", { class: "nhsuk-summary-list", id: "answers-list" }, ...rows);
}

/** The change link for the page that asks for a field, so the summary link leads there. */
function changeLinkFor(path: string): string {
  const step = stepOfPath(path) ?? "who";
  const link = document.querySelector<HTMLAnchorElement>(`a[id^="change-${step}-"]`);
  return link?.id ?? "send-button";
}

startPage({
  prepare: async () => {
    const context = await loadApplyContext();
    if (!context) return;
    render(byId("check-answers"), answers(context));
    const profile = context.me.patient?.profile;
    if (profile) {
      render(
        byId("check-contact"),
        h(
          "dl",
          { class: "nhsuk-summary-list", id: "contact-list" },
          ...contactRows(profile).map(({ key, value }) =>
            h(
              "div",
              { class: "nhsuk-summary-list__row" },
              h("dt", { class: "nhsuk-summary-list__key" }, key),
              h("dd", { class: "nhsuk-summary-list__value" }, value),
            ),
          ),
        ),
      );
    }
    byId("apply-message").replaceChildren();
    byId("apply-content").hidden = false;
    const form = byId<HTMLFormElement>("send-form");
    const button = byId<HTMLButtonElement>("send-button");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (button.disabled) return;
      clearErrors(byId("apply-errors"), document.body);
      // Disabled until answered: a second press must not send a second application.
      button.disabled = true;
      void send(context).finally(() => {
        button.disabled = false;
      });
    });
  },
});

async function send(context: ApplyContext): Promise<void> {
  const sent = await api("/api/me/phb/applications", {
    method: "POST",
    auth: true,
    body: requestOf(context.draft),
    schema: PhbApplicationView,
  });
  if (!sent.ok) {
    if (sent.status === 401) {
      refreshAccount();
      return stopWith(signInPrompt());
    }
    const fields = sent.error.fields.length
      ? sent.error.fields
      : [{ path: "", message: sent.error.message }];
    const seen = new Set<string>();
    const messages = fields
      .map((field) => ({ fieldId: changeLinkFor(field.path), message: field.message }))
      .filter((m) => {
        if (seen.has(m.message)) return false;
        seen.add(m.message);
        return true;
      });
    return showErrorSummary(byId("apply-errors"), messages);
  }
  const { id, emergencyAdvice } = sent.data;
  if (emergencyAdvice) {
    // The application was kept; what they wrote reads like an emergency, so say so first.
    byId("apply-content").hidden = false;
    render(
      byId("emergency-advice"),
      adviceElement(
        emergencyAdvice,
        "Your application was sent and the PHB team can see it. If you need help now, do not wait for them.",
      ),
      h(
        "a",
        { class: "nhsuk-button", href: sentHref(id), role: "button", id: "go-to-sent" },
        "Continue to your application",
      ),
    );
    byId("emergency-advice").scrollIntoView();
    for (const element of byId("apply-content").querySelectorAll<HTMLElement>(
      ":scope > :not(#emergency-advice)",
    ))
      element.hidden = true;
    return;
  }
  location.assign(sentHref(id));
}

const sentHref = (id: string) =>
  `/personal-health-budgets/apply/sent/?id=${encodeURIComponent(id)}`;
