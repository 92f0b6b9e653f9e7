import type { MyAppointment, MyAppointmentsResponse } from "@front-door/contracts";
import { appointmentWhen } from "../../../lib/format.ts";

const stillHappening = new Set<MyAppointment["status"]>(["booked", "arrived", "checked-in"]);

/**
 * The API's "upcoming" is by time, so it holds future appointments already cancelled. A patient
 * reads "Upcoming" as "what I still have to go to": cancelled ones move to "Past and cancelled",
 * newest first, ahead of the past ones (already newest first).
 */
export function appointmentLists(response: MyAppointmentsResponse): {
  upcoming: MyAppointment[];
  pastAndCancelled: MyAppointment[];
} {
  const upcoming = response.upcoming.filter((a) => stillHappening.has(a.status));
  const cancelledAhead = response.upcoming
    .filter((a) => !stillHappening.has(a.status))
    .sort((a, b) => b.start.localeCompare(a.start));
  return { upcoming, pastAndCancelled: [...cancelledAhead, ...response.past] };
}

/**
 * Whether the patient can change this appointment online: a same-day GP appointment still
 * booked for today (London date). Changing swaps it for a free same-day time today — the only
 * times the service offers — so one booked for a later day is changed by calling the practice.
 */
export function canChange(appointment: MyAppointment, today: string): boolean {
  return (
    appointment.status === "booked" &&
    appointment.service === "same-day-gp" &&
    appointment.localDate === today
  );
}

/**
 * A card's heading: what kind of appointment, and when. The API's `when` is the London time. A
 * self-referral's appointment is not a same-day one, and its service is left for the card's
 * link to the referral: headings are read out of context (a screen reader's list of headings).
 */
export function appointmentHeading(appointment: MyAppointment): string {
  const kind =
    appointment.service === "same-day-gp" && !appointment.referral
      ? "Same-day appointment"
      : "Appointment";
  return `${kind}, ${appointmentWhen(appointment)}`;
}
