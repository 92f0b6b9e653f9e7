import { randomUUID } from "node:crypto";
import type { routes } from "@front-door/contracts";
import {
  Conflict,
  consentedChannels,
  londonWhen,
  NotFound,
  patientMessages,
} from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import {
  appointmentsOfPatient,
  cancelAppointment,
  getAppointment,
  getPatient,
  getSite,
  getSlot,
} from "@front-door/store";
import { actOnReferral, ownReferral } from "../../referrals/handlers/referral-shared.ts";
import { toMyAppointment } from "./appointment-view.ts";
import type { SameDayDeps } from "./same-day-own-request.ts";
import { offerFreedSlot } from "./waiting-list-offer.ts";

/** The sites of some appointments, each read once. */
async function sitesOf(deps: SameDayDeps, siteIds: readonly string[]) {
  const unique = [...new Set(siteIds)];
  const sites = await Promise.all(unique.map((id) => getSite(deps.db, deps.tableName, id)));
  return new Map(unique.map((id, i) => [id, sites[i]]));
}

/**
 * The caller's appointments: upcoming (not yet over, soonest first) and past (most recent
 * first). The split is by time, so a cancelled appointment later today stays in "upcoming"
 * with its status, where the patient last saw it.
 */
export function makeMyAppointments(deps: SameDayDeps): RouteHandler<typeof routes.myAppointments> {
  return async ({ principal }) => {
    const now = deps.now().getTime();
    const all = await appointmentsOfPatient(deps.db, deps.tableName, principal.patientId);
    const sites = await sitesOf(
      deps,
      all.map((a) => a.siteId),
    );
    const shaped = all.map((a) => toMyAppointment(a, sites.get(a.siteId)));
    const upcoming = shaped
      .filter((a) => Date.parse(a.end) > now)
      .sort((a, b) => a.start.localeCompare(b.start));
    const past = shaped
      .filter((a) => Date.parse(a.end) <= now)
      .sort((a, b) => b.start.localeCompare(a.start));
    return { body: { upcoming, past } };
  };
}

/**
 * Cancels one of the caller's own appointments (another patient's is "not found", never
 * "forbidden": nobody learns it exists). The slot is freed at once in the same transaction;
 * then it is offered to the first patient on that day's waiting list, held for them and
 * messaged. The cancellation stands whether or not anyone is waiting.
 */
export function makeMyAppointmentCancel(
  deps: SameDayDeps,
): RouteHandler<typeof routes.myAppointmentCancel> {
  return async ({ principal, params, body }) => {
    const now = deps.now();
    const appointment = await getAppointment(deps.db, deps.tableName, params.appointmentId);
    if (!appointment || appointment.patientId !== principal.patientId) {
      throw new NotFound("We could not find that appointment");
    }
    if (appointment.referralId) {
      // A referral's appointment: the referral goes back to "accepted" in the same transaction.
      const found = await ownReferral(deps, principal.patientId, appointment.referralId);
      await actOnReferral(deps, {
        ...found,
        action: { type: "cancel-booking" },
        actor: { role: "patient", id: principal.userId },
        cancellationReason: body.reason,
      });
      const [after, site] = await Promise.all([
        getAppointment(deps.db, deps.tableName, appointment.id),
        getSite(deps.db, deps.tableName, appointment.siteId),
      ]);
      return { body: { appointment: toMyAppointment(after ?? appointment, site) } };
    }
    const [site, patient] = await Promise.all([
      getSite(deps.db, deps.tableName, appointment.siteId),
      getPatient(deps.db, deps.tableName, principal.patientId),
    ]);
    const siteName = site?.name ?? "Your practice";
    const outcome = await cancelAppointment(deps.db, deps.tableName, {
      appointmentId: appointment.id,
      reason: body.reason,
      now,
      message: {
        id: randomUUID(),
        kind: "booking-cancelled-by-patient",
        channels: patient ? consentedChannels(patient.profile.consent) : [],
        text: patientMessages.bookingCancelledByPatient({
          siteName,
          when: londonWhen(new Date(appointment.start), now),
          channel: appointment.channel,
          bookingReference: appointment.bookingReference,
        }),
      },
    });
    switch (outcome.kind) {
      case "cancelled":
        await offerToWaitingList(deps, appointment.slotId, siteName, now);
        return { body: { appointment: toMyAppointment(outcome.appointment, site) } };
      case "not-found":
        throw new NotFound("We could not find that appointment");
      case "not-cancellable":
        throw new Conflict(
          `This appointment cannot be cancelled: it is ${outcome.status === "cancelled" ? "already cancelled" : `marked ${outcome.status}`}.`,
          "not_cancellable",
        );
      default: {
        const unreachable: never = outcome;
        throw new Error(`unhandled cancel outcome ${JSON.stringify(unreachable)}`);
      }
    }
  };
}

async function offerToWaitingList(deps: SameDayDeps, slotId: string, siteName: string, now: Date) {
  const slot = await getSlot(deps.db, deps.tableName, slotId);
  if (slot) await offerFreedSlot(deps, slot, siteName, now);
}
