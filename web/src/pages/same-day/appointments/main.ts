import {
  type MyAppointment,
  MyAppointmentResponse,
  MyAppointmentsResponse,
  MyOffersResponse,
} from "@front-door/contracts";
import { api } from "../../../lib/api.ts";
import { byId, focusElement, h, render, summaryList, visuallyHidden } from "../../../lib/dom.ts";
import { clearErrors, showErrorSummary, showFieldError } from "../../../lib/error-summary.ts";
import { appointmentWhen, formatClockTime } from "../../../lib/format.ts";
import { referralHref } from "../../../lib/referrals.ts";
import { signInHref } from "../../../lib/return-path.ts";
import {
  appointmentStatusTags,
  channelLabels,
  type HeldSlot,
  londonClockTime,
  saveHeldSlot,
} from "../../../lib/same-day.ts";
import { readSession } from "../../../lib/session.ts";
import { startPage } from "../../../lib/shell.ts";
import { londonToday } from "../../dashboard/london-date.ts";
import { appointmentHeading, appointmentLists, canChange } from "./appointment-lists.ts";
import { cancelFieldIds, cancelReasonText } from "./cancel-reason.ts";

const form = () => byId<HTMLFormElement>("cancel-form");
let cancelling: MyAppointment | undefined;

function sendToSignIn(): void {
  location.replace(signInHref("/appointments/"));
}

function statusTag(appointment: MyAppointment): HTMLElement {
  const tag = appointmentStatusTags[appointment.status];
  return h("strong", { class: `nhsuk-tag nhsuk-tag--${tag.colour}` }, tag.text);
}

function rows(appointment: MyAppointment) {
  return [
    { key: "When", value: appointmentWhen(appointment) },
    { key: "How", value: channelLabels[appointment.channel] },
    { key: "Where", value: appointment.site.name },
    { key: "Booking reference", value: appointment.bookingReference },
    { key: "Status", value: statusTag(appointment) },
    ...(appointment.cancellationReason
      ? [{ key: "Reason for cancelling", value: appointment.cancellationReason }]
      : []),
  ];
}

/** Change and Cancel for an upcoming booked appointment, each naming it for screen readers. */
function actions(appointment: MyAppointment): HTMLElement | undefined {
  if (appointment.status !== "booked") return undefined;
  const context = () => visuallyHidden(` appointment ${appointmentWhen(appointment)}`);
  const cancel = h(
    "button",
    {
      class: "nhsuk-button nhsuk-button--secondary",
      type: "button",
      "data-cancel": appointment.id,
    },
    "Cancel",
    context(),
  );
  cancel.addEventListener("click", () => startCancel(appointment));
  const change = canChange(appointment, londonToday(new Date()))
    ? h(
        "a",
        {
          class: "nhsuk-button nhsuk-button--secondary",
          href: `/appointments/change/?appointmentId=${encodeURIComponent(appointment.id)}`,
          "data-change": appointment.id,
        },
        "Change",
        context(),
      )
    : undefined;
  return h("div", { class: "nhsuk-button-group" }, change, cancel);
}

function card(appointment: MyAppointment, upcoming: boolean): HTMLElement {
  return h(
    "li",
    { "data-appointment-id": appointment.id, "data-status": appointment.status },
    h(
      "div",
      { class: "nhsuk-card" },
      h(
        "div",
        { class: "nhsuk-card__content" },
        h("h3", { class: "nhsuk-card__heading nhsuk-heading-s" }, appointmentHeading(appointment)),
        appointment.referral &&
          h(
            "p",
            { class: "nhsuk-u-margin-bottom-2", "data-referral-id": appointment.referral.id },
            "For ",
            h(
              "a",
              { href: referralHref(appointment.referral.id) },
              `your self-referral ${appointment.referral.reference}`,
            ),
          ),
        summaryList(rows(appointment), { inCard: true }),
        upcoming ? actions(appointment) : undefined,
      ),
    ),
  );
}

function list(appointments: readonly MyAppointment[], upcoming: boolean, empty: string) {
  return appointments.length
    ? h("ul", { class: "app-result-list" }, ...appointments.map((a) => card(a, upcoming)))
    : h("p", {}, empty);
}

/**
 * A time the waiting list is holding for the patient. Taking it hands the hold to the same
 * confirm step as a time they chose themselves.
 */
