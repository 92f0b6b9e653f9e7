import {
  AppointmentActionResponse,
  SlotChangeResponse,
  type StaffDaySlot,
} from "@front-door/contracts";
import { type ApiError, api } from "../../../lib/api.ts";
import { datePartId, fillDateInput, readDateInput } from "../../../lib/date-input.ts";
import { byId, h, render } from "../../../lib/dom.ts";
import { clearErrors, showErrorSummary, showFieldError } from "../../../lib/error-summary.ts";
import type { FieldMessage } from "../../../lib/field-errors.ts";
import { informationInset, signedInAs } from "../../../lib/inset.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { readSession } from "../../../lib/session.ts";
import { currentPath, startPage } from "../../../lib/shell.ts";
import { longDate, requestedDate, shiftDate } from "../../../lib/staff-dates.ts";
import { appointmentActionDone, patientName } from "../../../lib/staff-labels.ts";
import { showSuccessBanner } from "../../../lib/success-banner.ts";
import { londonToday } from "../../dashboard/london-date.ts";
import { type BookingContext, openBookStep } from "./book-step.ts";
import { staffDayResponse } from "./day-response.ts";
import { countSlots, isOver, londonTime, slotCountSummary, splitToday } from "./day-summary.ts";
import { dayTable, type RowAction, slotStart, slotTime } from "./day-table.ts";
import { closeStep, stepForm } from "./step-form.ts";

const today = londonToday(new Date());
const asked = requestedDate(location.search, today);
const date = asked.date;
/** A same-day request from the queue that the next booking answers (the server allocates it). */
let requestId = new URLSearchParams(location.search).get("request") ?? undefined;
let pendingErrors: FieldMessage[] = [];
const canAct = readSession(sessionStorage)?.role === "receptionist";

function sendToSignIn(): void {
  location.replace(signInHref(currentPath()));
}

/** Another day's list; while booking for a queued request, the request comes along. */
function dayHref(d: string): string {
  return `/staff/day/?date=${d}${requestId ? `&request=${encodeURIComponent(requestId)}` : ""}`;
}

function showNotStaff(): void {
  render(
    byId("day-message"),
    informationInset(
      "not-staff",
      ["Only receptionists and clinicians at a health centre can see the day list."],
      [
        signedInAs(readSession(sessionStorage)),
        h("a", { href: signInHref(currentPath()) }, "Sign in as staff"),
        " to see it.",
      ],
    ),
  );
}

function showRefusal(errors: HTMLElement, error: ApiError, fieldId: string): void {
  showErrorSummary(errors, [{ fieldId, message: error.message }]);
}

function drawNav(): void {
  const links: [string, string][] = [
    [dayHref(shiftDate(date, -1)), `Previous day: ${longDate(shiftDate(date, -1))}`],
    [dayHref(shiftDate(date, 1)), `Next day: ${longDate(shiftDate(date, 1))}`],
  ];
  if (date !== today) links.push([dayHref(today), "Today"]);
  render(byId("day-nav"), ...links.map(([href, text]) => h("li", {}, h("a", { href }, text))));
  fillDateInput("date", date);
}

/** Another day, typed: the list moves there, or the boxes say what to fix. */
function showTypedDay(form: HTMLElement): void {
  const reading = readDateInput("date", "The date");
  clearErrors(byId("day-errors"), form);
  if (reading.ok) {
    location.assign(dayHref(reading.iso));
    return;
  }
  showFieldError(reading.error.fieldId, reading.error.message, reading.error.highlight);
  showErrorSummary(byId("day-errors"), [reading.error]);
}

function readOnlyNote(): HTMLElement {
  return h(
    "p",
    { class: "nhsuk-body-s", id: "read-only-note" },
    "You can see the day list. Receptionists book, check in and change appointments.",
  );
}

/**
 * Some of today's slots folded away: what is over, or the rest of the day after the next two
 * hours. The table is drawn the first time it is opened, not with the page: a day can hold 200
 * slots, and drawing every row at once kept a phone busy for seconds (issue 13).
 */
function foldedSlots(
  id: string,
  summary: string,
  open: boolean,
  table: () => HTMLElement,
): HTMLElement {
  const text = h("div", { class: "nhsuk-details__text" });
  const details = h(
    "details",
    { class: "nhsuk-details", id, open },
    h(
      "summary",
      { class: "nhsuk-details__summary" },
      h("span", { class: "nhsuk-details__summary-text" }, summary),
    ),
    text,
  );
  const draw = () => {
    if (details.open && !text.firstChild) text.append(table());
  };
  details.addEventListener("toggle", draw);
  draw();
  return details;
}

