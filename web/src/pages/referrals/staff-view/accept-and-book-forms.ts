import type { ReferralActionRequest, ReferralSlotsResponse } from "@front-door/contracts";
import { h } from "../../../lib/dom.ts";
import { formatDate } from "../../../lib/format.ts";
import { actionForm, formText, type SendAction, submitButton } from "./action-form.ts";
import { afterAccepting } from "./referral-actions.ts";
import { timeSelect } from "./time-select.ts";

/**
 * Accepting a referral and booking its appointment: accept (the patient or the service then
 * arranges a time), accept and book in one step, and book an accepted one.
 */

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

export function acceptForm(send: SendAction, bookOnline: boolean): HTMLElement {
  return actionForm(
    "accept",
    send,
    (data) => {
      const priority = formText(data, "priority");
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
export function noFreeTimes(id: string, times: ReferralSlotsResponse | undefined): HTMLElement {
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
export function acceptAndBookForm(send: SendAction, times: ReferralSlotsResponse): HTMLElement {
  return actionForm(
    "accept-and-book",
    send,
    (data) => {
      const priority = formText(data, "priority");
      const slotId = formText(data, "slot");
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
export function bookForm(send: SendAction, times: ReferralSlotsResponse): HTMLElement {
  return actionForm(
    "book",
    send,
    (data) => {
      const slotId = formText(data, "slot");
      return { type: "book", ...(slotId ? { slotId } : {}) } as ReferralActionRequest;
    },
    () => "book-slot",
    timeSelect("book-slot", times),
    h("p", {}, "The patient can see the appointment in Front Door."),
    submitButton("Book appointment", "book-button"),
  );
}
