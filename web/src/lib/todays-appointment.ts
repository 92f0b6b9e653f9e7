import { type MyAppointment, MyAppointmentsResponse } from "@front-door/contracts";
import { api } from "./api.ts";
import { h, summaryList } from "./dom.ts";
import { formatClockTime } from "./format.ts";
import { channelLabels } from "./same-day.ts";

/** Statuses of an appointment still to come today (cancelled and missed ones do not count). */
const stillOn = new Set<MyAppointment["status"]>(["booked", "arrived", "checked-in"]);

/**
 * The same-day appointment the patient already has today, if any: the booking step refuses a
 * second one, so the journey says so at its start rather than after the questions. Referral
 * appointments are not same-day ones.
 */
export function todaysSameDayAppointment(
  appointments: readonly MyAppointment[],
  today: string,
): MyAppointment | undefined {
  return appointments.find((a) => a.localDate === today && stillOn.has(a.status) && !a.referral);
}

/** The patient's appointments, or undefined when they cannot be read (the journey goes on). */
export async function loadTodaysSameDayAppointment(
  today: string,
): Promise<MyAppointment | undefined> {
  const result = await api("/api/me/appointments", {
    auth: true,
    schema: MyAppointmentsResponse,
  });
  return result.ok ? todaysSameDayAppointment(result.data.upcoming, today) : undefined;
}

/** The appointment, and how to change or cancel it, in place of the start of the journey. */
export function alreadyBookedCard(appointment: MyAppointment): HTMLElement {
  const id = encodeURIComponent(appointment.id);
  return h(
    "div",
    { class: "nhsuk-card nhsuk-card--feature", id: "already-booked" },
    h(
      "div",
      { class: "nhsuk-card__content nhsuk-card__content--feature" },
      h(
        "h2",
        { class: "nhsuk-card__heading nhsuk-card__heading--feature nhsuk-heading-m" },
        "You already have a same-day appointment today",
      ),
      summaryList(
        [
          { key: "Time", value: formatClockTime(appointment.localStart) },
          { key: "Where", value: appointment.site.name },
          { key: "How", value: channelLabels[appointment.channel] },
          { key: "Booking reference", value: appointment.bookingReference },
        ],
        { inCard: true },
      ),
      h("p", {}, "You can have one same-day appointment a day. If it no longer suits you:"),
      h(
        "ul",
        {},
        h(
          "li",
          {},
          h(
            "a",
            { href: `/appointments/change/?appointmentId=${id}`, id: "already-booked-change" },
            "Change the time",
          ),
        ),
        h(
          "li",
          {},
          h("a", { href: "/appointments/", id: "already-booked-cancel" }, "Cancel it"),
          " in Your appointments",
        ),
      ),
    ),
  );
}
