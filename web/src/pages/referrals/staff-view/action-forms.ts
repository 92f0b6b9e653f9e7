import type { ReferralActionRequest, ReferralSlotsResponse, Role } from "@front-door/contracts";
import { rejectionReasonCodes } from "@front-door/domain";
import { h } from "../../../lib/dom.ts";
import { rejectionReasonLabels } from "../../../lib/staff-referral-labels.ts";
import { acceptAndBookForm, acceptForm, bookForm, noFreeTimes } from "./accept-and-book-forms.ts";
import { actionForm, formText, type SendAction, submitButton } from "./action-form.ts";
import { confirmedAction } from "./confirmed-action.ts";
import { actionsFor, awaitsClinician } from "./referral-actions.ts";
import type { StaffReferral } from "./referral-view.ts";
import { hasFreeTimes } from "./time-select.ts";

const textFieldHint: Record<string, string> = {
  "information-request":
    "The patient reads this when they sign in to Front Door. Up to 500 characters.",
  "rejection-reason": "The patient reads this. Up to 500 characters.",
  "information-answer":
    "Write down what the patient told you, in their words where you can. Up to 2,000 characters.",
  "rejection-signpost":
    "The patient reads this. For example, contact your GP practice. Up to 500 characters.",
};

function textarea(id: string, label: string): HTMLElement {
  return h(
    "div",
    { class: "nhsuk-form-group" },
    h("label", { class: "nhsuk-label", for: id }, label),
    h("div", { class: "nhsuk-hint", id: `${id}-hint` }, textFieldHint[id] ?? ""),
    h("textarea", {
      class: "nhsuk-textarea",
      id,
      name: id,
      rows: 3,
      "aria-describedby": `${id}-hint`,
    }),
  );
}

function requestInformationForm(send: SendAction): HTMLElement {
  return actionForm(
    "request-information",
    send,
    (data) => ({ type: "request-information", request: formText(data, "information-request") }),
    () => "information-request",
    textarea("information-request", "What do you need to know?"),
    submitButton("Ask for information", "request-information-button"),
  );
}

function rejectForm(send: SendAction): HTMLElement {
  const fieldIds: Record<string, string> = {
    reasonCode: "reason-code",
    reason: "rejection-reason",
    signpost: "rejection-signpost",
  };
  return actionForm(
    "reject",
    send,
    (data) => {
      const reasonCode = formText(data, "reason-code");
      return {
        type: "reject",
        ...(reasonCode ? { reasonCode } : {}),
        reason: formText(data, "rejection-reason"),
        signpost: formText(data, "rejection-signpost"),
      } as ReferralActionRequest;
    },
    (path) => fieldIds[path] ?? "reason-code",
    h(
      "div",
      { class: "nhsuk-form-group" },
      h("label", { class: "nhsuk-label", for: "reason-code" }, "Reason"),
      h(
        "select",
        { class: "nhsuk-select", id: "reason-code", name: "reason-code" },
        h("option", { value: "" }, "Choose a reason"),
        ...rejectionReasonCodes.map((code) =>
          h("option", { value: code }, rejectionReasonLabels[code]),
        ),
      ),
    ),
    textarea("rejection-reason", "Why can the referral not be accepted?"),
    textarea("rejection-signpost", "Where should the patient go instead?"),
    submitButton("Reject referral", "reject-button", true),
  );
}

/** The patient's answer taken another way (on the phone, at the desk), written down by staff. */
function provideInformationForm(send: SendAction): HTMLElement {
  return actionForm(
    "provide-information",
    send,
    (data) => ({ type: "provide-information", answer: formText(data, "information-answer") }),
    () => "information-answer",
    h(
      "p",
      {},
      "If the patient gave the information another way, such as on the phone, record it so the referral goes back for triage.",
    ),
    textarea("information-answer", "What did the patient tell you?"),
    submitButton("Record information as given", "provide-information-button"),
  );
}

/** Actions with nothing to fill in: one button. */
function buttonForm(
  action: "complete",
  send: SendAction,
  explanation: string,
  label: string,
): HTMLElement {
  const id = `${action}-button`;
  return actionForm(
    action,
    send,
    () => ({ type: action }),
    () => id,
    h("p", {}, explanation),
    submitButton(label, id),
  );
}

function section(title: string, id: string, ...content: HTMLElement[]): HTMLElement {
  return h(
    "section",
    { "aria-labelledby": `${id}-heading`, id },
    h("h3", { id: `${id}-heading` }, title),
    ...content,
  );
}

/**
 * What the signed-in staff member can do with the referral now, from the domain's rules for
 * their role and its stage. Receptionists are told clinical decisions are a clinician's.
 */
export function referralActions(
  referral: StaffReferral,
  role: Role | undefined,
  send: SendAction,
  /** The referral's free times, where a booking action is offered; undefined if not loaded. */
  times?: ReferralSlotsResponse,
): HTMLElement {
  const offered = new Set(actionsFor(role, referral.stage));
  const parts: HTMLElement[] = [];
  if (awaitsClinician(role, referral.stage)) {
    parts.push(
      h(
        "div",
        { class: "nhsuk-inset-text", id: "clinician-decision" },
        h("span", { class: "nhsuk-u-visually-hidden" }, "Information: "),
        h(
          "p",
          {},
          "Accepting or rejecting is a clinician’s decision. A clinician at your site will triage this referral.",
        ),
      ),
    );
  }
  if (offered.has("accept-and-book")) {
    parts.push(
      section(
        "Accept and book",
        "accept-and-book-section",
        times && hasFreeTimes(times)
          ? acceptAndBookForm(send, times)
          : noFreeTimes("accept-and-book-no-times", times),
      ),
    );
  }
  if (offered.has("accept")) {
    parts.push(section("Accept", "accept-section", acceptForm(send, referral.bookOnline)));
  }
  if (offered.has("book")) {
    parts.push(
      section(
        "Book an appointment",
        "book-section",
        times && hasFreeTimes(times) ? bookForm(send, times) : noFreeTimes("book-no-times", times),
      ),
    );
  }
  if (offered.has("request-information")) {
    parts.push(
      section(
        "Ask the patient for more information",
        "request-information-section",
        requestInformationForm(send),
      ),
    );
  }
  if (offered.has("provide-information")) {
    parts.push(
      section(
        "The patient has answered",
        "provide-information-section",
        provideInformationForm(send),
      ),
    );
  }
  if (offered.has("reject")) parts.push(section("Reject", "reject-section", rejectForm(send)));
  if (offered.has("complete")) {
    parts.push(
      section(
        "Complete",
        "complete-section",
        buttonForm(
          "complete",
          send,
          "When the service has finished the patient’s care for this referral.",
          "Mark as completed",
        ),
      ),
    );
  }
  if (offered.has("cancel-booking")) {
    parts.push(
      section(
        "Cancel the appointment",
        "cancel-booking-section",
        h(
          "p",
          {},
          "If the patient cannot go, or the service cannot see them then. The referral goes back to accepted, to book again.",
        ),
        confirmedAction("cancel-booking", send),
      ),
    );
  }
  const confirmed = (["withdraw", "mark-entered-in-error"] as const).filter((a) => offered.has(a));
  if (confirmed.length) {
    parts.push(
      section(
        "Other actions",
        "other-actions-section",
        ...confirmed.map((action) => confirmedAction(action, send)),
      ),
    );
  }
  return h(
    "div",
    {},
    h("h2", { id: "actions-heading" }, "What to do next"),
    ...(parts.length
      ? parts
      : [h("p", { id: "no-actions" }, "Nothing more can be done with this referral.")]),
  );
}
