import {
  HoldResponse,
  type MyReferral,
  MyReferralResponse,
  type OfferedSlot,
  ReferralSlotsResponse,
  ReferralSlotTakenBody,
} from "@front-door/contracts";
import { api } from "../../lib/api.ts";
import { byId, focusElement, h, render, summaryList } from "../../lib/dom.ts";
import {
  clearErrors,
  showErrorSummary,
  showFieldError,
  showProblemSummary,
} from "../../lib/error-summary.ts";
import { formatClockTime, formatDate, formatWeekdayDate } from "../../lib/format.ts";
import {
  type BookingDay,
  bookingDays,
  distinctTimes,
  referralBookingHref,
  referralBookingQuery,
  sameTimeElsewhere,
  slotWhen,
} from "../../lib/referral-booking.ts";
import { referralHref } from "../../lib/referrals.ts";
import { signInHref } from "../../lib/return-path.ts";
import { channelLabels, londonClockTime } from "../../lib/same-day.ts";
import { readSession } from "../../lib/session.ts";
import { currentPath, startPage } from "../../lib/shell.ts";
import { slotSummary } from "../same-day-confirm/held-summary.ts";
import { removeTime, slotTakenCard } from "../same-day-slots/slot-list.ts";
import { dayList, firstTimeId, timeForm } from "./time-choices.ts";

const { referralId, day: chosenDay } = referralBookingQuery(location.search);
const pageTitle = document.title;
const errors = () => byId("book-errors");

/** The referral as loaded: its version goes back as If-Match when the patient confirms. */
let referral: MyReferral | undefined;
let times: ReferralSlotsResponse | undefined;
let held: HoldResponse | undefined;
let busy = false;

function sendToSignIn(): void {
  location.replace(signInHref(currentPath()));
}

function setTitle(title: string): void {
  document.title = pageTitle.replace(/^[^–]*/, `${title} `);
}

/** Only one step shows at a time: choosing, checking, or booked. */
function showView(view: "choose-view" | "confirm-view" | "booked-view"): void {
  for (const id of ["choose-view", "confirm-view", "booked-view"]) byId(id).hidden = id !== view;
}

/** The end of the road on this page, never a dead end: what happened, and the way back. */
function stop(heading: string, message: string): void {
  showView("choose-view");
  byId("book-heading").textContent = heading;
  byId("book-choices").replaceChildren();
  byId("slot-taken").replaceChildren();
  const back = referralId
    ? h("a", { href: referralHref(referralId), id: "back-to-referral" }, "Go back to your referral")
    : h("a", { href: "/referrals/", id: "back-to-referral" }, "Go to your referrals");
  render(byId("book-message"), h("p", { id: "book-stopped" }, message), h("p", {}, back));
}

function notFound(): void {
  stop(
    "We could not find that referral",
    "It may have been sent from another account, or the link is not complete.",
  );
}

async function loadTimes(): Promise<ReferralSlotsResponse | undefined> {
  if (!referralId) return undefined;
  const result = await api(`/api/me/referrals/${encodeURIComponent(referralId)}/slots`, {
    auth: true,
    schema: ReferralSlotsResponse,
  });
  if (result.ok) return result.data;
  if (result.status === 401) sendToSignIn();
  else if (result.status === 404) notFound();
  // Not bookable now (not accepted yet, already booked, or the service books itself): the API
  // says which, in the patient's words.
  else if (result.status === 409) stop("You cannot choose an appointment", result.error.message);
  else throw new Error(result.error.message);
  return undefined;
}

async function loadReferral(): Promise<MyReferral | undefined> {
  if (!referralId) return undefined;
  const result = await api(`/api/me/referrals/${encodeURIComponent(referralId)}`, {
    auth: true,
    schema: MyReferralResponse,
  });
  if (result.ok) return result.data.referral;
  if (result.status === 401) sendToSignIn();
  else if (result.status === 404) notFound();
  else throw new Error(result.error.message);
  return undefined;
}

function showNoTimes(free: ReferralSlotsResponse): void {
  stop(
    "There are no times to book online",
    `There are no free times at ${free.site.name} up to ${formatDate(free.window.to)}. ${free.site.name} will contact you to arrange an appointment, or you can contact them.`,
  );
}