/** Which folded parts are open, kept when the list is drawn again after a change. */
function openParts(): { earlier: boolean; later: boolean } {
  const isOpen = (id: string) => document.getElementById(id)?.hasAttribute("open") ?? false;
  return { earlier: isOpen("earlier-today"), later: isOpen("later-today") };
}

/**
 * The count, then the slots. Today, the ones already over fold away under "Earlier today", a
 * "now" line starts the next two hours of slots, and the rest of the day folds away under
 * "Later today"; another day is one table. Slots that are over (every one on a past day) are
 * never offered for booking or blocking.
 */
function dayList(
  slots: readonly StaffDaySlot[],
  opened: { earlier: boolean; later: boolean },
): HTMLElement[] {
  if (slots.length === 0) {
    return [
      h(
        "p",
        { id: "no-slots" },
        "No slots are published for this day. ",
        canAct && h("a", { href: "/staff/sessions/" }, "Publish slots from your sessions"),
      ),
    ];
  }
  const now = new Date();
  const over = (slot: StaffDaySlot) => isOver(slot, now);
  const action = canAct ? act : undefined;
  const table = (part: readonly StaffDaySlot[], id: string, caption: string) => () =>
    dayTable(part, { id, caption, act: action, isOver: over });
  const count = h(
    "p",
    { class: "nhsuk-body-l", id: "day-count" },
    slotCountSummary(countSlots(slots)),
  );
  if (date !== today) {
    return [count, table(slots, "day-table", date < today ? "Slots that day" : "Slots")()];
  }
  const { earlier, soon, later } = splitToday(slots, now);
  return [
    count,
    earlier.length > 0 &&
      foldedSlots(
        "earlier-today",
        `Earlier today (${earlier.length})`,
        opened.earlier,
        table(earlier, "day-table-earlier", "Earlier today"),
      ),
    h(
      "h2",
      { class: "nhsuk-heading-s app-now-marker", id: "now-marker" },
      `Now: ${londonTime(now)}`,
    ),
    soon.length > 0
      ? table(soon, "day-table", "Next 2 hours")()
      : h("p", { id: "no-more-slots" }, "There are no more slots today."),
    later.length > 0 &&
      foldedSlots(
        "later-today",
        `Later today (${later.length})`,
        opened.later,
        table(later, "day-table-later", "Later today"),
      ),
  ].filter((part): part is HTMLElement => part !== false);
}

async function loadDay(): Promise<"ok" | "stop"> {
  const result = await api(`/api/staff/day?date=${date}`, {
    auth: true,
    schema: staffDayResponse,
  });
  if (!result.ok) {
    if (result.status === 401) {
      sendToSignIn();
      return "stop";
    }
    if (result.status === 403) {
      showNotStaff();
      return "stop";
    }
    throw new Error(result.error.message);
  }
  const { site, slots } = result.data;
  render(byId("day-site"), site.name, h("span", { class: "nhsuk-u-visually-hidden" }, ": "));
  render(byId("day-title"), longDate(date));
  document.title = `${longDate(date)} – Day list – Front Door – NHS`;
  byId("day-message").replaceChildren();
  byId("day-content").hidden = false;
  drawNav();
  // After a change the list is drawn again: folded parts stay open if they were.
  render(byId("day-list"), ...dayList(slots, openParts()), !canAct && readOnlyNote());
  return "ok";
}

async function afterChange(message: string, detail?: string): Promise<void> {
  closeStep();
  byId("day-errors").replaceChildren();
  await loadDay();
  showSuccessBanner(byId("day-banner"), message, detail);
}

function who(slot: StaffDaySlot): string {
  const patient = slot.appointment?.patient;
  return patient ? patientName(patient) : "The patient";
}

async function appointmentAction(
  slot: StaffDaySlot,
  action: "check-in" | "complete" | "mark-no-show" | "cancel",
  reason?: string,
): Promise<ApiError | undefined> {
  const appointment = slot.appointment;
  if (!appointment) return undefined;
  const result = await api(`/api/staff/appointments/${appointment.id}/actions`, {
    method: "POST",
    auth: true,
    body: reason === undefined ? { action } : { action, reason },
    schema: AppointmentActionResponse,
  });
  if (!result.ok) {
    if (result.status === 401) sendToSignIn();
    return result.error;
  }
  const offered = result.data.offeredToWaitingList
    ? "The slot was offered to the next patient on the waiting list."
    : undefined;
  await afterChange(appointmentActionDone(who(slot), action), offered);
  return undefined;
}

