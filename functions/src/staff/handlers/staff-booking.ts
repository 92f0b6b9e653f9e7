import { randomUUID } from "node:crypto";
import type { routes } from "@front-door/contracts";
import {
  bookingReference,
  Conflict,
  consentedChannels,
  londonToday,
  londonWhen,
  NotFound,
  normaliseNhsNumber,
  patientMessages,
} from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import {
  confirmBooking,
  getSameDayRequest,
  holdSlot,
  patientByNhsNumber,
  releaseHold,
} from "@front-door/store";
import {
  ownSite,
  patientSummary,
  type StaffDeps,
  slotAtSite,
  toApiAppointment,
} from "./staff-shared.ts";

const slotTaken = () =>
  new Conflict("Sorry, this slot has just been taken. Choose another time.", "slot_taken", [
    { path: "slotId", message: "Choose another time from the day list" },
  ]);

/**
 * A receptionist books for a patient who phoned, by the same path a patient's own booking
 * takes: hold the slot for the patient, then confirm it in one transaction (slot, appointment,
 * same-day guard, count, message). With a request id, the same transaction allocates the
 * patient's request in the site's same-day queue.
 */
export function makeStaffBookingCreate(
  deps: StaffDeps,
): RouteHandler<typeof routes.staffBookingCreate> {
  return async ({ principal, body }) => {
    const nhsNumber = normaliseNhsNumber(body.nhsNumber) ?? body.nhsNumber;
    const patient = await patientByNhsNumber(deps.db, deps.tableName, nhsNumber);
    if (!patient) {
      throw new NotFound("There is no patient with that NHS number", [
        { path: "nhsNumber", message: "There is no patient with that NHS number" },
      ]);
    }
    const slot = await slotAtSite(deps, body.slotId, principal.siteId);
    if (body.requestId) {
      const request = await getSameDayRequest(deps.db, deps.tableName, body.requestId);
      if (!request || request.siteId !== principal.siteId) {
        throw new NotFound("There is no request with that id in your site's queue", [
          { path: "requestId", message: "Choose a request from the queue" },
        ]);
      }
      if (request.patientId !== patient.id) {
        throw new Conflict("That request was made by another patient", "request_other_patient", [
          {
            path: "nhsNumber",
            message: "Enter the NHS number of the patient who made the request",
          },
        ]);
      }
    }
    const site = await ownSite(deps, principal.siteId);
    const now = deps.now();

    const held = await holdSlot(deps.db, deps.tableName, slot.id, patient.id, now);
    if (held.kind === "not-found") throw new NotFound("There is no slot with that id at your site");
    if (held.kind === "slot-taken") throw slotTaken();

    const reference = bookingReference();
    const context = {
      siteName: site.name,
      when: londonWhen(new Date(slot.start)),
      channel: slot.channel,
      bookingReference: reference,
    };
    const outcome = await confirmBooking(deps.db, deps.tableName, {
      slot: held.slot,
      appointmentId: randomUUID(),
      bookingReference: reference,
      patientId: patient.id,
      bookedBy: "staff",
      // The same rule as patients' bookings: an appointment today, booked today.
      sameDay: slot.localDate === londonToday(now),
      now,
      message: {
        id: randomUUID(),
        kind: body.requestId ? "request-allocated" : "booking-confirmed",
        channels: consentedChannels(patient.profile.consent),
        text: body.requestId
          ? patientMessages.requestAllocated(context)
          : patientMessages.bookingConfirmed(context),
      },
      ...(body.requestId ? { sameDayRequestId: body.requestId } : {}),
    });
    switch (outcome.kind) {
      case "booked":
        return {
          status: 201,
          body: {
            appointment: toApiAppointment(outcome.appointment),
            patient: patientSummary(patient),
          },
        };
      case "hold-lost":
        throw slotTaken();
      case "already-booked-today":
        await releaseHold(deps.db, deps.tableName, slot.id, patient.id);
        throw new Conflict(
          "This patient already has a same-day appointment that day. Cancel it first if they need this one instead.",
          "already_booked_today",
        );
      case "request-not-open":
        await releaseHold(deps.db, deps.tableName, slot.id, patient.id);
        throw new Conflict(
          "That request is no longer waiting in the queue: it has been allocated or closed.",
          "request_not_open",
          [{ path: "requestId", message: "Choose a request that is still open" }],
        );
      default: {
        const unknown: never = outcome;
        throw new Error(`unknown outcome ${JSON.stringify(unknown)}`);
      }
    }
  };
}