function showDays(free: ReferralSlotsResponse, days: BookingDay[], gone?: string): void {
  if (!referralId) return;
  byId("book-heading").textContent = "Choose an appointment";
  const back = byId<HTMLAnchorElement>("choose-back");
  back.href = referralHref(referralId);
  back.textContent = "Back to your referral";
  render(
    byId("book-message"),
    gone &&
      h("p", { id: "day-gone" }, `There are no free times left on ${gone}. Choose another day.`),
    h(
      "p",
      {},
      `Choose a day for your appointment at ${free.site.name}. These are the days with free times up to ${formatDate(free.window.to)}.`,
    ),
  );
  render(byId("book-choices"), dayList(referralId, days));
}

function showTimes(free: ReferralSlotsResponse, day: BookingDay): void {
  if (!referralId) return;
  byId("book-heading").textContent = "Choose a time";
  const back = byId<HTMLAnchorElement>("choose-back");
  back.href = referralBookingHref(referralId);
  back.textContent = "Choose a different day";
  render(
    byId("book-message"),
    h("p", {}, `For your referral ${free.referral.reference} to ${free.referral.serviceName}.`),
  );
  render(
    byId("book-choices"),
    timeForm(day, free.site.name, (slot) => void chooseTime(slot)),
  );
}

/** The page as the address asks: the days, or one day's times. */
function showChoices(free: ReferralSlotsResponse): void {
  showView("choose-view");
  setTitle(chosenDay ? "Choose a time" : "Choose an appointment");
  const days = bookingDays(free.days);
  const day = chosenDay ? days.find((d) => d.localDate === chosenDay) : undefined;
  if (days.length === 0) showNoTimes(free);
  else if (day) showTimes(free, day);
  else showDays(free, days, chosenDay ? formatWeekdayDate(chosenDay) : undefined);
}

function chooseTime(slot: OfferedSlot | undefined): void {
  const form = document.getElementById("time-form");
  if (form) clearErrors(errors(), form);
  byId("slot-taken").replaceChildren();
  if (!slot) {
    const fieldId = form?.querySelector("input[name=slot]")?.id ?? firstTimeId;
    showFieldError(fieldId, "Choose a time");
    showErrorSummary(errors(), [{ fieldId, message: "Choose a time" }]);
    return;
  }
  void hold(slot);
}

