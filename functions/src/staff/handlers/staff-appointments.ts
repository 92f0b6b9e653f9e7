import { randomUUID } from "node:crypto";
import type { routes } from "@front-door/contracts";
import {
  type AppointmentStatus,
  appointmentTransition,
  Conflict,
  consentedChannels,
  londonWhen,
  NotFound,
  patientMessages,
} from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import {
  cancelAppointment,
  getAppointment,
  getPatient,
  getSlot,
  recordAttendance,
} from "@front-door/store";
import { actOnReferral, siteReferral } from "../../referrals/handlers/referral-shared.ts";
import { offerToWaitingList, ownSite, type StaffDeps, toApiAppointment } from "./staff-shared.ts";

type Action = "check-in" | "complete" | "mark-no-show" | "cancel";

const refused = (
  from: AppointmentStatus,
  action: Action,
  channel?: "in-person" | "telephone" | "video",
) => {
  const transition = appointmentTransition(from, action, channel);
  return new Conflict(
    transition.kind === "not-allowed"
      ? transition.message
      : "This appointment changed while you were working on it. Look at the day list again.",
    "transition_not_allowed",
  );
};

const notHere = () =>
  new NotFound("There is no appointment with that id at your site", [
    { path: "appointmentId", message: "Choose an appointment from the day list" },
  ]);

/**
 * Check in, complete, did not attend, or cancel an appointment at the receptionist's own site.
 * The domain decides which moves are allowed; the store makes each one conditional on the
 * status the receptionist saw, so two clicks at once cannot both succeed.
 */
export function makeStaffAppointmentAction(
  deps: StaffDeps,
): RouteHandler<typeof routes.staffAppointmentAction> {
  return async ({ principal, params, body }) => {
    const appointment = await getAppointment(deps.db, deps.tableName, params.appointmentId);
    if (!appointment || appointment.siteId !== principal.siteId) throw notHere();
    const transition = appointmentTransition(appointment.status, body.action, appointment.channel);
    if (transition.kind === "not-allowed") {
      throw new Conflict(transition.message, "transition_not_allowed");
    }
    const now = deps.now();

    if (body.action === "cancel" && appointment.referralId) {
      // A referral's appointment: the referral goes back to "accepted" in the same transaction.
      const found = await siteReferral(deps, principal.siteId, appointment.referralId);
      await actOnReferral(deps, {
        ...found,
        action: { type: "cancel-booking" },
        actor: { role: principal.role, id: principal.userId },
        cancellationReason: body.reason ?? "",
      });
      const after = await getAppointment(deps.db, deps.tableName, appointment.id);
      return {
        body: { appointment: toApiAppointment(after ?? appointment), offeredToWaitingList: false },
      };
    }
    if (body.action === "cancel") {
      const [site, patient] = await Promise.all([
        ownSite(deps, principal.siteId),
        getPatient(deps.db, deps.tableName, appointment.patientId),
      ]);
      const outcome = await cancelAppointment(deps.db, deps.tableName, {
        appointmentId: appointment.id,
        reason: body.reason ?? "",
        now,
        message: {
          id: randomUUID(),
          kind: "booking-cancelled-by-practice",
          channels: patient ? consentedChannels(patient.profile.consent) : [],
          text: patientMessages.bookingCancelledByPractice({
            siteName: site.name,
            when: londonWhen(new Date(appointment.start), now),
            channel: appointment.channel,
            bookingReference: appointment.bookingReference,
          }),
        },
      });
      switch (outcome.kind) {
        case "cancelled": {
          // The slot is free at once: the next patient waiting for this day is offered it.
          const slot = await getSlot(deps.db, deps.tableName, appointment.slotId);
          const offered = slot ? await offerToWaitingList(deps, slot, site, now) : false;
          return {
            body: {
              appointment: toApiAppointment(outcome.appointment),
              offeredToWaitingList: offered,
            },
          };
        }
        case "not-found":
          throw notHere();
        case "not-cancellable":
          throw refused(outcome.status, "cancel", appointment.channel);
        default: {
          const unknown: never = outcome;
          throw new Error(`unknown outcome ${JSON.stringify(unknown)}`);
        }
      }
    }

    const to = transition.to;
    if (to !== "arrived" && to !== "fulfilled" && to !== "noshow") {
      throw new Error(`unexpected attendance status ${to}`);
    }
    const outcome = await recordAttendance(deps.db, deps.tableName, { appointment, to, now });
    switch (outcome.kind) {
      case "done":
        return { body: { appointment: toApiAppointment(outcome.appointment) } };
      case "not-found":
        throw notHere();
      case "changed-meanwhile":
        throw refused(outcome.status, body.action, appointment.channel);
      default: {
        const unknown: never = outcome;
        throw new Error(`unknown outcome ${JSON.stringify(unknown)}`);
      }
    }
  };
}
