import type {
  HoldResponse,
  MyAppointment,
  MyReferral,
  OfferedSlot,
  ReferralSlotsResponse,
} from "@front-door/contracts";
import { byId, focusElement, h, render, summaryList } from "../../../lib/dom.ts";
import { formatClockTime, formatDate, formatWeekdayDate } from "../../../lib/format.ts";
import { type BookingDay, referralBookingHref, slotWhen } from "../../../lib/referral-booking.ts";
import { referralHref } from "../../../lib/referrals.ts";
import { channelLabels, londonClockTime } from "../../../lib/same-day.ts";
import { slotSummary } from "../../same-day/confirm/held-summary.ts";
import { dayList, timeForm } from "./time-choices.ts";

/**
 * The booking page's steps as the patient sees them: choosing (a day, then a time), checking
 * the held time, and booked. Drawing only: main.ts holds the state and calls the API.
 */

const pageTitle = document.title;
const steps = ["choose-view", "confirm-view", "booked-view"] as const;

/** Shows one step, the others hidden, and names it in the tab. */
export function showStep(step: (typeof steps)[number], title: string): void {
  for (const id of steps) byId(id).hidden = id !== step;
  document.title = pageTitle.replace(/^[^–]*/, `${title} `);
}

/** The end of the road on this page, never a dead end: what happened, and the way back. */
export function showStopped(
  referralId: string | undefined,
  heading: string,
  message: string,
): void {
  showStep("choose-view", heading);
  byId("book-heading").textContent = heading;
  byId("book-choices").replaceChildren();
  byId("slot-taken").replaceChildren();
  const back = referralId
    ? h("a", { href: referralHref(referralId), id: "back-to-referral" }, "Go back to your referral")
    : h("a", { href: "/referrals/", id: "back-to-referral" }, "Go to your referrals");
  render(byId("book-message"), h("p", { id: "book-stopped" }, message), h("p", {}, back));
}

export function showNoTimes(referralId: string, free: ReferralSlotsResponse): void {
  showStopped(
    referralId,
    "There are no times to book online",
    `There are no free times at ${free.site.name} up to ${formatDate(free.window.to)}. ${free.site.name} will contact you to arrange an appointment, or you can contact them.`,
  );
}

function backLink(href: string, text: string): void {
  const back = byId<HTMLAnchorElement>("choose-back");
  back.href = href;
  back.textContent = text;
}

/** The days with free times; `gone` is a day asked for that has none left. */
export function showDays(
  referralId: string,
  free: ReferralSlotsResponse,
  days: readonly BookingDay[],
  gone?: string,
): void {
  showStep("choose-view", "Choose an appointment");
  byId("book-heading").textContent = "Choose an appointment";
  backLink(referralHref(referralId), "Back to your referral");
  render(
    byId("book-message"),
    gone &&
      h(
        "p",
        { id: "day-gone" },
        `There are no free times left on ${formatWeekdayDate(gone)}. Choose another day.`,
      ),
    h(
      "p",
      {},
      `Choose a day for your appointment at ${free.site.name}. These are the days with free times up to ${formatDate(free.window.to)}.`,
    ),
  );
  render(byId("book-choices"), dayList(referralId, days));
}

/** One day's times to choose from. */
export function showTimes(
  referralId: string,
  free: ReferralSlotsResponse,
  day: BookingDay,
  onChoose: (slot: OfferedSlot | undefined) => void,
): void {
  showStep("choose-view", "Choose a time");
  byId("book-heading").textContent = "Choose a time";
  backLink(referralBookingHref(referralId), "Choose a different day");
  render(
    byId("book-message"),
    h("p", {}, `For your referral ${free.referral.reference} to ${free.referral.serviceName}.`),
  );
  render(byId("book-choices"), timeForm(day, free.site.name, onChoose));
}

/** After a time was taken: if none is left on the day, the way to another day. */
export function showIfDayFull(referralId: string): void {
  if (document.querySelectorAll("#time-choices input[name=slot]").length > 0) return;
  render(
    byId("book-choices"),
    h(
      "p",
      { id: "day-full" },
      "There are no other free times on this day. ",
      h("a", { href: referralBookingHref(referralId) }, "Choose a different day"),
    ),
  );
}

/** The held time to check and confirm, with how long it is held. */
export function showHeld(
  referralId: string,
  free: ReferralSlotsResponse,
  hold: HoldResponse,
): void {
  byId("slot-taken").replaceChildren();
  byId("held-until").textContent =
    `We are holding this time for you until ${formatClockTime(londonClockTime(hold.heldUntil))}. Confirm it before then.`;
  render(
    byId("held-summary"),
    slotSummary(hold.slot, formatWeekdayDate(hold.slot.localDate), { name: free.site.name }, [
      { key: "Referral", value: free.referral.reference },
    ]),
  );
  byId<HTMLAnchorElement>("confirm-back").href = referralBookingHref(
    referralId,
    hold.slot.localDate,
  );
  showStep("confirm-view", "Check and confirm your appointment");
  focusElement(byId("confirm-heading"));
}

/** Booked: the reference in the NHS panel, the appointment, and where to find it again. */
export function showBooked(referral: MyReferral, appointment: MyAppointment): void {
  byId("booking-reference").textContent = appointment.bookingReference;
  render(
    byId("booked-summary"),
    summaryList([
      { key: "When", value: slotWhen(appointment) },
      { key: "How", value: channelLabels[appointment.channel] },
      { key: "Where", value: appointment.site.name },
      { key: "Booking reference", value: appointment.bookingReference },
      { key: "Referral", value: referral.reference },
    ]),
  );
  byId<HTMLAnchorElement>("booked-referral-link").href = referralHref(referral.id);
  showStep("booked-view", "Your appointment is booked");
  focusElement(byId("booked-heading"));
}
