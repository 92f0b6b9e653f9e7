import {
  type MyAppointment,
  MyAppointmentsResponse,
  MyOffersResponse,
} from "@front-door/contracts";
import { api } from "../../../lib/api.ts";
import { byId, focusElement, h, render, summaryList, visuallyHidden } from "../../../lib/dom.ts";
import { appointmentWhen, formatClockTime } from "../../../lib/format.ts";
import { referralHref } from "../../../lib/referrals.ts";
import { signInHref } from "../../../lib/return-path.ts";
import {
  channelLabels,
  type HeldSlot,
  londonClockTime,
  saveHeldSlot,
} from "../../../lib/same-day.ts";
import { readSession } from "../../../lib/session.ts";
import { startPage } from "../../../lib/shell.ts";
import { londonToday } from "../../dashboard/london-date.ts";
import { appointmentHeading, appointmentLists, canChange } from "./appointment-lists.ts";
import { appointmentRows } from "./appointment-rows.ts";

const cancelledId = new URLSearchParams(location.search).get("cancelled");

function sendToSignIn(): void {
  location.replace(signInHref("/appointments/"));
}

/** Change and Cancel for an upcoming booked appointment, each naming it for screen readers. */
function actions(appointment: MyAppointment): HTMLElement | undefined {
  if (appointment.status !== "booked") return undefined;
  const context = () => visuallyHidden(` appointment ${appointmentWhen(appointment)}`);
  // Cancelling is a page of its own, so Back comes back here.
  const cancel = h(
    "a",
    {
      class: "nhsuk-button nhsuk-button--secondary",
      href: `/appointments/cancel/?appointmentId=${encodeURIComponent(appointment.id)}`,
      "data-cancel": appointment.id,
    },
    "Cancel",
    context(),
  );
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
        summaryList(appointmentRows(appointment), { inCard: true }),
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
        { key: "When", value: `Today at ${formatClockTime(slot.localStart)}` },
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
  const cancelled = pastAndCancelled.find((a) => a.id === cancelledId && a.status === "cancelled");
  if (cancelled) showCancelled(cancelled);
}

/** Back from the cancel page: say it is done, and what it means. */
function showCancelled(appointment: MyAppointment): void {
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
        `${appointmentWhen(appointment)} at ${appointment.site.name}. The time is free for someone else now.`,
        appointment.referral &&
          h(
            "p",
            { class: "nhsuk-u-margin-top-2" },
            "Your referral is still open. ",
            h("a", { href: referralHref(appointment.referral.id) }, "Go to your referral"),
            " to see what happens next.",
          ),
      ),
    ),
  );
  focusElement(heading);
}

startPage({
  run: async () => {
    if (!readSession(sessionStorage)) return sendToSignIn();
    await load();
  },
});
