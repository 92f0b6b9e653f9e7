import { randomUUID } from "node:crypto";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import {
  addDays,
  consentedChannels,
  londonToday,
  londonWhen,
  patientMessages,
} from "@front-door/domain";
import {
  getAppointment,
  getPatient,
  listIcbs,
  remindOfAppointment,
  sitesOfIcb,
  slotsOfDay,
} from "@front-door/store";

export interface RemindersDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  now: () => Date;
}

/**
 * The evening before: every appointment still booked for tomorrow (London dates) gets one
 * reminder by the channels the patient agrees to today, so they can cancel in time for someone
 * else to have it. Reads each site's day list for tomorrow — the cost follows tomorrow's slots,
 * not the history of bookings — and is safe to re-run: an appointment is reminded once.
 */
export async function sendAppointmentReminders(
  deps: RemindersDeps,
): Promise<{ localDate: string; sites: number; reminded: number }> {
  const now = deps.now();
  const localDate = addDays(londonToday(now), 1);
  let sites = 0;
  let reminded = 0;
  for (const icb of await listIcbs(deps.db, deps.tableName)) {
    for (const site of await sitesOfIcb(deps.db, deps.tableName, icb.id)) {
      sites += 1;
      const booked = (await slotsOfDay(deps.db, deps.tableName, site.id, localDate)).filter(
        (slot) => slot.status === "busy" && slot.appointmentId,
      );
      for (const slot of booked) {
        const appointment = await getAppointment(
          deps.db,
          deps.tableName,
          slot.appointmentId as string,
        );
        if (appointment?.status !== "booked" || appointment.reminderSentAt) continue;
        const patient = await getPatient(deps.db, deps.tableName, appointment.patientId);
        const sent = await remindOfAppointment(deps.db, deps.tableName, {
          appointment,
          now,
          message: {
            id: randomUUID(),
            kind: "appointment-reminder",
            channels: patient ? consentedChannels(patient.profile.consent) : [],
            text: patientMessages.appointmentReminder({
              siteName: site.name,
              when: londonWhen(new Date(appointment.start)),
              channel: appointment.channel,
              bookingReference: appointment.bookingReference,
            }),
          },
        });
        if (sent) reminded += 1;
      }
    }
  }
  return { localDate, sites, reminded };
}
