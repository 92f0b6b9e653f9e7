import type { StaffDaySlot } from "@front-door/contracts";
import { escapeHtml } from "../../../layout/html.ts";
import { formatClockTime } from "../../../lib/format.ts";
import {
  appointmentStatusTags,
  channelLabels,
  needsDetails,
  needsTags,
  patientName,
  slotStatusTags,
  type TagLabel,
} from "../../../lib/staff-labels.ts";

/** What a row's buttons ask the page to do; the page owns the API calls and the steps. */
export type RowAction =
  | { kind: "appointment"; action: "check-in" | "complete" | "mark-no-show"; slot: StaffDaySlot }
  | { kind: "cancel-step"; slot: StaffDaySlot }
  | { kind: "block-step"; slot: StaffDaySlot }
  | { kind: "unblock"; slot: StaffDaySlot }
  | { kind: "book-step"; slot: StaffDaySlot };

type ButtonAction =
  | "check-in"
  | "complete"
  | "mark-no-show"
  | "cancel-step"
  | "block-step"
  | "unblock"
  | "book-step";

/** "5:15pm to 5:30pm": NHS style, as patient pages write times (the API keeps "17:15"). */
export function slotTime(slot: StaffDaySlot): string {
  return `${formatClockTime(slot.localStart)} to ${formatClockTime(slot.localEnd)}`;
}

/** "5:15pm": a slot named by its start, in buttons and messages. */
export function slotStart(slot: Pick<StaffDaySlot, "localStart">): string {
  return formatClockTime(slot.localStart);
}

/*
 * A day can hold 200 slots. The rows are written as one string of markup (every piece of API
 * text through escapeHtml, so it stays inert text) and parsed once, and one listener on the
 * table answers every button: building 200 rows node by node, each with its own listeners, was
 * the page's long main-thread task.
 */
const text = escapeHtml;

function tag(label: TagLabel): string {
  return `<strong class="nhsuk-tag nhsuk-tag--${label.colour}">${text(label.text)}</strong>`;
}

function cell(heading: string, content: string): string {
  // One box for the content: at small widths the cell is a row of heading and value.
  return `<td class="nhsuk-table__cell" role="cell"><span class="nhsuk-table__heading" aria-hidden="true">${heading} </span><div>${content}</div></td>`;
}

function statusTag(slot: StaffDaySlot): string {
  return tag(
    slot.appointment ? appointmentStatusTags[slot.appointment.status] : slotStatusTags[slot.status],
  );
}

function patientCell(slot: StaffDaySlot): string {
  const patient = slot.appointment?.patient;
  if (!patient) {
    if (slot.status === "busy-unavailable" && slot.blockedReason) {
      return `Blocked: ${text(slot.blockedReason)}`;
    }
    return slot.status === "busy-tentative" ? "Someone is booking this time" : "";
  }
  const tags = needsTags(patient.communication);
  const details = needsDetails(patient.communication);
  return [
    `<p class="nhsuk-u-margin-bottom-1">${text(patientName(patient))}</p>`,
    tags.length > 0
      ? `<ul class="nhsuk-list nhsuk-u-margin-bottom-0" aria-label="Communication needs">${tags
          .map((t) => `<li><strong class="nhsuk-tag nhsuk-tag--white">${text(t)}</strong></li>`)
          .join("")}</ul>`
      : "",
    ...details.map((d) => `<p class="nhsuk-body-s nhsuk-u-margin-bottom-0">${text(d)}</p>`),
  ].join("");
}

function button(
  slot: StaffDaySlot,
  action: ButtonAction,
  label: string,
  hiddenContext: string,
  secondary = true,
): string {
  const kind = secondary ? " nhsuk-button--secondary" : "";
  return `<button class="nhsuk-button nhsuk-button--small${kind}" type="button" data-action="${action}" data-slot-id="${text(slot.id)}">${label}<span class="nhsuk-u-visually-hidden"> ${text(hiddenContext)}</span></button>`;
}

