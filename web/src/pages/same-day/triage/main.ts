import { SameDayRequestResponse, TriageQuestionnaire } from "@front-door/contracts";
import { api } from "../../../lib/api.ts";
import { byId, focusElement, h, render } from "../../../lib/dom.ts";
import { clearErrors, showErrorSummary, showFieldError } from "../../../lib/error-summary.ts";
import type { FieldMessage } from "../../../lib/field-errors.ts";
import { fieldMessages } from "../../../lib/field-errors.ts";
import { submissionKeys } from "../../../lib/idempotency-key.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { readSession } from "../../../lib/session.ts";
import { startPage } from "../../../lib/shell.ts";
import {
  alreadyBookedCard,
  loadTodaysSameDayAppointment,
} from "../../../lib/todays-appointment.ts";
import { londonToday } from "../../dashboard/london-date.ts";
import {
  problemStep,
  questionInputId,
  sameDayAdviceElement,
  signsStep,
  whoStep,
} from "./triage-form.ts";
import {
  problemSections,
  signAnswers,
  signQuestions,
  stepOfQuestion,
  stepTitle,
  type TriageStep,
  triageSteps,
  whoQuestions,
} from "./triage-steps.ts";

const form = () => byId<HTMLFormElement>("triage-form");
const errors = () => byId("triage-errors");
const keyFor = submissionKeys();
const siteTitle = " – Front Door – NHS";
let questionnaire: TriageQuestionnaire | undefined;
let step: TriageStep = "who";

function person(): string | undefined {
  return form().querySelector<HTMLInputElement>("input[name=appointmentFor]:checked")?.value;
}

function tickedSigns(who: string): Set<string> {
  const ticked = form().querySelectorAll<HTMLInputElement>(`input[name="signs-${who}"]:checked`);
  return new Set([...ticked].map((box) => box.value));
}

/** Shows one step (and, for the signs, only the person's list), titled by its question. */
function showStep(next: TriageStep, focus: boolean): void {
  step = next;
  const who = person();
  for (const block of form().querySelectorAll<HTMLElement>("[data-step]")) {
    block.hidden =
      block.dataset.step !== next || (next === "signs" && block.dataset.person !== who);
  }
  byId("triage-back").hidden = next === "who";
  const error = document.title.startsWith("Error: ") ? "Error: " : "";
  document.title = `${error}${stepTitle(next, who)}${siteTitle}`;
  const heading = form().querySelector<HTMLElement>(`[data-step]:not([hidden]) h1`);
  if (focus && heading) focusElement(heading);
}

function showProblems(messages: FieldMessage[]): void {
  for (const m of messages) showFieldError(m.fieldId, m.message);
  showErrorSummary(errors(), messages);
}

/** What the current step is missing, in the questionnaire's own words. */
function stepProblems(who: string | undefined): FieldMessage[] {
  if (!questionnaire) return [];
  if (step === "who" && !who) {
    const [question] = whoQuestions(questionnaire);
    return question
      ? [{ fieldId: questionInputId(question.id), message: question.errorMessage }]
      : [];
  }
  if (step === "signs" && who && tickedSigns(who).size === 0) {
    const [first] = signQuestions(questionnaire, who);
    return first
      ? [
          {
            fieldId: questionInputId(first.id),
            message: "Select any of these you have, or select none of these",
          },
        ]
      : [];
  }
  return [];
}

function problemAnswers(): Record<string, string> {
  const values: Record<string, string> = {};
  const block = form().querySelector("[data-step=problem]");
  for (const field of block?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
    "input, textarea",
  ) ?? []) {
    if (field instanceof HTMLInputElement && field.type === "radio" && !field.checked) continue;
    if (field.value !== "") values[field.name] = field.value;
  }
  return values;
}

async function send(who: string, withProblem: boolean): Promise<void> {
  if (!questionnaire) return;
  const signs = tickedSigns(who);
  const body = {
    questionnaireVersion: questionnaire.version,
    appointmentFor: who,
    ...signAnswers(questionnaire, who, signs.has("none") ? new Set() : signs),
    ...(withProblem ? problemAnswers() : {}),
  };
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
    const questionnaireNow = questionnaire;
    const messages = fieldMessages(result.error.fields, result.error.message, (path) =>
      questionInputId(path || (whoQuestions(questionnaireNow)[0]?.id ?? "")),
    );
    const first = result.error.fields[0]?.path;
    if (first) showStep(stepOfQuestion(questionnaireNow, first), false);
    showProblems(messages);
    return;
  }
  const { outcome, requestId } = result.data;
  if (outcome.kind === "red-flag") {
    byId("triage-content").hidden = true;
    byId("triage-back").hidden = true;
    const advice = byId("triage-advice");
    render(advice, sameDayAdviceElement(outcome.advice));
    advice.hidden = false;
    document.title = `${outcome.advice.heading}${siteTitle}`;
    focusElement(byId("advice-heading"));
    return;
  }
  if (!requestId) throw new Error("The service did not say which request to book for");
  location.assign(`/same-day/slots/?requestId=${encodeURIComponent(requestId)}`);
}

/** Continue: check this step, then the next one; a sign ticked goes straight to the advice. */
async function next(): Promise<void> {
  clearErrors(errors(), form());
  const who = person();
  const problems = stepProblems(who);
  if (problems.length) return showProblems(problems);
  if (!who) return;
  if (step === "who") return showStep("signs", true);
  if (step === "signs") {
    const signs = tickedSigns(who);
    if (signs.has("none")) return showStep("problem", true);
    return send(who, false);
  }
  return send(who, true);
}

function back(): void {
  clearErrors(errors(), form());
  const index = triageSteps.indexOf(step);
  showStep(triageSteps[Math.max(0, index - 1)] ?? "who", true);
}

startPage({
  // The steps are drawn before nhsuk-frontend starts, so its radios and checkboxes see them.
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
      render(
        byId("triage-message"),
        h("h1", {}, "Get a same-day appointment"),
        alreadyBookedCard(booked),
      );
      return;
    }
    if (!result.ok) throw new Error(`Could not load the questions: ${result.error.message}`);
    questionnaire = result.data;
    const [who] = whoQuestions(questionnaire);
    const people = who?.kind === "choice" ? who.options.map((o) => o.value) : [];
    render(
      byId("triage-steps"),
      ...(who ? [whoStep(who)] : []),
      ...people.map((p) => signsStep(p, stepTitle("signs", p), signQuestions(result.data, p))),
      problemStep(stepTitle("problem", undefined), problemSections(questionnaire)),
    );
    byId("triage-message").replaceChildren();
    form().hidden = false;
    showStep("who", false);
  },
  run: async () => {
    if (!questionnaire) return;
    form().addEventListener("submit", (event) => {
      event.preventDefault();
      void next();
    });
    byId("triage-back").addEventListener("click", (event) => {
      event.preventDefault();
      back();
    });
  },
});
