import type { routes } from "@front-door/contracts";
import { Conflict, londonToday, NotFound } from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import { getAppointment, getPatient } from "@front-door/store";
import { toMyAppointment } from "./appointment-view.ts";
import {
  laterTimesAsked,
  type SitesNearDeps,
  sameDaySitesNear,
  siteFor,
} from "./same-day-slots.ts";

/**
 * The times one of the caller's booked appointments could change to: today's free same-day
 * times near them, as the booking journey lists them (their practice first, then the nearest
 * others). The appointment's own time is booked, so it is never among them. Holding one and
 * posting it to .../change swaps the two. Another patient's appointment is "not found", as a
 * missing one is. With a site and `after`, that site's later times only (its "Show later times").
 */
export function makeMyAppointmentSlots(
  deps: SitesNearDeps,
): RouteHandler<typeof routes.myAppointmentSlots> {
  return async ({ principal, params, query }) => {
    const now = deps.now();
    const appointment = await getAppointment(deps.db, deps.tableName, params.appointmentId);
    if (!appointment || appointment.patientId !== principal.patientId) {
      throw new NotFound("We could not find that appointment");
    }
    if (appointment.status !== "booked") {
      throw new Conflict(
        `This appointment cannot be changed: it is ${appointment.status}. Book a new appointment instead.`,
        "not_cancellable",
      );
    }
    const [patient, appointmentSite] = await Promise.all([
      getPatient(deps.db, deps.tableName, principal.patientId),
      siteFor(deps, appointment.siteId),
    ]);
    // Near the patient's own practice, as when they booked; failing that, near the appointment.
    const registered = patient?.registeredSiteId
      ? await siteFor(deps, patient.registeredSiteId)
      : undefined;
    const home = registered ?? appointmentSite;
    const later = laterTimesAsked(query);
    const sites = home ? await sameDaySitesNear(deps, home, now, later) : [];
    return {
      body: {
        appointment: toMyAppointment(appointment, appointmentSite),
        localDate: londonToday(now),
        sites,
        ...(sites.length === 0
          ? {
              message:
                "There are no other same-day times free near you today. Your appointment has not changed.",
            }
          : {}),
      },
    };
  };
}
