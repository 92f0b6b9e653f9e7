import type {
  AppointmentStatus,
  HoldResponse,
  SameDaySiteSlots,
  SlotChannel,
  TriageQuestionnaire,
} from "@front-door/contracts";

/** How people say each channel. */
export const channelLabels: Record<SlotChannel, string> = {
  "in-person": "In person",
  telephone: "By phone",
  video: "By video call",
};

/** FHIR Appointment statuses in patients' words, with the NHS tag colour for each. */
export const appointmentStatusTags: Record<AppointmentStatus, { text: string; colour: string }> = {
  proposed: { text: "Proposed", colour: "grey" },
  pending: { text: "Pending", colour: "grey" },
  booked: { text: "Booked", colour: "blue" },
  arrived: { text: "Arrived", colour: "purple" },
  fulfilled: { text: "Attended", colour: "green" },
  cancelled: { text: "Cancelled", colour: "red" },
  noshow: { text: "Did not attend", colour: "orange" },
  "entered-in-error": { text: "Entered in error", colour: "grey" },
  "checked-in": { text: "Checked in", colour: "purple" },
  waitlist: { text: "Waiting list", colour: "yellow" },
};

/** The sections to show for the answers so far: a section's showWhen must match. */
export function visibleSectionIds(
  questionnaire: TriageQuestionnaire,
  answers: Readonly<Record<string, string>>,
): string[] {
  return questionnaire.sections
    .filter((s) => !s.showWhen || answers[s.showWhen.question] === s.showWhen.answer)
    .map((s) => s.id);
}

/** The input an answer error points at: the first radio of a choice, or the text area. */
export function triageFieldId(questionId: string): string {
  return questionId ? `q-${questionId}` : "q-appointmentFor";
}

/** "14:05" → "2:05pm" for a London clock time the API gives, "10:42" style kept for 24h. */
export function londonClockTime(isoInstant: string): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(isoInstant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("hour")}:${part("minute")}`;
}

/** What the slots page hands the confirm page: the hold and where the slot is. */
export interface HeldSlot {
  hold: HoldResponse;
  site: Pick<SameDaySiteSlots["site"], "id" | "name" | "address" | "phone">;
}

const heldKey = (slotId: string) => `front-door.same-day-hold.${slotId}`;

export function saveHeldSlot(store: Pick<Storage, "setItem">, held: HeldSlot): void {
  store.setItem(heldKey(held.hold.slot.id), JSON.stringify(held));
}

export function readHeldSlot(
  store: Pick<Storage, "getItem">,
  slotId: string,
): HeldSlot | undefined {
  const raw = store.getItem(heldKey(slotId));
  if (!raw) return undefined;
  try {
    const held = JSON.parse(raw) as HeldSlot;
    return held?.hold?.slot?.id === slotId ? held : undefined;
  } catch {
    return undefined;
  }
}

/** Only ids the service makes (as the contract allows): anything else is not used in a URL. */
export function safeId(raw: string | null): string | undefined {
  return raw && /^[A-Za-z0-9._:-]{1,200}$/.test(raw) ? raw : undefined;
}

export function sameDayQuery(search: string): {
  requestId?: string;
  slotId?: string;
  appointmentId?: string;
} {
  const params = new URLSearchParams(search);
  return {
    requestId: safeId(params.get("requestId")),
    slotId: safeId(params.get("slotId")),
    appointmentId: safeId(params.get("appointmentId")),
  };
}
