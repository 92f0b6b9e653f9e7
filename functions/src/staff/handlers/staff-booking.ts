import { randomUUID } from "node:crypto";
import type { routes } from "@front-door/contracts";
import { staffBookingCreate } from "@front-door/contracts/routes";
import {
  bookingReference,
  Conflict,
  consentedChannels,
  londonToday,
  londonWhen,
  NotFound,
  normaliseNhsNumber,
  patientMessages,
  staffBookingHorizonDays,
  staffBookingRuleBroken,
  Unprocessable,
} from "@front-door/domain";
import { locationOf, type RouteHandler } from "@front-door/lambda";
import { confirmBooking, getSameDayRequest, patientByNhsNumber } from "@front-door/store";
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

const ruleCodes = { past: "slot_in_past", "beyond-horizon": "slot_beyond_horizon" } as const;
const ruleMessages = {
  past: "This time has already started. Choose a later time, or give a reason to book it anyway.",
  "beyond-horizon": `This time is more than ${staffBookingHorizonDays / 7} weeks ahead. Check the date, or give a reason to book it anyway.`,
} as const;

/**
 * A receptionist books for a patient who phoned in one transaction (slot claimed if free or
 * its hold has run out, appointment, same-day guard, count, message): no hold first, so a
 * booking that fails leaves nothing behind. With a request id, the same transaction allocates
 * the patient's request in the site's same-day queue. A time that has started or is beyond the
 * horizon needs a reason, kept on the appointment.
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

    const broken = staffBookingRuleBroken(slot, now);
    if (broken && !body.reason) {
      throw new Unprocessable(ruleMessages[broken], ruleCodes[broken], [
        { path: "reason", message: ruleMessages[broken] },
      ]);
    }

    const reference = bookingReference();
    const context = {
      siteName: site.name,
      when: londonWhen(new Date(slot.start), now),
      channel: slot.channel,
      bookingReference: reference,
    };
    const outcome = await confirmBooking(deps.db, deps.tableName, {
      slot,
      claim: "free",
      ...(broken && body.reason
        ? { bookedOutsideRules: { rule: broken, reason: body.reason, byUserId: principal.userId } }
        : {}),
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
          headers: {
            location: locationOf(staffBookingCreate, { appointmentId: outcome.appointment.id }),
          },
        };
      case "hold-lost":
        throw slotTaken();
      case "already-booked-today":
        throw new Conflict(
          "This patient already has a same-day appointment that day. Cancel it first if they need this one instead.",
          "already_booked_today",
        );
      case "request-not-open":
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
