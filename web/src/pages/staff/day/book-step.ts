import { StaffBookingResponse, type StaffDaySlot } from "@front-door/contracts";
import { api } from "../../../lib/api.ts";
import { formatClockTime } from "../../../lib/format.ts";
import { longDate } from "../../../lib/staff-dates.ts";
import { nhsNumberDigits, patientName } from "../../../lib/staff-labels.ts";
import { slotTime } from "./day-table.ts";
import { stepForm } from "./step-form.ts";

/** What the booking step needs from the page: the day, the queued request it may answer, and how to finish. */
export interface BookingContext {
  /** A same-day request from the queue that this booking answers, if any. */
  requestId: () => string | undefined;
  /** The request is answered: later bookings on the page are ordinary ones. */
  requestAnswered: () => void;
  sendToSignIn: () => void;
  afterChange: (message: string, detail?: string) => Promise<void>;
}

/** Booking a free slot for a patient who phoned or came in: their NHS number, and a reason when the rules ask for one. */
export function openBookStep(slot: StaffDaySlot, page: BookingContext): void {
  stepForm({
    heading: `Book ${slotTime(slot)} for a patient`,
    fieldId: "nhs-number",
    label: "NHS number",
    hint: "10 digits, for example 943 476 5919. Spaces are fine.",
    submit: "Book appointment",
    back: "Choose another slot",
    width: "nhsuk-input--width-10",
    optional: {
      fieldId: "booking-reason",
      label: "Reason (only for a time that has started or is more than 8 weeks ahead)",
      hint: "Kept with the appointment. For example, a review the GP asked for in 6 months.",
    },
    onSubmit: async (typed, reason) => {
      const requestId = page.requestId();
      const result = await api("/api/staff/bookings", {
        method: "POST",
        auth: true,
        // A key per press (a second press waits for the first): a replayed request books once.
        idempotencyKey: crypto.randomUUID(),
        body: {
          slotId: slot.id,
          nhsNumber: nhsNumberDigits(typed),
          ...(requestId ? { requestId } : {}),
          ...(reason.trim() ? { reason } : {}),
        },
        schema: StaffBookingResponse,
      });
      if (!result.ok) {
        if (result.status === 401) page.sendToSignIn();
        return result.error;
      }
      const { appointment, patient } = result.data;
      if (requestId) page.requestAnswered();
      await page.afterChange(
        `${patientName(patient)} booked for ${formatClockTime(appointment.localStart)}`,
        `${longDate(appointment.localDate)}. Booking reference ${appointment.bookingReference}. The patient has been sent a confirmation.`,
      );
      return undefined;
    },
  });
}
