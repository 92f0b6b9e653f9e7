import type { ReferralActionRequest, ReferralSlotsResponse, Role } from "@front-door/contracts";
import { rejectionReasonCodes } from "@front-door/domain";
import { h } from "../../lib/dom.ts";
import { formatDate } from "../../lib/format.ts";
import { rejectionReasonLabels } from "../../lib/staff-referral-labels.ts";
import { actionForm, type SendAction } from "./action-form.ts";
import { confirmedAction } from "./confirmed-action.ts";
import { actionsFor, afterAccepting, awaitsClinician } from "./referral-actions.ts";
import type { StaffReferral } from "./referral-view.ts";
import { hasFreeTimes, timeSelect } from "./time-select.ts";

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

/** Routine or urgent, as radios; `prefix` keeps ids apart where two forms ask on one page. */
function priorityChoice(prefix: string): HTMLElement {
  const choice = (value: "routine" | "urgent", label: string, hint: string) =>
    h(
      "div",
      { class: "nhsuk-radios__item" },
      h("input", {
        class: "nhsuk-radios__input",
        id: `${prefix}-${value}`,
        name: "priority",
        type: "radio",
        value,
        "aria-describedby": `${prefix}-${value}-hint`,
      }),
      h("label", { class: "nhsuk-label nhsuk-radios__label", for: `${prefix}-${value}` }, label),
      h("div", { class: "nhsuk-hint nhsuk-radios__hint", id: `${prefix}-${value}-hint` }, hint),
    );
  return h(
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
  );
}

function acceptForm(send: SendAction, bookOnline: boolean): HTMLElement {
  return actionForm(
    "accept",
    send,
    (data) => {
      const priority = text(data, "priority");
      // No choice is sent as none: the API says what to choose.
      return { type: "accept", ...(priority ? { priority } : {}) } as ReferralActionRequest;
    },
    () => "priority-routine",
    priorityChoice("priority"),
    h("p", {}, afterAccepting(bookOnline)),
    submitButton("Accept referral", "accept-button"),
  );
}

/** When the site has no free time to book into: say so, and where times come from. */
function noFreeTimes(id: string, times: ReferralSlotsResponse | undefined): HTMLElement {
  return h(
    "p",
    { id },
    times
      ? `There are no free times for ${times.referral.serviceName} at ${times.site.name} up to ${formatDate(times.window.to)}. `
      : "We could not get the free times. Reload the page to try again. ",
    times && h("a", { href: "/staff/sessions/" }, "Publish sessions"),
    times && " to add times.",
  );
}

/** A clinician accepts and books in one step, straight into a free time. */
function acceptAndBookForm(send: SendAction, times: ReferralSlotsResponse): HTMLElement {
  return actionForm(
    "accept-and-book",
    send,
    (data) => {
      const priority = text(data, "priority");
      const slotId = text(data, "slot");
      return {
        type: "accept-and-book",
        ...(priority ? { priority } : {}),
        ...(slotId ? { slotId } : {}),
      } as ReferralActionRequest;
    },
    (path) => (path === "priority" ? "accept-and-book-priority-routine" : "accept-and-book-slot"),
    priorityChoice("accept-and-book-priority"),
    timeSelect("accept-and-book-slot", times),
    submitButton("Accept and book", "accept-and-book-button"),
  );
}

/** Booking an accepted referral for the patient, for example while they are on the phone. */
function bookForm(send: SendAction, times: ReferralSlotsResponse): HTMLElement {
  return actionForm(
    "book",
    send,
    (data) => {
      const slotId = text(data, "slot");
      return { type: "book", ...(slotId ? { slotId } : {}) } as ReferralActionRequest;
    },
    () => "book-slot",
    timeSelect("book-slot", times),
    h("p", {}, "The patient can see the appointment in Front Door."),
    submitButton("Book appointment", "book-button"),
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
