import { BookingResponse, HoldReleaseResponse, MeResponse } from "@front-door/contracts";
import { api } from "../../../lib/api.ts";
import { byId, focusElement, h, render, summaryList } from "../../../lib/dom.ts";
import { showErrorSummary } from "../../../lib/error-summary.ts";
import { formatClockTime } from "../../../lib/format.ts";
import { submissionKeys } from "../../../lib/idempotency-key.ts";
import { signInHref } from "../../../lib/return-path.ts";
import {
  type HeldSlot,
  londonClockTime,
  readHeldSlot,
  sameDayQuery,
} from "../../../lib/same-day.ts";
import { readSession } from "../../../lib/session.ts";
import { currentPath, startPage } from "../../../lib/shell.ts";
import { savedProfileRows } from "../../account/profile/profile-form.ts";
import { heldSlotSummary } from "./held-summary.ts";

const { slotId, requestId } = sameDayQuery(location.search);
const slotsHref = requestId
  ? `/same-day/slots/?requestId=${encodeURIComponent(requestId)}`
  : "/same-day/";
const keyFor = submissionKeys();

/** What to do next when the booking cannot be made: never a dead end. */
const nextStep: Record<string, { href: string; text: string }> = {
  hold_expired: { href: slotsHref, text: "Choose a time again" },
  slot_taken: { href: slotsHref, text: "Choose a time again" },
  not_found: { href: slotsHref, text: "Choose a time again" },
  already_booked_today: { href: "/appointments/", text: "Go to your appointments" },
  request_not_open: { href: "/appointments/", text: "Go to your appointments" },
};

function problem(message: string, code: string): void {
  const step = nextStep[code] ?? { href: slotsHref, text: "Choose a time again" };
  const heading = h("h2", { class: "nhsuk-heading-m", id: "confirm-problem-heading" }, message);
  render(
    byId("confirm-problem"),
    h(
      "div",
      { class: "nhsuk-card nhsuk-card--warning", id: `problem-${code.replace(/_/g, "-")}` },
      h(
        "div",
        { class: "nhsuk-card__content" },
        heading,
        h("p", {}, h("a", { href: step.href, id: "problem-next-step" }, step.text)),
      ),
    ),
  );
  byId("confirm-content").hidden = true;
  focusElement(heading);
}

function showHeld(held: HeldSlot): void {
  byId("held-until").textContent =
    `We are holding this time for you until ${formatClockTime(londonClockTime(held.hold.heldUntil))}. Confirm it before then.`;
  render(byId("held-summary"), heldSlotSummary(held));
}

async function showContact(): Promise<void> {
  const me = await api("/api/me", { auth: true, schema: MeResponse });
  if (!me.ok) throw new Error(me.error.message);
  const profile = me.data.patient?.profile;
  if (!profile) return;
  const wanted = new Set([
    "Mobile phone number",
    "Email address",
    "Updates by",
    "Interpreter language",
    "Other formats",
    "Other communication needs",
    "Accessibility needs",
  ]);
  render(
    byId("contact-summary"),
    summaryList(savedProfileRows(profile).filter((r) => wanted.has(r.key))),
  );
}

async function confirm(button: HTMLButtonElement): Promise<void> {
  if (!slotId) return;
  const body = requestId ? { slotId, requestId } : { slotId };
  button.disabled = true;
  const result = await api("/api/same-day/bookings", {
    method: "POST",
    auth: true,
    body,
    idempotencyKey: keyFor(body),
    schema: BookingResponse,
  });
  button.disabled = false;
  if (result.ok) {
    location.assign(
      `/same-day/booked/?appointmentId=${encodeURIComponent(result.data.appointment.id)}`,
    );
    return;
  }
  if (result.status === 401) return location.assign(signInHref(currentPath()));
  if (result.status === 400) {
    showErrorSummary(byId("confirm-errors"), [
      { fieldId: "confirm-appointment", message: result.error.message },
    ]);
    return;
  }
  problem(result.error.message, result.error.code);
}

/** Best effort: a hold that is not let go simply runs out in 15 minutes. */
async function releaseHeld(id: string): Promise<void> {
  await api("/api/me/holds/release", {
    method: "POST",
    auth: true,
    body: { slotId: id },
    schema: HoldReleaseResponse,
  }).catch(() => undefined);
}

startPage({
  run: async () => {
    if (!readSession(sessionStorage)) return location.replace(signInHref(currentPath()));
    byId<HTMLAnchorElement>("choose-another").href = slotsHref;
    const held = slotId ? readHeldSlot(sessionStorage, slotId) : undefined;
    if (!held || Date.parse(held.hold.heldUntil) <= Date.now()) {
      byId("confirm-message").replaceChildren();
      return problem("This time is no longer held for you", "hold_expired");
    }
    showHeld(held);
    // Choosing another time lets this one go at once, for the next person looking.
    const another = byId<HTMLAnchorElement>("choose-another");
    another.addEventListener("click", (event) => {
      event.preventDefault();
      void releaseHeld(held.hold.slot.id).then(() => location.assign(another.href));
    });
    await showContact();
    byId("confirm-message").replaceChildren();
    byId("confirm-content").hidden = false;
    const button = byId<HTMLButtonElement>("confirm-appointment");
    button.addEventListener("click", () => void confirm(button));
  },
});
