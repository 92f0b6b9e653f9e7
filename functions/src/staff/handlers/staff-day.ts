import type { routes, StaffDaySlot } from "@front-door/contracts";
import { londonToday } from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import { getAppointment, slotsOfDay } from "@front-door/store";
import {
  ownSite,
  patientCache,
  patientSummary,
  type StaffDeps,
  toApiSlot,
} from "./staff-shared.ts";

/**
 * The day list: every slot of one day at the caller's own site in time order, and for booked
 * ones the appointment and the patient's name and communication needs. Patient data, so the
 * site comes from the token only.
 */
export function makeStaffDay(deps: StaffDeps): RouteHandler<typeof routes.staffDay> {
  return async ({ principal, query }) => {
    const now = deps.now();
    const date = query.date ?? londonToday(now);
    const [site, records] = await Promise.all([
      ownSite(deps, principal.siteId),
      slotsOfDay(deps.db, deps.tableName, principal.siteId, date),
    ]);
    const patientOf = patientCache(deps);
    const slots: StaffDaySlot[] = await Promise.all(
      records.map(async (record) => {
        const slot = toApiSlot(record, now);
        if (!record.appointmentId) return slot;
        const appointment = await getAppointment(deps.db, deps.tableName, record.appointmentId);
        if (!appointment) return slot;
        const patient = await patientOf(appointment.patientId);
        return {
          ...slot,
          appointment: {
            id: appointment.id,
            status: appointment.status,
            bookingReference: appointment.bookingReference,
            channel: appointment.channel,
            bookedBy: appointment.bookedBy,
            ...(patient ? { patient: patientSummary(patient) } : {}),
          },
        };
      }),
    );
    return { body: { site: { id: site.id, name: site.name }, date, slots } };
  };
}
