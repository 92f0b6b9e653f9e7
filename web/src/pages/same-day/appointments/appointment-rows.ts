import type { MyAppointment } from "@front-door/contracts";
import { h } from "../../../lib/dom.ts";
import { appointmentWhen } from "../../../lib/format.ts";
import { appointmentStatusTags, channelLabels } from "../../../lib/same-day.ts";

function statusTag(appointment: MyAppointment): HTMLElement {
  const tag = appointmentStatusTags[appointment.status];
  return h("strong", { class: `nhsuk-tag nhsuk-tag--${tag.colour}` }, tag.text);
}

/** An appointment as summary-list rows: on Your appointments and on the cancel page alike. */
export function appointmentRows(appointment: MyAppointment) {
  return [
    { key: "When", value: appointmentWhen(appointment) },
    { key: "How", value: channelLabels[appointment.channel] },
    { key: "Where", value: appointment.site.name },
    { key: "Booking reference", value: appointment.bookingReference },
    { key: "Status", value: statusTag(appointment) },
    ...(appointment.cancellationReason
      ? [{ key: "Reason for cancelling", value: appointment.cancellationReason }]
      : []),
  ];
}
