import {
  ChangeAppointmentResponse,
  ChangeSlotsResponse,
  HoldResponse,
  type MyAppointment,
  type OfferedSlot,
  type SameDaySiteSlots,
  SlotTakenBody,
} from "@front-door/contracts";
import { api } from "../../../lib/api.ts";
import { byId, focusElement, h, render, summaryList } from "../../../lib/dom.ts";
import { showErrorSummary } from "../../../lib/error-summary.ts";
import { appointmentWhen, formatClockTime } from "../../../lib/format.ts";
import { submissionKeys } from "../../../lib/idempotency-key.ts";
import { signInHref } from "../../../lib/return-path.ts";
import {
  channelLabels,
  type HeldSlot,
  londonClockTime,
  sameDayQuery,
} from "../../../lib/same-day.ts";
import { readSession } from "../../../lib/session.ts";
import { currentPath, startPage } from "../../../lib/shell.ts";
import { heldSlotSummary } from "../confirm/held-summary.ts";
import { removeTime, showLaterInPlace, siteSlots, slotTakenCard } from "../slots/slot-list.ts";
import { type AfterRefusal, afterRefusal, changeQuestion } from "./change-steps.ts";

const { appointmentId } = sameDayQuery(location.search);
let current: MyAppointment | undefined;
let held: HeldSlot | undefined;
let busy = false;
// Fresh keys after a refusal, so choosing the same time again is a new hold, not a replay.
let holdKey = submissionKeys();
let changeKey = submissionKeys();

function sendToSignIn(): void {
  location.replace(signInHref(currentPath()));
}

function show(view: "choose" | "confirm" | "changed"): void {
  byId("choose-view").hidden = view !== "choose";
  byId("confirm-view").hidden = view !== "confirm";
  byId("changed-view").hidden = view !== "changed";
}

function appointmentRows(appointment: MyAppointment) {
  return [
    { key: "When", value: appointmentWhen(appointment) },
    { key: "How", value: channelLabels[appointment.channel] },
    { key: "Where", value: appointment.site.name },
    { key: "Booking reference", value: appointment.bookingReference },
  ];
}

function cannotChange(message: string): void {
  render(
    byId("change-message"),
    h(
      "p",
      { id: "cannot-change" },
      `${message} `,
      h("a", { href: "/appointments/" }, "Go to your appointments"),
    ),
  );
}

const chooseTime = (slot: OfferedSlot, site: SameDaySiteSlots["site"]) => void hold(slot, site);

/** Adds a site's later times to its card, as the slots page does. */
async function showLater(entry: SameDaySiteSlots): Promise<void> {
  if (!appointmentId || !entry.laterAfter) return;
  const query = new URLSearchParams({ siteId: entry.site.id, after: entry.laterAfter });
  const result = await api(
    `/api/me/appointments/${encodeURIComponent(appointmentId)}/slots?${query}`,
    { auth: true, schema: ChangeSlotsResponse },
  );
  if (!result.ok) {
    if (result.status === 401) sendToSignIn();
    else cannotChange(result.error.message);
    return;
  }
  const later = result.data.sites.find((s) => s.site.id === entry.site.id);
  showLaterInPlace(entry, later, chooseTime, (e) => void showLater(e));
}

/** The appointment as it is and today's free times; none is a clear answer, not a dead end. */
async function loadTimes(): Promise<void> {
  if (!appointmentId) {
    cannotChange("We do not know which appointment to change.");
    return;
  }
  const result = await api(`/api/me/appointments/${encodeURIComponent(appointmentId)}/slots`, {
    auth: true,
    schema: ChangeSlotsResponse,
  });
  if (!result.ok) {
    if (result.status === 401) sendToSignIn();
    else cannotChange(result.error.message);
    // Whatever was shown before (after a refusal) is no longer to be trusted.
    byId("change-content").hidden = true;
    return;
  }
  const { appointment, sites, message } = result.data;
  current = appointment;
  render(byId("current-summary"), summaryList(appointmentRows(appointment)));
  if (sites.length) {
    byId("times-heading").textContent = "Choose a new time today";
    render(
      byId("times-intro"),
      h(
        "p",
        {},
        "These are today's free times, nearest place first. Times are UK time. Your appointment does not change until you confirm the new time.",
      ),
    );
    render(
      byId("change-results"),
      h(
        "ul",
        { class: "app-result-list", id: "slot-sites" },
        ...sites.map((entry) => siteSlots(entry, chooseTime, (e) => void showLater(e))),
      ),
    );
  } else {
    byId("times-heading").textContent = "There are no other times free today";
    byId("times-intro").replaceChildren();
    render(
      byId("change-results"),
      h(
        "p",
        { class: "nhsuk-lede-text", id: "no-times" },
        message ?? "Nothing else is free today.",
      ),
      h(
        "p",
        { id: "appointment-stands" },
        `You still have your appointment on ${appointmentWhen(appointment)} at ${appointment.site.name}.`,
        appointment.site.phone
          ? ` If you cannot make it, cancel it so someone else can have the time, or phone ${appointment.site.name} on ${appointment.site.phone}.`
          : " If you cannot make it, cancel it so someone else can have the time.",
      ),
    );
  }
  byId("change-message").replaceChildren();
  byId("change-content").hidden = false;
}

