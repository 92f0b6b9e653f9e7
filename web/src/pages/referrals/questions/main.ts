import {
  EarlierAnswersResponse,
  type FieldError,
  parseReferralQuestionnaire,
  SelfReferralOutcome,
  SelfReferralServicesResponse,
  validateResponse,
} from "@front-door/contracts";
import { api } from "../../../lib/api.ts";
import { byId, focusElement, h, render, visuallyHidden } from "../../../lib/dom.ts";
import {
  clearErrors,
  showErrorSummary,
  showFieldError,
  showProblemSummary,
} from "../../../lib/error-summary.ts";
import { fieldMessages } from "../../../lib/field-errors.ts";
import { formatDate, londonDateOf } from "../../../lib/format.ts";
import { submissionKeys } from "../../../lib/idempotency-key.ts";
import {
  allItems,
  answerMessage,
  answersToSend,
  enabledItems,
  type FormValues,
  formValuesFromAnswers,
  type Questionnaire,
  questionFieldId,
} from "../../../lib/questionnaire/form-answers.ts";
import { itemElement } from "../../../lib/questionnaire/question-elements.ts";
import { clearDraft, draftOwner, readDraft, saveDraft } from "../../../lib/referral-draft.ts";
import { serviceIdFrom } from "../../../lib/referrals.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { readSession } from "../../../lib/session.ts";
import { currentPath, startPage } from "../../../lib/shell.ts";
import { checkRows } from "./check-rows.ts";
import { renderCheckList, warnOfOpenReferral } from "./check-view.ts";
import { outcomeElement } from "./outcome.ts";
import { sharedWithSentence } from "./shared-information.ts";

type ServiceEntry = SelfReferralServicesResponse["services"][number];

const serviceId = serviceIdFrom(location.search);
const form = () => byId<HTMLFormElement>("questions-form");
const keyFor = submissionKeys();
let questionnaire: Questionnaire | undefined;
let entry: ServiceEntry | undefined;
let owner = "";
const pageTitle = document.title;

/**
 * Tell your story once: with no draft in this tab, start from the answers the patient gave in
 * their latest referral with the same questions, and say so (they check each one). Best
 * effort: if the earlier answers cannot be read, the form simply starts empty.
 */
async function startFromEarlierAnswers(id: string, questions: Questionnaire): Promise<void> {
  const result = await api(
    `/api/me/self-referral/earlier-answers?${new URLSearchParams({ serviceId: id })}`,
    { auth: true, schema: EarlierAnswersResponse },
  );
  const earlier = result.ok ? result.data.earlier : undefined;
  if (!earlier) return;
  const values = formValuesFromAnswers(questions, earlier.answers);
  if (Object.keys(values).length === 0) return;
  fillForm(values);
  const startEmpty = h(
    "button",
    { class: "nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0", type: "button" },
    "Clear these answers",
  );
  startEmpty.addEventListener("click", () => {
    form().reset();
    clearDraft(sessionStorage, id);
    byId("earlier-answers").replaceChildren();
    showQuestionsThatApply();
    focusElement(byId("questions"));
  });
  render(
    byId("earlier-answers"),
    h(
      "div",
      { class: "nhsuk-inset-text", id: "earlier-answers-note" },
      visuallyHidden("Information: "),
      h(
        "p",
        {},
        `We have filled in the answers you gave on ${formatDate(londonDateOf(earlier.answeredAt))} for your referral to ${earlier.siteName} (reference ${earlier.reference}). Check each one is still right and change any that are not.`,
      ),
      startEmpty,
    ),
  );
}

function sendToSignIn(): void {
  location.replace(signInHref(currentPath()));
}

/** The form's values by input name, as typed: checked radios, and every box. */
function formValues(): FormValues {
  const values: Record<string, string> = {};
  for (const field of form().querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
    "input[name], textarea[name]",
  )) {
    if (field instanceof HTMLInputElement && field.type === "radio" && !field.checked) continue;
    values[field.name] = field.value;
  }
  return values;
}

function fillForm(values: FormValues): void {
  for (const [name, value] of Object.entries(values)) {
    const field = form().elements.namedItem(name);
    if (field instanceof RadioNodeList) field.value = value;
    else if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
      field.value = value;
    }
  }
}

