import { randomUUID } from "node:crypto";
import type { routes } from "@front-door/contracts";
import { sameDayBookingCreate } from "@front-door/contracts/routes";
import {
  bookingReference,
  Conflict,
  consentedChannels,
  londonToday,
  londonWhen,
  NotFound,
  patientMessages,
  siteIdOfSlotId,
} from "@front-door/domain";
import { locationOf, type RouteHandler } from "@front-door/lambda";
import {
  type AppointmentRecord,
  confirmBooking,
  getAppointment,
  getSite,
  readBookingParts,
  type Site,
} from "@front-door/store";
import { toMyAppointment } from "./appointment-view.ts";
import { ownedRequest, type SameDayDeps } from "./same-day-own-request.ts";

/**
 * Confirms the caller's hold as an appointment, in one transaction (slot busy, appointment,
 * one-same-day-appointment-per-day guard, count, outbox message, request allocated). The
 * message goes by the channels the patient consented to and says where and when, never why.
 */
export function makeSameDayBooking(
  deps: SameDayDeps & {
    /** A site's details; the booking function passes recentSites. Default: read each time. */
    siteOf?: (siteId: string) => Promise<Site | undefined>;
  },
): RouteHandler<typeof routes.sameDayBookingCreate> {
  const siteOf = deps.siteOf ?? ((siteId: string) => getSite(deps.db, deps.tableName, siteId));
  return async ({ principal, body, once }) => {
    const now = deps.now();
    // Read together, judged in this order: the slot, the request, the patient; with the
    // Idempotency-Key record, in one BatchGetItem. The site beside it, by the id slot ids begin
    // with (see slotId in the domain): a cold function's copy of the sites is filled beside the
    // other reads, not after them; the slot's own siteId is what counts.
    const guessedSiteId = siteIdOfSlotId(body.slotId);
    const guessedSite = siteOf(guessedSiteId);
    guessedSite.catch(() => {});
    const { slot, request, patient } = await readBookingParts(deps.db, deps.tableName, {
      slotId: body.slotId,
      patientId: principal.patientId,
      requestId: body.requestId,
      ...(once ? { once } : {}),
    });
    if (!slot) throw new NotFound("We could not find that time. Choose a time again");
    if (body.requestId) ownedRequest(request, principal.patientId);
    if (!patient) throw new NotFound("We could not find your patient record");
    // This patient's booking of this slot is already made: an earlier try committed and its
    // answer was lost (a timeout after DynamoDB had written it, then a 503), and the patient
    // sent the booking again. Answer with that booking rather than "your hold has expired".
    if (slot.status === "busy" && slot.appointmentId) {
      const earlier = await getAppointment(deps.db, deps.tableName, slot.appointmentId);
      if (earlier?.patientId === principal.patientId && earlier.status === "booked") {
        return booked(
          earlier,
          await (slot.siteId === guessedSiteId ? guessedSite : siteOf(slot.siteId)),
        );
      }
    }
    const site = await (slot.siteId === guessedSiteId ? guessedSite : siteOf(slot.siteId));
    const reference = bookingReference();
    const siteName = site?.name ?? "Your practice";
    const outcome = await confirmBooking(deps.db, deps.tableName, {
      slot,
      appointmentId: randomUUID(),
      bookingReference: reference,
      patientId: principal.patientId,
      bookedBy: "patient",
      sameDay: slot.localDate === londonToday(now),
      now,
      message: {
        id: randomUUID(),
        kind: "booking-confirmed",
        channels: consentedChannels(patient.profile.consent),
        text: patientMessages.bookingConfirmed({
          siteName,
          when: londonWhen(new Date(slot.start)),
          channel: slot.channel,
          bookingReference: reference,
        }),
      },
      ...(body.requestId ? { sameDayRequestId: body.requestId } : {}),
      // The answer is saved with the booking, in its one transaction (an Idempotency-Key's record).
      ...(once ? { once: { record: once, answer: (made) => booked(made, site) } } : {}),
    });
    switch (outcome.kind) {
      case "booked":
        return booked(outcome.appointment, site);
      case "hold-lost":
        throw new Conflict(
          "This time is no longer held for you: holds last 15 minutes. Choose a time again.",
          "hold_expired",
        );
      case "already-booked-today":
        throw new Conflict(
          "You already have a same-day appointment today. You can cancel or change it in Your appointments.",
          "already_booked_today",
        );
      case "request-not-open":
        throw new Conflict(
          "This request already has an appointment or has been closed. See Your appointments.",
          "request_not_open",
        );
      default: {
        const unreachable: never = outcome;
        throw new Error(`unhandled booking outcome ${JSON.stringify(unreachable)}`);
      }
    }
  };
}

/** The 201 for a booking made (now, or by an earlier try whose answer was lost). */
function booked(appointment: AppointmentRecord, site: Site | undefined) {
  return {
    body: {
      appointment: toMyAppointment(appointment, site),
      bookingReference: appointment.bookingReference,
    },
    headers: { location: locationOf(sameDayBookingCreate, { appointmentId: appointment.id }) },
  };
}
