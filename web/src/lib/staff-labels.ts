import type {
  AppointmentAction,
  AppointmentStatus,
  CommunicationNeeds,
  PatientSummary,
  SlotChannel,
  SlotStatus,
} from "@front-door/contracts";

/** Words and tag colours for the staff pages: FHIR codes stay in the API, people see these. */

export interface TagLabel {
  text: string;
  colour: "green" | "blue" | "grey" | "orange" | "red" | "yellow" | "purple" | "white";
}

export const slotStatusTags: Record<SlotStatus, TagLabel> = {
  free: { text: "Free", colour: "green" },
  busy: { text: "Booked", colour: "blue" },
  "busy-unavailable": { text: "Blocked", colour: "grey" },
  "busy-tentative": { text: "Held", colour: "yellow" },
  "entered-in-error": { text: "Entered in error", colour: "red" },
};

export const appointmentStatusTags: Record<AppointmentStatus, TagLabel> = {
  proposed: { text: "Proposed", colour: "white" },
  pending: { text: "Pending", colour: "white" },
  booked: { text: "Booked", colour: "blue" },
  arrived: { text: "Arrived", colour: "purple" },
  "checked-in": { text: "Checked in", colour: "purple" },
  fulfilled: { text: "Completed", colour: "green" },
  cancelled: { text: "Cancelled", colour: "grey" },
  noshow: { text: "Did not attend", colour: "orange" },
  "entered-in-error": { text: "Entered in error", colour: "red" },
  waitlist: { text: "Waiting list", colour: "white" },
};

export const channelLabels: Record<SlotChannel, string> = {
  "in-person": "In person",
  telephone: "Telephone",
  video: "Video",
};

export function patientName(patient: Pick<PatientSummary, "name" | "preferredName">): string {
  const given = patient.preferredName ?? patient.name.given;
  return `${given} ${patient.name.family}`;
}

/** A patient's communication needs as short tags, in the order staff act on them. */
export function needsTags(needs: CommunicationNeeds): string[] {
  const tags: string[] = [];
  if (needs.interpreterLanguage) tags.push(`Interpreter: ${needs.interpreterLanguage}`);
  if (needs.britishSignLanguage) tags.push("BSL");
  if (needs.easyRead) tags.push("Easy read");
  if (needs.largePrint) tags.push("Large print");
  if (needs.accessibilityNeeds) tags.push("Access needs");
  if (needs.carer) tags.push(needs.carer.kind === "advocate" ? "Advocate" : "Carer");
  return tags;
}

/** Free-text needs, shown in full beside the tags: a tag alone would hide what to do. */
export function needsDetails(needs: CommunicationNeeds): string[] {
  return [needs.accessibilityNeeds, needs.otherNeeds].filter(
    (text): text is string => typeof text === "string" && text.trim() !== "",
  );
}

const actionDone: Record<AppointmentAction, string> = {
  "check-in": "checked in",
  complete: "seen (appointment completed)",
  "mark-no-show": "marked as did not attend",
  cancel: "cancelled",
};

/** The success banner's words after an appointment action: "Tom Whitaker checked in". */
export function appointmentActionDone(name: string, action: AppointmentAction): string {
  if (action === "cancel") return `${name}’s appointment cancelled`;
  return `${name} ${actionDone[action]}`;
}

/** The NHS number as typed ("999 000 1383", "999-000-1383") with separators removed. */
export function nhsNumberDigits(typed: string): string {
  return typed.replace(/[\s-]/g, "");
}
