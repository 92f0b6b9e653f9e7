/**
 * FHIR R4 Slot and Appointment statuses, and the moves this service allows between them.
 * The value sets are complete (so records from other FHIR systems parse); the transition
 * tables name only the statuses this service writes.
 */

export const slotStatuses = [
  "busy",
  "free",
  "busy-unavailable",
  "busy-tentative",
  "entered-in-error",
] as const;
export type SlotStatus = (typeof slotStatuses)[number];

export const appointmentStatuses = [
  "proposed",
  "pending",
  "booked",
  "arrived",
  "fulfilled",
  "cancelled",
  "noshow",
  "entered-in-error",
  "checked-in",
  "waitlist",
] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number];

export const slotChannels = ["in-person", "telephone", "video"] as const;
export type SlotChannel = (typeof slotChannels)[number];

/** What a receptionist (or clinician) does to a booked appointment. */
export const appointmentActions = ["check-in", "complete", "mark-no-show", "cancel"] as const;
export type AppointmentAction = (typeof appointmentActions)[number];

export type AppointmentTransition =
  | { kind: "ok"; to: AppointmentStatus }
  | { kind: "not-allowed"; message: string };

/**
 * - booked → arrived (check in), cancelled, noshow (did not attend).
 * - booked → fulfilled only for telephone and video: nobody arrives at the desk, the clinician
 *   just calls. In person, check the patient in first, so the waiting room list is true.
 * - arrived → fulfilled, or noshow when the patient left before being seen ("did not wait",
 *   which practices record as a did-not-attend). An arrived patient is not cancelled.
 * - fulfilled, cancelled, noshow and entered-in-error are final: a correction is a new booking.
 */
const allowed: Partial<
  Record<AppointmentStatus, Partial<Record<AppointmentAction, AppointmentStatus>>>
> = {
  booked: {
    "check-in": "arrived",
    cancel: "cancelled",
    "mark-no-show": "noshow",
    complete: "fulfilled",
  },
  arrived: { complete: "fulfilled", "mark-no-show": "noshow" },
};

const actionWords: Record<AppointmentAction, string> = {
  "check-in": "checked in",
  complete: "completed",
  "mark-no-show": "marked as did not attend",
  cancel: "cancelled",
};

const finalStatusWords: Partial<Record<AppointmentStatus, string>> = {
  fulfilled: "has been completed",
  cancelled: "has been cancelled",
  noshow: "was marked as did not attend",
  "entered-in-error": "was entered in error",
};

/**
 * Whether an action may be applied to an appointment, and the status it leads to. The
 * message is written for the receptionist who pressed the button. `channel` defaults to the
 * strictest case, in person.
 */
export function appointmentTransition(
  from: AppointmentStatus,
  action: AppointmentAction,
  channel: SlotChannel = "in-person",
): AppointmentTransition {
  if (from === "booked" && action === "complete" && channel === "in-person") {
    return {
      kind: "not-allowed",
      message: "Check the patient in before completing an in-person appointment.",
    };
  }
  const to = allowed[from]?.[action];
  if (to) return { kind: "ok", to };

  const final = finalStatusWords[from];
  if (final) {
    return {
      kind: "not-allowed",
      message: `This appointment ${final}, so it cannot be ${actionWords[action]}. Book a new appointment if the patient still needs one.`,
    };
  }
  if (from === "arrived" && action === "cancel") {
    return {
      kind: "not-allowed",
      message:
        "The patient has already checked in, so the appointment cannot be cancelled. Mark it as did not attend if they left before being seen.",
    };
  }
  if (from === "arrived" && action === "check-in") {
    return { kind: "not-allowed", message: "The patient has already checked in." };
  }
  return {
    kind: "not-allowed",
    message: `This appointment is not booked (its status is "${from}"), so it cannot be ${actionWords[action]}.`,
  };
}

/**
 * Statuses during which the appointment counts as the patient's one same-day appointment for
 * that day. Once it is over (fulfilled, noshow) or cancelled, the patient may book again.
 */
export function isActiveAppointment(status: AppointmentStatus): boolean {
  return status === "booked" || status === "arrived";
}
