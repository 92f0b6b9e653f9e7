import type { StaffDaySlot } from "@front-door/contracts";
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
 * A day can hold 200 slots. Each row is a clone of one template row, filled through textContent
 * (API text is never parsed as markup), and the rows go in through one DocumentFragment; one
 * listener on the table answers every button. Building rows tag by tag with h(), each with its
 * own listeners, was the page's long main-thread task (issue 13).
 */
const columnHeadings = ["Time", "Channel", "Status", "Patient", "Reference", "Actions"] as const;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

let templateRow: HTMLTableRowElement | undefined;

/** One row's cells, each a heading (shown when the table stacks) and one box for the content. */
function emptyRow(): HTMLTableRowElement {
  if (!templateRow) {
    templateRow = element("tr", "nhsuk-table__row");
    templateRow.setAttribute("role", "row");
    for (const heading of columnHeadings) {
      const td = element("td", "nhsuk-table__cell");
      td.setAttribute("role", "cell");
      const label = element("span", "nhsuk-table__heading", `${heading} `);
      label.setAttribute("aria-hidden", "true");
      td.append(label, element("div", ""));
      templateRow.append(td);
    }
  }
  return templateRow.cloneNode(true) as HTMLTableRowElement;
}

function tag(label: TagLabel): HTMLElement {
  return element("strong", `nhsuk-tag nhsuk-tag--${label.colour}`, label.text);
}

function statusTag(slot: StaffDaySlot): HTMLElement {
  return tag(
    slot.appointment ? appointmentStatusTags[slot.appointment.status] : slotStatusTags[slot.status],
  );
}

function fillPatient(box: HTMLElement, slot: StaffDaySlot): void {
  const patient = slot.appointment?.patient;
  if (!patient) {
    if (slot.status === "busy-unavailable" && slot.blockedReason) {
      box.textContent = `Blocked: ${slot.blockedReason}`;
    } else if (slot.status === "busy-tentative") {
      box.textContent = "Someone is booking this time";
    }
    return;
  }
  box.append(element("p", "nhsuk-u-margin-bottom-1", patientName(patient)));
  const tags = needsTags(patient.communication);
  if (tags.length > 0) {
    const list = element("ul", "nhsuk-list nhsuk-u-margin-bottom-0");
    list.setAttribute("aria-label", "Communication needs");
    for (const t of tags) {
      const item = document.createElement("li");
      item.append(element("strong", "nhsuk-tag nhsuk-tag--white", t));
      list.append(item);
    }
    box.append(list);
  }
  for (const d of needsDetails(patient.communication)) {
    box.append(element("p", "nhsuk-body-s nhsuk-u-margin-bottom-0", d));
  }
}

function button(
  slot: StaffDaySlot,
  action: ButtonAction,
  label: string,
  hiddenContext: string,
  secondary = true,
): HTMLButtonElement {
  const made = element(
    "button",
    `nhsuk-button nhsuk-button--small${secondary ? " nhsuk-button--secondary" : ""}`,
    label,
  );
  made.type = "button";
  made.dataset.action = action;
  made.dataset.slotId = slot.id;
  made.append(element("span", "nhsuk-u-visually-hidden", ` ${hiddenContext}`));
  return made;
}

/** A slot that is over can still have its appointment settled, but is not booked or blocked. */
function rowActions(slot: StaffDaySlot, over: boolean): HTMLButtonElement[] {
  const when = `at ${slotStart(slot)}`;
  const appointment = slot.appointment;
  if (appointment) {
    const who = appointment.patient ? `for ${patientName(appointment.patient)} ${when}` : when;
    const buttons: HTMLButtonElement[] = [];
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
    return buttons;
  }
  if (over) return [];
  if (slot.status === "free") {
    return [
      button(slot, "book-step", "Book for a patient", when, false),
      button(slot, "block-step", "Block", when),
    ];
  }
  if (slot.status === "busy-unavailable") return [button(slot, "unblock", "Unblock", when)];
  return [];
}

/** The content box of each cell of a row, in column order. */
function boxes(row: HTMLTableRowElement): HTMLElement[] {
  return Array.from(row.cells, (cell) => cell.lastElementChild as HTMLElement);
}

function slotRow(slot: StaffDaySlot, options: DayTableOptions): HTMLTableRowElement {
  const row = emptyRow();
  row.dataset.slotId = slot.id;
  const [time, channel, status, patient, reference, actions] = boxes(row);
  if (!time || !channel || !status || !patient || !reference || !actions) {
    throw new Error("The day table's template row lost a cell");
  }
  time.textContent = slotTime(slot);
  channel.textContent = channelLabels[slot.channel];
  status.append(statusTag(slot));
  fillPatient(patient, slot);
  reference.textContent = slot.appointment?.bookingReference ?? "";
  if (options.act) actions.append(...rowActions(slot, options.isOver(slot)));
  else row.lastElementChild?.remove();
  return row;
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
  const table = element(
    "table",
    "nhsuk-table nhsuk-table--responsive nhsuk-table--compact app-day-table",
  );
  table.setAttribute("role", "table");
  table.id = options.id;
  const caption = element(
    "caption",
    "nhsuk-table__caption nhsuk-table__caption--m",
    options.caption,
  );
  const head = element("thead", "nhsuk-table__head");
  head.setAttribute("role", "rowgroup");
  const headRow = element("tr", "nhsuk-table__row");
  headRow.setAttribute("role", "row");
  for (const column of columnHeadings) {
    if (column === "Actions" && !act) continue;
    const th = element("th", "nhsuk-table__header", column);
    th.scope = "col";
    th.setAttribute("role", "columnheader");
    headRow.append(th);
  }
  head.append(headRow);
  const body = element("tbody", "nhsuk-table__body");
  const rows = document.createDocumentFragment();
  for (const slot of slots) rows.append(slotRow(slot, options));
  body.append(rows);
  table.append(caption, head, body);
  const container = element("div", "nhsuk-table-container");
  // Scrolls sideways at middle widths; below 768px the responsive table stacks instead.
  container.tabIndex = 0;
  container.setAttribute("role", "region");
  container.setAttribute("aria-label", options.caption);
  container.append(table);
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
