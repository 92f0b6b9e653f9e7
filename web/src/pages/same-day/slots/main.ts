import {
  AlreadyBookedTodayBody,
  CallbackResponse,
  HoldResponse,
  type OfferedSlot,
  type SameDaySiteSlots,
  SameDaySlotsResponse,
  SlotTakenBody,
  WaitingListResponse,
} from "@front-door/contracts";
import { api } from "../../../lib/api.ts";
import { byId, focusElement, h, render } from "../../../lib/dom.ts";
import { showErrorSummary } from "../../../lib/error-summary.ts";
import { formatClockTime } from "../../../lib/format.ts";
import { submissionKeys } from "../../../lib/idempotency-key.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { sameDayQuery, saveHeldSlot } from "../../../lib/same-day.ts";
import { readSession } from "../../../lib/session.ts";
import { currentPath, startPage } from "../../../lib/shell.ts";
import { removeTime, showLaterInPlace, siteSlots, slotTakenCard } from "./slot-list.ts";

const { requestId } = sameDayQuery(location.search);
const keyFor = submissionKeys();
let busy = false;

function startAgain(message: string): void {
  render(
    byId("slots-message"),
    h(
      "p",
      { id: "start-again" },
      `${message} `,
      h("a", { href: "/same-day/triage/" }, "Answer the questions again"),
    ),
  );
}

function showProblem(message: string): void {
  showErrorSummary(byId("slots-errors"), [{ fieldId: "slots-results", message }]);
}

function showTaken(message: string, alternatives: OfferedSlot[], site: SameDaySiteSlots["site"]) {
  const { card, heading } = slotTakenCard(
    message,
    alternatives,
    site,
    (slot) => void hold(slot, site),
    "Choose a time at another place below, or ask for a call back or join the waiting list.",
  );
  render(byId("slots-taken"), card);
  byId("next-steps").hidden = false;
  focusElement(heading);
}

async function hold(slot: OfferedSlot, site: SameDaySiteSlots["site"]): Promise<void> {
  if (busy || !requestId) return;
  busy = true;
  const body = { slotId: slot.id };
  const result = await api("/api/same-day/holds", {
    method: "POST",
    auth: true,
    body,
    idempotencyKey: keyFor(body),
    schema: HoldResponse,
  });
  busy = false;
  if (result.ok) {
    saveHeldSlot(sessionStorage, { hold: result.data, site });
    location.assign(
      `/same-day/confirm/?slotId=${encodeURIComponent(slot.id)}&requestId=${encodeURIComponent(requestId)}`,
    );
    return;
  }
  if (result.status === 401) {
    location.assign(signInHref(currentPath()));
    return;
  }
  const booked = AlreadyBookedTodayBody.safeParse(result.body);
  if (booked.success) {
    showAlreadyBooked(booked.data);
    return;
  }
  const taken = SlotTakenBody.safeParse(result.body);
  if (taken.success) {
    removeTime(slot.id);
    showTaken(taken.data.error.message, taken.data.alternatives, site);
    return;
  }
  showProblem(result.error.message);
}

/** One same-day appointment a day: show the one they have, with the way to change or cancel it. */
function showAlreadyBooked({ error, appointment }: AlreadyBookedTodayBody): void {
  const how = { "in-person": "in person", telephone: "by phone", video: "by video" } as const;
  const heading = h(
    "h2",
    { class: "nhsuk-heading-m", id: "already-booked-heading" },
    "You already have an appointment today",
  );
  render(
    byId("slots-taken"),
    h(
      "div",
      { class: "nhsuk-card nhsuk-card--warning", id: "already-booked" },
      h(
        "div",
        { class: "nhsuk-card__content" },
        heading,
        h("p", {}, error.message),
        h(
          "p",
          { id: "already-booked-appointment" },
          `Your appointment: ${formatClockTime(appointment.localStart)} today, ${how[appointment.channel]}, at ${appointment.siteName}.`,
        ),
        h("a", { href: "/appointments/" }, "View, change or cancel your appointment"),
      ),
    ),
  );
  focusElement(heading);
}

