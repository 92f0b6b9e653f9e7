import { randomUUID } from "node:crypto";
import type { routes } from "@front-door/contracts";
import {
  bookingReference,
  Conflict,
  consentedChannels,
  londonToday,
  londonWhen,
  NotFound,
  patientMessages,
} from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import { changeBooking, getPatient, getSite, getSlot } from "@front-door/store";
import { toMyAppointment } from "./appointment-view.ts";
import type { SameDayDeps } from "./same-day-own-request.ts";
import { offerFreedSlot } from "./waiting-list-offer.ts";

/**
 * Change = cancel and rebook in one transaction (GP Connect's model): the patient first holds
 * the new time, then this swaps it for their appointment. If the new time cannot be had, the
 * old appointment is kept exactly as it was. The freed slot is then offered to the waiting list.
 */
export function makeMyAppointmentChange(
  deps: SameDayDeps,
): RouteHandler<typeof routes.myAppointmentChange> {
  return async ({ principal, params, body }) => {
    const now = deps.now();
    const slot = await getSlot(deps.db, deps.tableName, body.slotId);
    if (!slot) throw new NotFound("We could not find that time. Choose a time again");
    const [patient, site] = await Promise.all([
      getPatient(deps.db, deps.tableName, principal.patientId),
      getSite(deps.db, deps.tableName, slot.siteId),
    ]);
    if (!patient) throw new NotFound("We could not find your patient record");
    const reference = bookingReference();
    const siteName = site?.name ?? "Your practice";
    const outcome = await changeBooking(deps.db, deps.tableName, {
      appointmentId: params.appointmentId,
      patientId: principal.patientId,
      newSlot: slot,
      newAppointmentId: randomUUID(),
      bookingReference: reference,
      sameDay: slot.localDate === londonToday(now),
      now,
      message: {
        id: randomUUID(),
        kind: "booking-changed",
        channels: consentedChannels(patient.profile.consent),
        text: patientMessages.bookingChanged({
          siteName,
          when: londonWhen(new Date(slot.start), now),
          channel: slot.channel,
          bookingReference: reference,
        }),
      },
    });
    switch (outcome.kind) {
      case "changed": {
        const oldSlot = await getSlot(deps.db, deps.tableName, outcome.cancelled.slotId);
        const oldSite = await getSite(deps.db, deps.tableName, outcome.cancelled.siteId);
        if (oldSlot) await offerFreedSlot(deps, oldSlot, oldSite?.name ?? siteName, now);
        return {
          body: {
            appointment: toMyAppointment(outcome.booked, site),
            replaced: toMyAppointment(outcome.cancelled, oldSite),
            bookingReference: reference,
          },
        };
      }
      case "not-found":
        throw new NotFound("We could not find that appointment");
      case "not-changeable":
        throw new Conflict(
          `This appointment cannot be changed: it is ${outcome.status}. Book a new appointment instead.`,
          "not_cancellable",
        );
      case "hold-lost":
        throw new Conflict(
          "The new time is no longer held for you. Your appointment has not changed: choose a time again.",
          "hold_expired",
          [{ path: "slotId", message: "Choose a time again" }],
        );
      case "other-service":
        throw new Conflict(
          "This appointment cannot be changed to that time: it is for a different service. Cancel it and book again instead.",
          "slot_not_bookable",
          [{ path: "slotId", message: "Choose a time for the same service" }],
        );
      case "already-booked-that-day":
        throw new Conflict(
          "You already have a same-day appointment that day. Your appointment has not changed.",
          "already_booked_today",
        );
      default: {
        const unreachable: never = outcome;
        throw new Error(`unhandled change outcome ${JSON.stringify(unreachable)}`);
      }
    }
  };
}