/** After a time was taken: what is left of the day, or a way to another day. */
function afterTimeTaken(): void {
  const left = document.querySelectorAll("#time-choices input[name=slot]").length;
  if (left > 0 || !referralId) return;
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

function showTaken(message: string, alternatives: readonly OfferedSlot[]): void {
  if (!times) return;
  const { card, heading } = slotTakenCard(
    message,
    distinctTimes(alternatives),
    times.site,
    (slot) => void hold(slot),
    `${times.site.name} will contact you to arrange an appointment, or you can contact them.`,
    { intro: "Other free times:", label: slotWhen },
  );
  render(byId("slot-taken"), card);
  focusElement(heading);
}

/**
 * Holds the time for 15 minutes while the patient checks it; someone may just have taken it.
 * If the clinic has another place at that same time, that is held instead, once: the patient
 * chose a time, and it is still free.
 */
async function hold(slot: OfferedSlot, shownAs: OfferedSlot = slot): Promise<void> {
  if (busy || !referralId) return;
  busy = true;
  const form = document.getElementById("time-form");
  if (form) clearErrors(errors(), form);
  const result = await api(`/api/me/referrals/${encodeURIComponent(referralId)}/holds`, {
    method: "POST",
    auth: true,
    body: { slotId: slot.id },
    schema: HoldResponse,
  });
  busy = false;
  if (result.ok) return showConfirm(result.data);
  if (result.status === 401) return sendToSignIn();
  const taken = ReferralSlotTakenBody.safeParse(result.body);
  if (taken.success) {
    const sameTime = shownAs === slot && sameTimeElsewhere(slot, taken.data.alternatives);
    if (sameTime) return hold(sameTime, slot);
    removeTime(shownAs.id);
    afterTimeTaken();
    return showTaken(taken.data.error.message, taken.data.alternatives);
  }
  if (result.error.code === "referral_booking_unavailable") {
    return stop("You cannot choose an appointment", result.error.message);
  }
  // A time that cannot be booked after all (started, or out of the window): choose another.
  removeTime(shownAs.id);
  afterTimeTaken();
  const fieldId = document.querySelector("#time-choices input[name=slot]")?.id;
  if (fieldId) showFieldError(fieldId, result.error.message);
  showErrorSummary(errors(), [
    { fieldId: fieldId ?? "book-choices", message: result.error.message },
  ]);
}

function showConfirm(hold: HoldResponse): void {
  if (!times || !referralId) return;
  held = hold;
  byId("slot-taken").replaceChildren();
  byId("held-until").textContent =
    `We are holding this time for you until ${formatClockTime(londonClockTime(hold.heldUntil))}. Confirm it before then.`;
  render(
    byId("held-summary"),
    slotSummary(hold.slot, formatWeekdayDate(hold.slot.localDate), { name: times.site.name }, [
      { key: "Referral", value: times.referral.reference },
    ]),
  );
  byId<HTMLAnchorElement>("confirm-back").href = referralBookingHref(
    referralId,
    hold.slot.localDate,
  );
  showView("confirm-view");
  setTitle("Check and confirm your appointment");
  focusElement(byId("confirm-heading"));
}

/** Back from checking to the times as they were: the list the patient chose from. */
function backToChoose(event: Event): void {
  if (!times) return;
  event.preventDefault();
  errors().replaceChildren();
  showView("choose-view");
  setTitle("Choose a time");
  focusElement(byId("book-heading"));
}

function showBooked(after: MyReferral): void {
  const appointment = after.appointment;
  if (!appointment || !referralId) {
    // Booked, but the appointment could not be read back: the referral page shows it.
    location.assign(referralHref(referralId ?? ""));
    return;
  }
  byId("booking-reference").textContent = appointment.bookingReference;
  render(
    byId("booked-summary"),
    summaryList([
      { key: "When", value: slotWhen(appointment) },
      { key: "How", value: channelLabels[appointment.channel] },
      { key: "Where", value: appointment.site.name },
      { key: "Booking reference", value: appointment.bookingReference },
      { key: "Referral", value: after.reference },
    ]),
  );
  byId<HTMLAnchorElement>("booked-referral-link").href = referralHref(referralId);
  showView("booked-view");
  setTitle("Your appointment is booked");
  focusElement(byId("booked-heading"));
}

async function confirm(button: HTMLButtonElement): Promise<void> {
  if (busy || !referralId || !held || !referral) return;
  busy = true;
  button.disabled = true;
  errors().replaceChildren();
  const result = await api(`/api/me/referrals/${encodeURIComponent(referralId)}/actions`, {
    method: "POST",
    auth: true,
    body: { type: "book", slotId: held.slot.id },
    // The version loaded with the times: if the service acted meanwhile, booking is refused.
    ifMatch: `"${referral.version}"`,
    schema: MyReferralResponse,
  });
  busy = false;
  button.disabled = false;
  if (result.ok) return showBooked(result.data.referral);
  if (result.status === 401) return sendToSignIn();
  const { code, message } = result.error;
  if (code === "hold_expired" || code === "slot_taken") {
    // The hold ran out: back to the times as they are now, to choose again.
    held = undefined;
    const free = await loadTimes();
    if (!free) return;
    times = free;
    showChoices(free);
    showProblemSummary(errors(), "There is a problem", h("p", { id: "hold-expired" }, message));
    return;
  }
  if (result.status === 400) {
    showErrorSummary(errors(), [{ fieldId: "confirm-appointment", message }]);
    return;
  }
  // The referral changed meanwhile (withdrawn, booked by staff): nothing to confirm any more.
  stop("You cannot book this time", message);
}

startPage({
  run: async () => {
    if (!readSession(sessionStorage)) return sendToSignIn();
    if (!referralId) return notFound();
    byId("confirm-back").addEventListener("click", backToChoose);
    const button = byId<HTMLButtonElement>("confirm-appointment");
    button.addEventListener("click", () => void confirm(button));
    const [loaded, free] = await Promise.all([loadReferral(), loadTimes()]);
    if (!loaded || !free) return;
    referral = loaded;
    times = free;
    showChoices(free);
  },
});