/** A slot that is over can still have its appointment settled, but is not booked or blocked. */
function rowActions(slot: StaffDaySlot, over: boolean): string {
  const when = `at ${slotStart(slot)}`;
  const appointment = slot.appointment;
  if (appointment) {
    const who = appointment.patient ? `for ${patientName(appointment.patient)} ${when}` : when;
    const buttons: string[] = [];
    if (appointment.status === "booked") {
      buttons.push(button(slot, "check-in", "Check in", who, false));
    }
    if (appointment.status === "booked" || appointment.status === "arrived") {
      buttons.push(button(slot, "complete", "Complete", who));
      buttons.push(button(slot, "mark-no-show", "Did not attend", who));
    }
    if (appointment.status === "booked" && !over) {
      buttons.push(button(slot, "cancel-step", "Cancel", who));
    }
    return buttons.join("");
  }
  if (over) return "";
  if (slot.status === "free") {
    return (
      button(slot, "book-step", "Book for a patient", when, false) +
      button(slot, "block-step", "Block", when)
    );
  }
  if (slot.status === "busy-unavailable") return button(slot, "unblock", "Unblock", when);
  return "";
}

function toRowAction(action: string, slot: StaffDaySlot): RowAction | undefined {
  switch (action) {
    case "check-in":
    case "complete":
    case "mark-no-show":
      return { kind: "appointment", action, slot };
    case "cancel-step":
    case "block-step":
    case "unblock":
    case "book-step":
      return { kind: action, slot };
    default:
      return undefined;
  }
}

export interface DayTableOptions {
  id: string;
  caption: string;
  /** Undefined for clinicians: they see the list but not the controls (the API would refuse them anyway). */
  act: ((action: RowAction) => void) | undefined;
  /** Slots that are over get no Book, Block or Cancel. */
  isOver: (slot: StaffDaySlot) => boolean;
}

/** Some of the day's slots as a responsive NHS table inside a scroll container. */
export function dayTable(slots: readonly StaffDaySlot[], options: DayTableOptions): HTMLElement {
  const { act } = options;
  const columns = [
    "Time",
    "Channel",
    "Status",
    "Patient",
    "Reference",
    ...(act ? ["Actions"] : []),
  ];
  const rows = slots.map((slot) =>
    [
      `<tr class="nhsuk-table__row" role="row" data-slot-id="${text(slot.id)}">`,
      cell("Time", text(slotTime(slot))),
      cell("Channel", text(channelLabels[slot.channel])),
      cell("Status", statusTag(slot)),
      cell("Patient", patientCell(slot)),
      cell("Reference", text(slot.appointment?.bookingReference ?? "")),
      act ? cell("Actions", rowActions(slot, options.isOver(slot))) : "",
      "</tr>",
    ].join(""),
  );
  const container = document.createElement("div");
  // Scrolls sideways at middle widths; below 768px the responsive table stacks instead.
  container.className = "nhsuk-table-container";
  container.tabIndex = 0;
  container.setAttribute("role", "region");
  container.setAttribute("aria-label", options.caption);
  container.innerHTML = `<table class="nhsuk-table nhsuk-table--responsive nhsuk-table--compact app-day-table" role="table" id="${options.id}"><caption class="nhsuk-table__caption nhsuk-table__caption--m">${text(options.caption)}</caption><thead class="nhsuk-table__head" role="rowgroup"><tr class="nhsuk-table__row" role="row">${columns
    .map((c) => `<th class="nhsuk-table__header" scope="col" role="columnheader">${c}</th>`)
    .join("")}</tr></thead><tbody class="nhsuk-table__body">${rows.join("")}</tbody></table>`;
  if (act) {
    const byId = new Map(slots.map((slot) => [slot.id, slot]));
    container.addEventListener("click", (event) => {
      const target = event.target instanceof Element ? event.target.closest("button") : null;
      const slot = byId.get(target?.dataset.slotId ?? "");
      const action = slot && toRowAction(target?.dataset.action ?? "", slot);
      if (action) act(action);
    });
  }
  return container;
}
