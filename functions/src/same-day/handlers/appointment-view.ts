import type { MyAppointment, ServiceCode } from "@front-door/contracts";
import { londonWhen } from "@front-door/domain";
import type { AppointmentRecord, Site } from "@front-door/store";

type SiteNames = Pick<Site, "id" | "name" | "phone">;

/** An appointment as its patient sees it, with the site's name and phone. */
export function toMyAppointment(
  appointment: AppointmentRecord,
  site: SiteNames | undefined,
): MyAppointment {
  return {
    id: appointment.id,
    status: appointment.status,
    bookingReference: appointment.bookingReference,
    service: appointment.service as ServiceCode,
    channel: appointment.channel,
    site: site
      ? { id: site.id, name: site.name, phone: site.phone }
      : { id: appointment.siteId, name: appointment.siteId },
    start: appointment.start,
    end: appointment.end,
    localDate: appointment.localDate,
    localStart: appointment.localStart,
    when: londonWhen(new Date(appointment.start)),
    ...(appointment.cancellationReason
      ? { cancellationReason: appointment.cancellationReason }
      : {}),
    ...(appointment.referralId
      ? {
          referral: {
            id: appointment.referralId,
            reference: appointment.referralReference ?? "",
          },
        }
      : {}),
  };
}