function showTaken(alternatives: OfferedSlot[], site: SameDaySiteSlots["site"]): void {
  const { card, heading } = slotTakenCard(
    "Sorry, someone else has just taken this time. Your appointment has not changed.",
    alternatives,
    site,
    (slot) => void hold(slot, site),
    "Choose a time at another place below, or keep the appointment you have.",
  );
  render(byId("change-problem"), card);
  focusElement(heading);
}

/** Holds the chosen time (as the booking journey does), then asks the patient to confirm. */
async function hold(slot: OfferedSlot, site: SameDaySiteSlots["site"]): Promise<void> {
  if (busy || !current) return;
  busy = true;
  byId("change-errors").replaceChildren();
  // The appointment being changed may be today's one same-day appointment: it is not in the way.
  const body = { slotId: slot.id, ...(appointmentId ? { changing: appointmentId } : {}) };
  const result = await api("/api/same-day/holds", {
    method: "POST",
    auth: true,
    body,
    idempotencyKey: holdKey(body),
    schema: HoldResponse,
  });
  busy = false;
  if (result.ok) return showConfirm({ hold: result.data, site });
  if (result.status === 401) return sendToSignIn();
  const taken = SlotTakenBody.safeParse(result.body);
  if (taken.success) {
    removeTime(slot.id);
    return showTaken(taken.data.alternatives, site);
  }
  showErrorSummary(byId("change-errors"), [
    { fieldId: "change-results", message: result.error.message },
  ]);
}

function showConfirm(next: HeldSlot): void {
  if (!current) return;
  held = next;
  const { slot, heldUntil } = next.hold;
  byId("change-problem").replaceChildren();
  byId("confirm-change-heading").textContent = changeQuestion(slot.localStart, next.site.name);
  byId("change-held-until").textContent =
    `We are holding this time for you until ${formatClockTime(londonClockTime(heldUntil))}. Confirm the change before then.`;
  render(byId("new-summary"), heldSlotSummary(next));
  render(byId("replaced-summary"), summaryList(appointmentRows(current)));
  show("confirm");
  focusElement(byId("confirm-change-heading"));
}

function showChanged({ appointment, replaced, bookingReference }: ChangeAppointmentResponse) {
  byId("new-reference").textContent = bookingReference;
  byId("old-cancelled").textContent =
    `Your appointment on ${appointmentWhen(replaced)} at ${replaced.site.name} (booking reference ${replaced.bookingReference}) is cancelled. Its time is free for someone else now.`;
  render(byId("changed-summary"), summaryList(appointmentRows(appointment)));
  show("changed");
  focusElement(byId("changed-heading"));
}

/** Nothing changed: say what happened, what the patient still has, and what they can do. */
async function showRefusal(message: string, code: string, next: AfterRefusal): Promise<void> {
  held = undefined;
  holdKey = submissionKeys();
  changeKey = submissionKeys();
  const kept = current;
  const heading = h("h2", { class: "nhsuk-heading-m", id: "change-refused-heading" }, message);
  render(
    byId("change-problem"),
    h(
      "div",
      { class: "nhsuk-card nhsuk-card--warning", id: `change-${code.replace(/_/g, "-")}` },
      h(
        "div",
        { class: "nhsuk-card__content" },
        heading,
        next === "choose-again" && kept
          ? h(
              "p",
              { id: "appointment-kept" },
              `You still have your appointment on ${appointmentWhen(kept)} at ${kept.site.name}. Choose another time below, or keep the appointment you have.`,
            )
          : h("p", {}, h("a", { href: "/appointments/" }, "Go to your appointments")),
      ),
    ),
  );
  show("choose");
  if (next === "choose-again") await loadTimes();
  else byId("change-content").hidden = true;
  focusElement(heading);
}

async function confirmChange(button: HTMLButtonElement): Promise<void> {
  if (busy || !held || !current) return;
  busy = true;
  button.disabled = true;
  byId("change-errors").replaceChildren();
  const body = { slotId: held.hold.slot.id };
  const result = await api(`/api/me/appointments/${encodeURIComponent(current.id)}/change`, {
    method: "POST",
    auth: true,
    body,
    idempotencyKey: changeKey(body),
    schema: ChangeAppointmentResponse,
  });
  busy = false;
  button.disabled = false;
  if (result.ok) return showChanged(result.data);
  if (result.status === 401) return sendToSignIn();
  const next = afterRefusal(result.error.code);
  if (next === "try-again") {
    showErrorSummary(byId("change-errors"), [
      { fieldId: "confirm-change", message: result.error.message },
    ]);
    return;
  }
  await showRefusal(result.error.message, result.error.code, next);
}

startPage({
  run: async () => {
    if (!readSession(sessionStorage)) return sendToSignIn();
    const button = byId<HTMLButtonElement>("confirm-change");
    button.addEventListener("click", () => void confirmChange(button));
    byId("choose-again").addEventListener("click", () => {
      held = undefined;
      byId("change-errors").replaceChildren();
      show("choose");
      focusElement(byId("times-heading"));
    });
    await loadTimes();
  },
});
