import {
  AdviceRequestCreated,
  MyAdviceRequestResponse,
  type TriageAdvice,
} from "@front-door/contracts";
import { type SentRequest, saveConfirmation } from "../../../lib/advice/advice-words.ts";
import { flaggedWordsAdvice, offlineEmergencyAdvice } from "../../../lib/advice/emergency-view.ts";
import { answersOf } from "../../../lib/advice/problem-summary.ts";
import {
  type AdviceDraft,
  clearAdviceDraft,
  requestBody,
} from "../../../lib/advice/request-draft.ts";
import { adviceElement } from "../../../lib/advice-card.ts";
import { api } from "../../../lib/api.ts";
import { byId, h } from "../../../lib/dom.ts";
import { showProblemSummary } from "../../../lib/error-summary.ts";
import { submissionKeys } from "../../../lib/idempotency-key.ts";

/** What the sending needs of the page it is on. */
export interface SendingPage {
  siteName: string;
  showOutcome: (...children: (HTMLElement | undefined)[]) => void;
  sendToSignIn: () => void;
}

/** One Idempotency-Key per body: a retried send is a replay, a corrected one a new request. */
const keyFor = submissionKeys();

/** A sign ticked: emergency advice at once, the diversion recorded; nothing goes to the practice. */
export async function divert(draft: AdviceDraft, page: SendingPage): Promise<void> {
  const body = requestBody(
    { ...draft, problems: [{ values: {}, description: "" }], documents: [] },
    answersOf,
  );
  clearAdviceDraft(sessionStorage);
  const result = await api("/api/me/advice/requests", {
    method: "POST",
    auth: true,
    body,
    idempotencyKey: keyFor(body),
    schema: AdviceRequestCreated,
  });
  if (result.ok && result.data.kind === "emergency") {
    return page.showOutcome(
      adviceElement(
        result.data.advice,
        "We have recorded what you told us. Nothing has been sent to your practice: get help now as this page says.",
      ),
    );
  }
  page.showOutcome(offlineEmergencyAdvice());
}

/** Sends the request; what comes back decides the page: sent, flagged, or emergency advice. */
export async function send(
  draft: AdviceDraft,
  form: HTMLFormElement,
  page: SendingPage,
): Promise<void> {
  const body = requestBody(draft, answersOf);
  const button = form.querySelector<HTMLButtonElement>("button[type=submit]");
  if (button) button.disabled = true;
  const result = await api("/api/me/advice/requests", {
    method: "POST",
    auth: true,
    body,
    idempotencyKey: keyFor(body),
    schema: AdviceRequestCreated,
  });
  if (button) button.disabled = false;
  if (!result.ok) {
    if (result.status === 401) return page.sendToSignIn();
    const messages = result.error.fields.length
      ? result.error.fields.map((f) => h("li", {}, f.message))
      : [];
    return showProblemSummary(
      byId("ask-errors"),
      "Your request has not been sent",
      h("p", {}, result.error.message),
      ...(messages.length
        ? [h("ul", { class: "nhsuk-list nhsuk-error-summary__list" }, ...messages)]
        : []),
    );
  }
  clearAdviceDraft(sessionStorage);
  if (result.data.kind === "emergency") {
    return page.showOutcome(
      adviceElement(
        result.data.advice,
        "We have recorded what you told us. Nothing has been sent to your practice.",
      ),
    );
  }
  const sent = result.data;
  saveConfirmation(sessionStorage, sent);
  if (sent.emergencyAdvice) return showFlagged(sent, sent.emergencyAdvice, page);
  location.assign(`/advice/sent/?request=${encodeURIComponent(sent.requestId)}`);
}

/** Words that read as an emergency: advice at once; the request is already with the practice. */
function showFlagged(sent: SentRequest, advice: TriageAdvice, page: SendingPage): void {
  const confirmation = `/advice/sent/?request=${encodeURIComponent(sent.requestId)}`;
  page.showOutcome(
    flaggedWordsAdvice(
      advice,
      `We have sent your request to ${page.siteName} and marked it urgent. Your reference is ${sent.reference}.`,
      (button) => void notMeant(sent.requestId, button, confirmation, page),
    ),
    h(
      "p",
      {},
      h(
        "a",
        { href: confirmation, id: "see-what-happens-next" },
        "See what happens next with your request",
      ),
    ),
  );
}

async function notMeant(
  requestId: string,
  button: HTMLButtonElement,
  next: string,
  page: SendingPage,
): Promise<void> {
  button.disabled = true;
  const result = await api(
    `/api/me/advice/requests/${encodeURIComponent(requestId)}/not-an-emergency`,
    {
      method: "POST",
      auth: true,
      body: { notMeantAsEmergency: true },
      schema: MyAdviceRequestResponse,
    },
  );
  button.disabled = false;
  if (!result.ok) {
    if (result.status === 401) return page.sendToSignIn();
    return showProblemSummary(
      byId("ask-errors"),
      "We could not tell your practice",
      h("p", {}, result.error.message),
    );
  }
  location.assign(`${next}&notMeant=1`);
}
