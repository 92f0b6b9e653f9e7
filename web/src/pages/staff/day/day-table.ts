import type { StaffDayResponse, StaffDaySlot } from "@front-door/contracts";
import { type Child, h } from "../../../lib/dom.ts";
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

function tag(label: TagLabel): HTMLElement {
  return h("strong", { class: `nhsuk-tag nhsuk-tag--${label.colour}` }, label.text);
}

export function slotTime(slot: StaffDaySlot): string {
  return `${slot.localStart} to ${slot.localEnd}`;
}

function cell(heading: string, ...content: Child[]): HTMLElement {
  return h(
    "td",
    { class: "nhsuk-table__cell", role: "cell" },
    h("span", { class: "nhsuk-table__heading", "aria-hidden": "true" }, `${heading} `),
    // One box for the content: at small widths the cell is a row of heading and value.
    h("div", {}, ...content),
  );
}

function statusTag(slot: StaffDaySlot): HTMLElement {
  return tag(
    slot.appointment ? appointmentStatusTags[slot.appointment.status] : slotStatusTags[slot.status],
  );
}

function patientCell(slot: StaffDaySlot): Child[] {
  const patient = slot.appointment?.patient;
  if (!patient) {
    return slot.status === "busy-unavailable" && slot.blockedReason
      ? [`Blocked: ${slot.blockedReason}`]
      : [];
  }
  const tags = needsTags(patient.communication);
  const details = needsDetails(patient.communication);
  return [
    h("p", { class: "nhsuk-u-margin-bottom-1" }, patientName(patient)),
    tags.length > 0 &&
      h(
        "ul",
        { class: "nhsuk-list nhsuk-u-margin-bottom-0", "aria-label": "Communication needs" },
        ...tags.map((t) => h("li", {}, h("strong", { class: "nhsuk-tag nhsuk-tag--white" }, t))),
      ),
    ...details.map((d) => h("p", { class: "nhsuk-body-s nhsuk-u-margin-bottom-0" }, d)),
  ];
}

function actionButton(
  text: string,
  hiddenContext: string,
  onClick: () => void,
  secondary = true,
): HTMLElement {
  const button = h(
    "button",
    {
      class: `nhsuk-button nhsuk-button--small${secondary ? " nhsuk-button--secondary" : ""}`,
      type: "button",
    },
    text,
    h("span", { class: "nhsuk-u-visually-hidden" }, ` ${hiddenContext}`),
  );
  button.addEventListener("click", onClick);
  return button;
}

function rowActions(slot: StaffDaySlot, act: (action: RowAction) => void): HTMLElement[] {
  const when = `at ${slot.localStart}`;
  const appointment = slot.appointment;
  if (appointment) {
    const who = appointment.patient ? `for ${patientName(appointment.patient)} ${when}` : when;
    const buttons: HTMLElement[] = [];
    if (appointment.status === "booked") {
      buttons.push(
        actionButton(
          "Check in",
          who,
          () => act({ kind: "appointment", action: "check-in", slot }),
          false,
        ),
      );
    }
    if (appointment.status === "booked" || appointment.status === "arrived") {
      buttons.push(
        actionButton("Complete", who, () => act({ kind: "appointment", action: "complete", slot })),
        actionButton("Did not attend", who, () =>
          act({ kind: "appointment", action: "mark-no-show", slot }),
        ),
      );
    }
    if (appointment.status === "booked") {
      buttons.push(actionButton("Cancel", who, () => act({ kind: "cancel-step", slot })));
    }
    return buttons;
  }
  if (slot.status === "free") {
    return [
      actionButton("Book for a patient", when, () => act({ kind: "book-step", slot }), false),
      actionButton("Block", when, () => act({ kind: "block-step", slot })),
    ];
  }
  if (slot.status === "busy-unavailable") {
    return [actionButton("Unblock", when, () => act({ kind: "unblock", slot }))];
  }
  return [];
}

/**
 * The day's slots as a responsive NHS table inside a scroll container. `act` is undefined for
 * clinicians: they see the list but not the controls (the API would refuse them anyway).
 */
export function dayTable(
  data: StaffDayResponse,
  caption: string,
  act: ((action: RowAction) => void) | undefined,
): HTMLElement {
  const columns = [
    "Time",
    "Channel",
    "Status",
    "Patient",
    "Reference",
    ...(act ? ["Actions"] : []),
  ];
  return h(
    "div",
    // Scrolls sideways at middle widths; below 768px the responsive table stacks instead.
    { class: "nhsuk-table-container", tabindex: "0", role: "region", "aria-label": "Day list" },
    h(
      "table",
      {
        class: "nhsuk-table nhsuk-table--responsive nhsuk-table--compact app-day-table",
        role: "table",
        id: "day-table",
      },
      h("caption", { class: "nhsuk-table__caption nhsuk-table__caption--m" }, caption),
      h(
        "thead",
        { class: "nhsuk-table__head", role: "rowgroup" },
        h(
          "tr",
          { class: "nhsuk-table__row", role: "row" },
          ...columns.map((c) =>
            h("th", { class: "nhsuk-table__header", scope: "col", role: "columnheader" }, c),
          ),
        ),
      ),
      h(
        "tbody",
        { class: "nhsuk-table__body" },
        ...data.slots.map((slot) =>
          h(
            "tr",
            { class: "nhsuk-table__row", role: "row", "data-slot-id": slot.id },
            cell("Time", slotTime(slot)),
            cell("Channel", channelLabels[slot.channel]),
            cell("Status", statusTag(slot)),
            cell("Patient", ...patientCell(slot)),
            cell("Reference", slot.appointment?.bookingReference ?? ""),
            act && cell("Actions", ...rowActions(slot, act)),
          ),
        ),
      ),
    ),
  );
}
