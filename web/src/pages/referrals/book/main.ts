import {
  HoldReleaseResponse,
  HoldResponse,
  type MyReferral,
  MyReferralResponse,
  type OfferedSlot,
  ReferralSlotsResponse,
  ReferralSlotTakenBody,
} from "@front-door/contracts";
import { api } from "../../../lib/api.ts";
import { byId, focusElement, h, render } from "../../../lib/dom.ts";
import {
  clearErrors,
  showErrorSummary,
  showFieldError,
  showProblemSummary,
} from "../../../lib/error-summary.ts";
import {
  bookingDays,
  distinctTimes,
  referralBookingQuery,
  sameTimeElsewhere,
  slotWhen,
} from "../../../lib/referral-booking.ts";
import { referralHref } from "../../../lib/referrals.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { readSession } from "../../../lib/session.ts";
import { currentPath, startPage } from "../../../lib/shell.ts";
import { removeTime, slotTakenCard } from "../../same-day/slots/slot-list.ts";
import {
  showBooked,
  showDays,
  showHeld,
  showIfDayFull,
  showNoTimes,
  showStep,
  showStopped,
  showTimes,
} from "./booking-views.ts";
import { firstTimeId } from "./time-choices.ts";

const { referralId, day: chosenDay } = referralBookingQuery(location.search);
const errors = () => byId("book-errors");

/** The referral as loaded: its version goes back as If-Match when the patient confirms. */
let referral: MyReferral | undefined;
let times: ReferralSlotsResponse | undefined;
let held: HoldResponse | undefined;
let busy = false;

function sendToSignIn(): void {
  location.replace(signInHref(currentPath()));
}

function stop(heading: string, message: string): void {
  showStopped(referralId, heading, message);
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

/** The page as the address asks: the days, or one day's times. */
function showChoices(free: ReferralSlotsResponse): void {
  if (!referralId) return;
  const days = bookingDays(free.days);
  const day = chosenDay ? days.find((d) => d.localDate === chosenDay) : undefined;
  if (days.length === 0) showNoTimes(referralId, free);
  else if (day) showTimes(referralId, free, day, chooseTime);
  else showDays(referralId, free, days, chosenDay);
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

/** A time the patient can no longer have: off the list, and what is left of the day. */
function timeGone(slot: OfferedSlot): void {
  removeTime(slot.id);
  if (referralId) showIfDayFull(referralId);
}

/**
 * Holds the time for 15 minutes while the patient checks it; someone may just have taken it.
 * If the clinic has another place at that same time, that is held instead, once: the patient
 * chose a time, and it is still free.
 */
async function hold(slot: OfferedSlot, shownAs: OfferedSlot = slot): Promise<void> {
  if (busy || !referralId || !times) return;
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
  if (result.ok) {
    held = result.data;
    return showHeld(referralId, times, result.data);
  }
  if (result.status === 401) return sendToSignIn();
  const taken = ReferralSlotTakenBody.safeParse(result.body);
  if (taken.success) {
    const sameTime = shownAs === slot && sameTimeElsewhere(slot, taken.data.alternatives);
    if (sameTime) return hold(sameTime, slot);
    timeGone(shownAs);
    return showTaken(taken.data.error.message, taken.data.alternatives);
  }
  if (result.error.code === "referral_booking_unavailable") {
    return stop("You cannot choose an appointment", result.error.message);
  }
  // A time that cannot be booked after all (started, or out of the window): choose another.
  timeGone(shownAs);
  const fieldId = document.querySelector("#time-choices input[name=slot]")?.id;
  if (fieldId) showFieldError(fieldId, result.error.message);
  showErrorSummary(errors(), [
    { fieldId: fieldId ?? "book-choices", message: result.error.message },
  ]);
}

/** Back from checking to the times as they were: the list the patient chose from. */
function backToChoose(event: Event): void {
  if (!times) return;
  event.preventDefault();
  errors().replaceChildren();
  // Let the time go at once for others (best effort: otherwise its hold runs out).
  if (held) {
    const slotId = held.slot.id;
    held = undefined;
    void api("/api/me/holds/release", {
      method: "POST",
      auth: true,
      body: { slotId },
      schema: HoldReleaseResponse,
    }).catch(() => undefined);
  }
  showStep("choose-view", byId("book-heading").textContent ?? "Choose a time");
  focusElement(byId("book-heading"));
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
  if (result.ok) {
    const { appointment } = result.data.referral;
    // Booked, but the appointment was not read back: the referral page shows it.
    if (!appointment) return location.assign(referralHref(referralId));
    return showBooked(result.data.referral, appointment);
  }
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