/** Shows exactly the questions that apply to the answers so far, as the server will read them. */
function showQuestionsThatApply(): void {
  if (!questionnaire) return;
  const enabled = enabledItems(questionnaire, formValues());
  for (const wrapper of form().querySelectorAll<HTMLElement>("[data-link-id]")) {
    wrapper.hidden = !enabled.has(wrapper.dataset.linkId ?? "");
  }
}

function keepDraft(): void {
  if (!questionnaire || !serviceId) return;
  saveDraft(sessionStorage, {
    owner,
    serviceId,
    questionnaireVersion: questionnaire.version,
    values: { ...formValues() },
  });
}

/** The input a problem points at: its question if on show, otherwise the first question. */
function fieldIdForPath(path: string): string {
  if (!questionnaire) return questionFieldId(path);
  const showing = enabledItems(questionnaire, formValues());
  if (showing.has(path) && document.getElementById(questionFieldId(path))) {
    return questionFieldId(path);
  }
  const first = allItems(questionnaire.item).find(
    (item) => item.type !== "group" && item.type !== "display",
  );
  return questionFieldId(first?.linkId ?? "");
}

function showProblems(problems: readonly FieldError[], fallback: string): void {
  const items = new Map(
    questionnaire ? allItems(questionnaire.item).map((i) => [i.linkId, i]) : [],
  );
  const worded = problems.map((p) => ({ ...p, message: answerMessage(items.get(p.path), p) }));
  const questionFor = new Map([...items.values()].map((i) => [questionFieldId(i.linkId), i.text]));
  const messages = fieldMessages(worded, fallback, fieldIdForPath).map((m) => ({
    ...m,
    context: questionFor.get(m.fieldId),
  }));
  for (const m of messages) showFieldError(m.fieldId, m.message);
  showErrorSummary(byId("questions-errors"), messages);
}

/** The questions changed on the server since this page loaded: reload them; answers are kept. */
function showQuestionsChanged(message: string): void {
  showProblemSummary(
    byId("questions-errors"),
    "The questions have changed",
    h("p", {}, message),
    h("p", {}, h("a", { href: currentPath() }, "Load the new questions")),
  );
}

function showOutcome(outcome: SelfReferralOutcome): void {
  if (!entry) return;
  const shown = outcomeElement(outcome, {
    serviceName: entry.service.name,
    siteName: entry.site.name,
  });
  byId("questions-content").hidden = true;
  const container = byId("referral-outcome");
  render(container, shown.element);
  container.hidden = false;
  container.dataset.outcome = outcome.kind;
  document.title = document.title.replace(/^[^–]*/, `${shown.title} `);
  focusElement(byId(shown.headingId));
}

/** Back from checking to the form, at the question the patient wants to change. */
function backToQuestions(linkId?: string): void {
  document.title = pageTitle;
  byId("check-answers").hidden = true;
  byId("questions-content").hidden = false;
  focusElement(linkId ? (document.getElementById(questionFieldId(linkId)) ?? form()) : form());
}

function showCheckAnswers(answers: Record<string, unknown>): void {
  if (!questionnaire || !entry || !serviceId) return;
  renderCheckList(checkRows(questionnaire, answers), backToQuestions);
  void warnOfOpenReferral(serviceId, entry.service.name);
  byId("questions-content").hidden = true;
  byId("check-answers").hidden = false;
  document.title = document.title.replace(/^[^–]*/, "Check your answers ");
  focusElement(byId("check-heading"));
}

/**
 * "Continue": answers that cannot be right are corrected here first. A form with questions
 * still unanswered goes straight to the server, which gives emergency advice for what has been
 * answered before it asks for the rest, so a sign of an emergency never waits on a check page.
 * A complete form is shown back to be checked before anything is sent.
 */
function continueToCheck(): void {
  if (!questionnaire) return;
  clearErrors(byId("questions-errors"), form());
  const answers = answersToSend(questionnaire, formValues());
  const problems = validateResponse(questionnaire, answers).map((p) => ({
    path: p.linkId,
    code: p.code,
    message: p.message,
  }));
  if (problems.some((p) => p.code !== "required")) {
    showProblems(problems, "Check your answers");
    return;
  }
  if (problems.length > 0) {
    void send(answers);
    return;
  }
  showCheckAnswers(answers);
}

