import { SameDayRequestResponse, TriageQuestionnaire } from "@front-door/contracts";
import { api } from "../../../lib/api.ts";
import { byId, focusElement, render } from "../../../lib/dom.ts";
import { clearErrors, showErrorSummary, showFieldError } from "../../../lib/error-summary.ts";
import { fieldMessages } from "../../../lib/field-errors.ts";
import { submissionKeys } from "../../../lib/idempotency-key.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { visibleSectionIds } from "../../../lib/same-day.ts";
import { readSession } from "../../../lib/session.ts";
import { startPage } from "../../../lib/shell.ts";
import {
  alreadyBookedCard,
  loadTodaysSameDayAppointment,
} from "../../../lib/todays-appointment.ts";
import { londonToday } from "../../dashboard/london-date.ts";
import { questionInputId, sameDayAdviceElement, sectionElement } from "./triage-form.ts";

const form = () => byId<HTMLFormElement>("triage-form");
const keyFor = submissionKeys();
let questionnaire: TriageQuestionnaire | undefined;

function answers(): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of form().querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
    "input, textarea",
  )) {
    if (field instanceof HTMLInputElement && field.type === "radio" && !field.checked) continue;
    values[field.name] = field.value;
  }
  return values;
}

/** Shows the adult or child questions once the patient says who the appointment is for. */
function applyShowWhen(): void {
  if (!questionnaire) return;
  const visible = new Set(visibleSectionIds(questionnaire, answers()));
  for (const section of form().querySelectorAll<HTMLElement>("[data-section]")) {
    section.hidden = !visible.has(section.dataset.section ?? "");
  }
}

/** Only what the patient can see is sent: answers in a hidden section do not count. */
function visibleAnswers(): Record<string, string> {
  const values: Record<string, string> = {};
  for (const section of form().querySelectorAll<HTMLElement>("[data-section]")) {
    if (section.hidden) continue;
    for (const field of section.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
      "input, textarea",
    )) {
      if (field instanceof HTMLInputElement && field.type === "radio" && !field.checked) continue;
      if (field.value !== "") values[field.name] = field.value;
    }
  }
  return values;
}

function fieldIdForPath(path: string): string {
  const known = questionnaire?.sections.some((s) => s.questions.some((q) => q.id === path));
  const first = questionnaire?.sections[0]?.questions[0]?.id ?? "";
  return questionInputId(known ? path : first);
}

async function submit(): Promise<void> {
  if (!questionnaire) return;
  const errors = byId("triage-errors");
  clearErrors(errors, form());
  const body = { questionnaireVersion: questionnaire.version, ...visibleAnswers() };
  const button = byId<HTMLButtonElement>("triage-submit");
  button.disabled = true;
  const result = await api("/api/same-day/requests", {
    method: "POST",
    auth: true,
    body,
    idempotencyKey: keyFor(body),
    schema: SameDayRequestResponse,
  });
  button.disabled = false;
  if (!result.ok) {
    if (result.status === 401) {
      location.assign(signInHref("/same-day/triage/"));
      return;
    }
    const messages = fieldMessages(result.error.fields, result.error.message, fieldIdForPath);
    for (const m of messages) showFieldError(m.fieldId, m.message);
    showErrorSummary(errors, messages);
    return;
  }
  const { outcome, requestId } = result.data;
  if (outcome.kind === "red-flag") {
    byId("triage-content").hidden = true;
    const advice = byId("triage-advice");
    render(advice, sameDayAdviceElement(outcome.advice));
    advice.hidden = false;
    document.title = document.title.replace(/^[^–]*/, `${outcome.advice.heading} `);
    focusElement(byId("advice-heading"));
    return;
  }
  if (!requestId) throw new Error("The service did not say which request to book for");
  location.assign(`/same-day/slots/?requestId=${encodeURIComponent(requestId)}`);
}

startPage({
  // The questions are drawn before nhsuk-frontend starts, so its radios script sees them.
  prepare: async () => {
    if (!readSession(sessionStorage)) {
      location.replace(signInHref("/same-day/triage/"));
      return;
    }
    const [result, booked] = await Promise.all([
      api("/api/same-day/questionnaire", { schema: TriageQuestionnaire }),
      loadTodaysSameDayAppointment(londonToday(new Date())),
    ]);
    if (booked) {
      render(byId("triage-message"), alreadyBookedCard(booked));
      return;
    }
    if (!result.ok) throw new Error(`Could not load the questions: ${result.error.message}`);
    questionnaire = result.data;
    render(byId("triage-questions"), ...questionnaire.sections.map(sectionElement));
    byId("triage-message").replaceChildren();
    form().hidden = false;
    applyShowWhen();
  },
  run: async () => {
    if (!questionnaire) return;
    form().addEventListener("change", applyShowWhen);
    form().addEventListener("submit", (event) => {
      event.preventDefault();
      void submit();
    });
  },
});
