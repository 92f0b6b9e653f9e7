import { AdviceRequestCreated } from "@front-door/contracts";
import type { RequestType } from "@front-door/domain";
import { requestHref, sendToSignIn } from "../../../lib/advice-staff/page-parts.ts";
import {
  answerFieldId,
  answersFromForm,
  isRequestType,
  phoneFieldId,
  questionsFor,
} from "../../../lib/advice-staff/phone-request.ts";
import { api } from "../../../lib/api.ts";
import { byId, focusElement, h, render } from "../../../lib/dom.ts";
import { clearErrors, showErrorSummary, showFieldError } from "../../../lib/error-summary.ts";
import { fieldMessages } from "../../../lib/field-errors.ts";
import { submissionKeys } from "../../../lib/idempotency-key.ts";
import { readSession } from "../../../lib/session.ts";
import { startPage } from "../../../lib/shell.ts";

const form = () => byId<HTMLFormElement>("phone-form");
/** One key per body sent: a retried send is not a second request. */
const keyFor = submissionKeys();

function question(item: ReturnType<typeof questionsFor>[number]): HTMLElement {
  const id = answerFieldId(item.linkId);
  const options =
    item.type === "boolean"
      ? [
          { code: "yes", display: "Yes" },
          { code: "no", display: "No" },
        ]
      : item.type === "choice"
        ? (item.answerOption ?? [])
        : undefined;
  return h(
    "div",
    { class: "nhsuk-form-group" },
    h("label", { class: "nhsuk-label", for: id }, item.text),
    item.type === "date" &&
      h("div", { class: "nhsuk-hint", id: `${id}-hint` }, "For example, 2026-11-30"),
    options
      ? h(
          "select",
          { class: "nhsuk-select", id, name: id },
          h("option", { value: "" }, "Choose"),
          ...options.map((o) => h("option", { value: o.code }, o.display)),
        )
      : h("input", {
          class: "nhsuk-input",
          id,
          name: id,
          type: "text",
          autocomplete: "off",
          ...(item.type === "date" ? { "aria-describedby": `${id}-hint` } : {}),
        }),
  );
}

function chosenType(): RequestType {
  const value = byId<HTMLSelectElement>("type").value;
  return isRequestType(value) ? value : "new-problem";
}

function drawQuestions(): void {
  render(byId("questions"), ...questionsFor(chosenType()).map(question));
}

async function send(): Promise<void> {
  const errors = byId("phone-errors");
  clearErrors(errors, form());
  const data = new FormData(form());
  const type = chosenType();
  const text = (name: string) => data.get(name)?.toString() ?? "";
  const body = {
    nhsNumber: text("nhsNumber"),
    subject: { kind: "self" },
    emergencyCheck: { population: text("population") === "child" ? "child" : "adult", signs: [] },
    problems: [{ type, answers: answersFromForm(type, data), description: text("description") }],
    contact: {
      method: text("contact-method"),
      ...(text("contact-phone").trim() ? { phone: text("contact-phone") } : {}),
    },
  };
  const result = await api("/api/staff/advice/requests", {
    method: "POST",
    auth: true,
    idempotencyKey: keyFor(body),
    body,
    schema: AdviceRequestCreated,
  });
  if (!result.ok) {
    if (result.status === 401) return sendToSignIn();
    const messages = fieldMessages(result.error.fields, result.error.message, phoneFieldId);
    for (const m of messages) showFieldError(m.fieldId, m.message);
    return showErrorSummary(errors, messages);
  }
  const created = result.data;
  const panel =
    created.kind === "emergency"
      ? h(
          "div",
          { class: "nhsuk-card nhsuk-card--care nhsuk-card--care--emergency", id: "phone-sent" },
          h(
            "div",
            { class: "nhsuk-card--care__heading-container" },
            h("h2", { class: "nhsuk-card--care__heading" }, created.advice.heading),
          ),
          h(
            "div",
            { class: "nhsuk-card__content" },
            ...created.advice.steps.map((s) => h("p", {}, s)),
          ),
        )
      : h(
          "div",
          { class: "nhsuk-inset-text", id: "phone-sent" },
          h("h2", {}, `Request sent: reference ${created.reference}`),
          created.emergencyAdvice &&
            h("p", {}, `Flagged urgent: ${created.emergencyAdvice.heading}`),
          h("p", {}, created.whatHappensNext.text),
          h(
            "p",
            {},
            h("a", { href: requestHref(created.requestId) }, `Open request ${created.reference}`),
          ),
        );
  render(byId("phone-result"), panel);
  form().reset();
  drawQuestions();
  focusElement(panel);
}

startPage({
  prepare: async () => {
    if (!readSession(sessionStorage)) return sendToSignIn();
    drawQuestions();
    byId("type").addEventListener("change", drawQuestions);
    let busy = false;
    form().addEventListener("submit", (event) => {
      event.preventDefault();
      if (busy) return;
      busy = true;
      void send().finally(() => {
        busy = false;
      });
    });
  },
});