function offerCard(offer: HeldSlot): HTMLElement {
  const { slot, heldUntil } = offer.hold;
  const take = h(
    "button",
    { class: "nhsuk-button nhsuk-u-margin-bottom-0", type: "button", "data-take-offer": slot.id },
    "Take this time",
  );
  take.addEventListener("click", () => {
    saveHeldSlot(sessionStorage, offer);
    location.assign(`/same-day/confirm/?slotId=${encodeURIComponent(slot.id)}`);
  });
  return h(
    "div",
    { class: "nhsuk-card nhsuk-card--feature", "data-offer": slot.id },
    h(
      "div",
      { class: "nhsuk-card__content nhsuk-card__content--feature" },
      h(
        "h2",
        { class: "nhsuk-card__heading nhsuk-card__heading--feature" },
        "A time has come up for you",
      ),
      summaryList([
        { key: "When", value: `Today at ${slot.localStart}` },
        { key: "How", value: channelLabels[slot.channel] },
        { key: "Where", value: offer.site.name },
      ]),
      h(
        "p",
        {},
        `We are holding it for you until ${formatClockTime(londonClockTime(heldUntil))}. After that it goes to the next person waiting.`,
      ),
      take,
    ),
  );
}

async function loadOffers(): Promise<void> {
  const result = await api("/api/me/offers", { auth: true, schema: MyOffersResponse });
  // Offers are a bonus on this page: if they cannot be read, the appointments still show.
  if (!result.ok) return;
  render(byId("offers"), ...result.data.offers.map(offerCard));
}

async function load(): Promise<void> {
  const result = await api("/api/me/appointments", { auth: true, schema: MyAppointmentsResponse });
  if (!result.ok) {
    if (result.status === 401) return sendToSignIn();
    throw new Error(result.error.message);
  }
  await loadOffers();
  const { upcoming, pastAndCancelled } = appointmentLists(result.data);
  render(byId("upcoming"), list(upcoming, true, "You have no upcoming appointments."));
  render(
    byId("past"),
    list(pastAndCancelled, false, "You have no past or cancelled appointments."),
  );
  byId("appointments-message").replaceChildren();
  byId("appointments-content").hidden = false;
}

function startCancel(appointment: MyAppointment): void {
  cancelling = appointment;
  form().reset();
  clearErrors(byId("appointments-errors"), form());
  byId("appointments-done").replaceChildren();
  render(byId("cancel-summary"), summaryList(rows(appointment)));
  byId("appointments-view").hidden = true;
  byId("cancel-view").hidden = false;
  focusElement(byId("cancel-heading"));
}

function backToList(): void {
  cancelling = undefined;
  clearErrors(byId("appointments-errors"), form());
  byId("cancel-view").hidden = true;
  byId("appointments-view").hidden = false;
}

async function cancel(): Promise<void> {
  if (!cancelling) return;
  const errors = byId("appointments-errors");
  clearErrors(errors, form());
  const choice = form().querySelector<HTMLInputElement>(
    'input[name="cancel-reason"]:checked',
  )?.value;
  const reason = cancelReasonText(
    choice ?? "",
    byId<HTMLTextAreaElement>("reason-other-text").value,
  );
  if (!reason.ok) {
    showFieldError(reason.fieldId, reason.message);
    showErrorSummary(errors, [reason]);
    return;
  }
  const button = byId<HTMLButtonElement>("confirm-cancel");
  button.disabled = true;
  const result = await api(`/api/me/appointments/${encodeURIComponent(cancelling.id)}/cancel`, {
    method: "POST",
    auth: true,
    body: { reason: reason.reason },
    schema: MyAppointmentResponse,
  });
  button.disabled = false;
  if (!result.ok) {
    if (result.status === 401) return sendToSignIn();
    const message = result.error.fields[0]?.message ?? result.error.message;
    const fieldId = choice === "other" ? cancelFieldIds.other : cancelFieldIds.choice;
    showFieldError(fieldId, message);
    showErrorSummary(errors, [{ fieldId, message }]);
    return;
  }
  backToList();
  const heading = h(
    "h2",
    { class: "nhsuk-panel__heading", id: "cancelled-heading" },
    "Your appointment has been cancelled",
  );
  render(
    byId("appointments-done"),
    h(
      "div",
      { class: "nhsuk-panel", id: "cancelled-panel" },
      heading,
      h(
        "div",
        { class: "nhsuk-panel__body" },
        `${appointmentWhen(result.data.appointment)} at ${result.data.appointment.site.name}. The time is free for someone else now.`,
        result.data.appointment.referral &&
          h(
            "p",
            { class: "nhsuk-u-margin-top-2" },
            "Your referral is still open. ",
            h(
              "a",
              { href: referralHref(result.data.appointment.referral.id) },
              "Go to your referral",
            ),
            " to see what happens next.",
          ),
      ),
    ),
  );
  await load();
  focusElement(heading);
}

startPage({
  run: async () => {
    if (!readSession(sessionStorage)) return sendToSignIn();
    form().addEventListener("submit", (event) => {
      event.preventDefault();
      void cancel();
    });
    byId("keep-appointment").addEventListener("click", () => {
      backToList();
      focusElement(byId("appointments-heading"));
    });
    await load();
  },
});