async function send(answers: Record<string, unknown>): Promise<void> {
  if (!questionnaire || !serviceId) return;
  const body = { serviceId, questionnaireVersion: questionnaire.version, answers };
  const buttons = [
    byId<HTMLButtonElement>("questions-submit"),
    byId<HTMLButtonElement>("check-send"),
  ];
  for (const button of buttons) button.disabled = true;
  const result = await api("/api/self-referral/referrals", {
    method: "POST",
    auth: true,
    body,
    idempotencyKey: keyFor(body),
    schema: SelfReferralOutcome,
  });
  for (const button of buttons) button.disabled = false;
  if (!result.ok) {
    if (result.status === 401) return sendToSignIn();
    byId("check-answers").hidden = true;
    byId("questions-content").hidden = false;
    if (result.error.code === "questionnaire_changed") {
      return showQuestionsChanged(result.error.message);
    }
    showProblems(result.error.fields, result.error.message);
    return;
  }
  // Made or not, these answers are done with: a referral is sent, or the page has said where
  // to go instead. Starting again starts afresh.
  clearDraft(sessionStorage, serviceId);
  byId("check-answers").hidden = true;
  showOutcome(result.data);
}

function showMessage(...children: (HTMLElement | string)[]): void {
  render(byId("questions-message"), ...children);
}

function notOpen(found: ServiceEntry & { mayRefer: { kind: "no" } }): void {
  render(byId("questions-heading"), found.service.name);
  showMessage(
    h("p", { id: "not-open-reason" }, found.mayRefer.reason),
    h("h2", { class: "nhsuk-heading-m" }, "What to do instead"),
    h("p", { id: "not-open-signpost" }, found.mayRefer.signpost),
    h("p", {}, h("a", { href: "/self-referral/" }, "See the services you can refer yourself to")),
  );
}

startPage({
  // The questions are drawn and filled before nhsuk-frontend starts, so its radios and
  // character count see them with the answers already in.
  prepare: async () => {
    const session = readSession(sessionStorage);
    if (!session) return sendToSignIn();
    if (!serviceId) {
      return showMessage(
        h("p", {}, "We could not tell which service you chose. "),
        h("p", {}, h("a", { href: "/self-referral/" }, "Choose a service")),
      );
    }
    // Only this service's entry: one questionnaire to fetch and check, not the catalogue's.
    const result = await api(`/api/self-referral/services?${new URLSearchParams({ serviceId })}`, {
      auth: true,
      schema: SelfReferralServicesResponse,
    });
    if (!result.ok) {
      if (result.status === 401) return sendToSignIn();
      if (result.status !== 400 || !result.error.fields.some((f) => f.path === "serviceId")) {
        throw new Error(`Could not load the questions: ${result.error.message}`);
      }
    }
    const found = result.ok
      ? result.data.services.find((s) => s.service.id === serviceId)
      : undefined;
    if (!found) {
      return showMessage(
        h("p", {}, "There is no such service to refer yourself to. "),
        h("p", {}, h("a", { href: "/self-referral/" }, "Choose a service")),
      );
    }
    if (found.mayRefer.kind === "no") return notOpen({ ...found, mayRefer: found.mayRefer });
    entry = found;
    questionnaire = parseReferralQuestionnaire(found.service.questionnaire);
    owner = draftOwner(session);

    render(
      byId("questions-heading"),
      h(
        "span",
        { class: "nhsuk-caption-l", id: "questions-caption" },
        found.service.name,
        visuallyHidden(" – "),
      ),
      questionnaire.title,
    );
    // The tab keeps the page's general title: a service's name can say something clinical,
    // and titles show in history, bookmarks and over a shoulder.
    render(byId("questions"), ...questionnaire.item.map(itemElement));
    byId("shared-with").textContent = sharedWithSentence(
      found.site.name,
      found.service.informationNeeded,
    );
    const draft = readDraft(sessionStorage, serviceId, owner);
    if (draft) fillForm(draft.values);
    else await startFromEarlierAnswers(serviceId, questionnaire);
    byId("questions-message").replaceChildren();
    form().hidden = false;
    showQuestionsThatApply();
  },
  run: async () => {
    if (!questionnaire) return;
    const changed = () => {
      showQuestionsThatApply();
      keepDraft();
    };
    form().addEventListener("input", changed);
    form().addEventListener("change", changed);
    form().addEventListener("submit", (event) => {
      event.preventDefault();
      continueToCheck();
    });
    byId("check-send").addEventListener("click", () => {
      if (!questionnaire) return;
      void send(answersToSend(questionnaire, formValues()));
    });
    byId("check-back").addEventListener("click", (event) => {
      event.preventDefault();
      backToQuestions();
    });
  },
});