function done(id: string, heading: string, message: string): void {
  const title = h("h3", { class: "nhsuk-panel__heading", id: `${id}-heading` }, heading);
  render(
    byId("next-steps-done"),
    h(
      "div",
      { class: "nhsuk-panel", id },
      title,
      h("div", { class: "nhsuk-panel__body" }, message),
    ),
  );
  focusElement(title);
}

async function askCallback(): Promise<void> {
  if (!requestId) return;
  const result = await api(`/api/same-day/requests/${encodeURIComponent(requestId)}/callback`, {
    method: "POST",
    auth: true,
    body: {},
    schema: CallbackResponse,
  });
  if (!result.ok) return showProblem(result.error.message);
  byId<HTMLButtonElement>("ask-callback").disabled = true;
  done("callback-confirmed", "The practice will call you back", result.data.message);
}

async function joinWaitingList(): Promise<void> {
  if (!requestId) return;
  const result = await api("/api/same-day/waiting-list", {
    method: "POST",
    auth: true,
    body: { requestId },
    schema: WaitingListResponse,
  });
  if (!result.ok) return showProblem(result.error.message);
  byId<HTMLButtonElement>("join-waiting-list").disabled = true;
  done("waiting-list-confirmed", "You are on the waiting list", result.data.message);
}

const chooseTime = (slot: OfferedSlot, site: SameDaySiteSlots["site"]) => void hold(slot, site);

/** Adds a site's later times to its card, in place, and moves focus to the first of them. */
async function showLater(entry: SameDaySiteSlots) {
  if (!requestId || !entry.laterAfter) return;
  const query = new URLSearchParams({
    requestId,
    siteId: entry.site.id,
    after: entry.laterAfter,
  });
  const result = await api(`/api/same-day/slots?${query}`, {
    auth: true,
    schema: SameDaySlotsResponse,
  });
  if (!result.ok) return showProblem(result.error.message);
  const later = result.data.sites.find((s) => s.site.id === entry.site.id);
  showLaterInPlace(entry, later, chooseTime, (e) => void showLater(e));
}

startPage({
  run: async () => {
    if (!readSession(sessionStorage)) {
      location.replace(signInHref(currentPath()));
      return;
    }
    if (!requestId) {
      startAgain("We do not know what you need an appointment for.");
      return;
    }
    const result = await api(`/api/same-day/slots?requestId=${encodeURIComponent(requestId)}`, {
      auth: true,
      schema: SameDaySlotsResponse,
    });
    if (!result.ok) {
      if (result.status === 401) return location.replace(signInHref(currentPath()));
      return startAgain(result.error.message);
    }
    const { sites, message, nextSteps } = result.data;
    byId("callback-description").textContent = nextSteps.callback.description;
    byId("waiting-list-description").textContent = nextSteps.waitingList.description;
    byId("ask-callback").addEventListener("click", () => void askCallback());
    byId("join-waiting-list").addEventListener("click", () => void joinWaitingList());
    byId("next-steps").hidden = false;
    if (!sites.length) {
      byId("slots-heading").textContent = "There are no times left today";
      byId("next-steps-heading").textContent = "What you can do";
      render(
        byId("slots-message"),
        h(
          "p",
          { class: "nhsuk-lede-text", id: "no-slots" },
          message ?? "There are no free times near you today.",
        ),
      );
      return;
    }
    render(
      byId("slots-message"),
      h("p", {}, "These are today's free times, nearest place first. Times are UK time."),
    );
    render(
      byId("slots-results"),
      h(
        "ul",
        { class: "app-result-list", id: "slot-sites" },
        ...sites.map((entry) => siteSlots(entry, chooseTime, (e) => void showLater(e))),
      ),
    );
  },
});
