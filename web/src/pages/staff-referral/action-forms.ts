import type { ReferralActionRequest, Role } from "@front-door/contracts";
import { rejectionReasonCodes } from "@front-door/domain";
import { h } from "../../lib/dom.ts";
import { rejectionReasonLabels } from "../../lib/staff-referral-labels.ts";
import { actionForm, type SendAction } from "./action-form.ts";
import { confirmedAction } from "./confirmed-action.ts";
import { actionsFor, awaitsClinician } from "./referral-actions.ts";
import type { StaffReferral } from "./referral-view.ts";

const textFieldHint: Record<string, string> = {
  "information-request":
    "The patient reads this when they sign in to Front Door. Up to 500 characters.",
  "rejection-reason": "The patient reads this. Up to 500 characters.",
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

function submitButton(text: string, id: string, warning = false): HTMLElement {
  return h(
    "button",
    { class: `nhsuk-button${warning ? " nhsuk-button--warning" : ""}`, type: "submit", id },
    text,
  );
}

const text = (data: FormData, name: string) => data.get(name)?.toString() ?? "";

function acceptForm(send: SendAction): HTMLElement {
  const choice = (value: "routine" | "urgent", label: string, hint: string) =>
    h(
      "div",
      { class: "nhsuk-radios__item" },
      h("input", {
        class: "nhsuk-radios__input",
        id: `priority-${value}`,
        name: "priority",
        type: "radio",
        value,
        "aria-describedby": `priority-${value}-hint`,
      }),
      h("label", { class: "nhsuk-label nhsuk-radios__label", for: `priority-${value}` }, label),
      h("div", { class: "nhsuk-hint nhsuk-radios__hint", id: `priority-${value}-hint` }, hint),
    );
  return actionForm(
    "accept",
    send,
    (data) => {
      const priority = text(data, "priority");
      // No choice is sent as none: the API says what to choose.
      return { type: "accept", ...(priority ? { priority } : {}) } as ReferralActionRequest;
    },
    () => "priority-routine",
    h(
      "div",
      { class: "nhsuk-form-group" },
      h(
        "fieldset",
        { class: "nhsuk-fieldset" },
        h(
          "legend",
          { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--s" },
          "How soon should the patient be seen?",
        ),
        h(
          "div",
          { class: "nhsuk-radios" },
          choice("routine", "Routine", "In turn, with other accepted referrals."),
          choice("urgent", "Urgent", "As a priority: shown first in the queue."),
        ),
      ),
    ),
    h("p", {}, "The service will contact the patient to arrange an appointment."),
    submitButton("Accept referral", "accept-button"),
  );
}

function requestInformationForm(send: SendAction): HTMLElement {
  return actionForm(
    "request-information",
    send,
    (data) => ({ type: "request-information", request: text(data, "information-request") }),
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
      const reasonCode = text(data, "reason-code");
      return {
        type: "reject",
        ...(reasonCode ? { reasonCode } : {}),
        reason: text(data, "rejection-reason"),
        signpost: text(data, "rejection-signpost"),
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

/** Actions with nothing to fill in: one button. */
function buttonForm(
  action: "complete" | "provide-information",
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
  if (offered.has("accept")) parts.push(section("Accept", "accept-section", acceptForm(send)));
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
        buttonForm(
          "provide-information",
          send,
          "If the patient gave the information another way, such as on the phone, record it so the referral goes back for triage.",
          "Record information as given",
        ),
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