function openBlockStep(slot: StaffDaySlot): void {
  stepForm({
    heading: `Block ${slotTime(slot)}`,
    fieldId: "block-reason",
    label: "Why is this slot blocked?",
    hint: "Staff see this. For example, clinician on a training course.",
    submit: "Block slot",
    back: "Keep slot free",
    onSubmit: async (reason) => {
      const result = await api(`/api/staff/slots/${slot.id}/block`, {
        method: "POST",
        auth: true,
        body: { reason },
        schema: SlotChangeResponse,
      });
      if (!result.ok) {
        if (result.status === 401) sendToSignIn();
        return result.error;
      }
      await afterChange(`${slotStart(slot)} slot blocked`);
      return undefined;
    },
  });
}

function openCancelStep(slot: StaffDaySlot): void {
  stepForm({
    heading: `Cancel ${who(slot)}’s appointment at ${slotStart(slot)}`,
    fieldId: "cancel-reason",
    label: "Why is the appointment cancelled?",
    hint: "The patient is told this reason. For example, the clinician is unwell.",
    submit: "Cancel appointment",
    back: "Keep appointment",
    onSubmit: (reason) => appointmentAction(slot, "cancel", reason),
  });
}

async function unblock(slot: StaffDaySlot): Promise<void> {
  const result = await api(`/api/staff/slots/${slot.id}/unblock`, {
    method: "POST",
    auth: true,
    body: {},
    schema: SlotChangeResponse,
  });
  if (!result.ok) {
    if (result.status === 401) return sendToSignIn();
    return showRefusal(byId("day-errors"), result.error, "day-table");
  }
  await afterChange(
    `${slotStart(slot)} slot unblocked`,
    result.data.offeredToWaitingList
      ? "It was offered to the next patient on the waiting list."
      : undefined,
  );
}

const booking: BookingContext = {
  requestId: () => requestId,
  requestAnswered: () => {
    requestId = undefined;
    history.replaceState(null, "", dayHref(date));
    byId("request-note").remove();
  },
  sendToSignIn,
  afterChange,
};

function act(action: RowAction): void {
  byId("day-errors").replaceChildren();
  byId("day-banner").replaceChildren();
  switch (action.kind) {
    case "book-step":
      openBookStep(action.slot, booking);
      return;
    case "block-step":
      openBlockStep(action.slot);
      return;
    case "cancel-step":
      openCancelStep(action.slot);
      return;
    case "unblock":
      void unblock(action.slot);
      return;
    case "appointment":
      void appointmentAction(action.slot, action.action).then((error) => {
        if (error) showRefusal(byId("day-errors"), error, "day-table");
      });
      return;
    default: {
      const unreachable: never = action;
      throw new Error(`Unknown action ${JSON.stringify(unreachable)}`);
    }
  }
}

function showRequestNote(): void {
  if (!requestId || !canAct) return;
  byId("day-step").before(
    h(
      "div",
      { class: "nhsuk-inset-text", id: "request-note" },
      h("span", { class: "nhsuk-u-visually-hidden" }, "Information: "),
      h(
        "p",
        {},
        "You are booking for a same-day request from the queue. Choose a free slot and enter the patient’s NHS number: the request is marked as answered and the patient is told. ",
        h("a", { href: `/staff/queue/?date=${date}` }, "Back to the queue"),
      ),
    ),
  );
}

startPage({
  prepare: async () => {
    if (!readSession(sessionStorage)) return sendToSignIn();
    if (!asked.valid) {
      pendingErrors = [
        {
          fieldId: datePartId("date", "day"),
          message: "The address did not hold a real date, so this is today: enter the date to show",
        },
      ];
    }
    if ((await loadDay()) === "ok") showRequestNote();
  },
  run: async () => {
    const dateForm = document.getElementById("date-form");
    dateForm?.addEventListener("submit", (event) => {
      event.preventDefault();
      showTypedDay(dateForm);
    });
    if (pendingErrors.length) {
      for (const m of pendingErrors) showFieldError(m.fieldId, m.message);
      showErrorSummary(byId("day-errors"), pendingErrors);
    }
  },
});
