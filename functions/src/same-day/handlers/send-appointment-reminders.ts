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
import { tryPiece } from "../../job-run.ts";

export interface RemindersDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  now: () => Date;
}

/**
 * The evening before: every appointment still booked for tomorrow (London dates) gets one
 * reminder by the channels the patient agrees to today, so they can cancel in time for someone
 * else to have it. Reads each site's day list for tomorrow — the cost follows tomorrow's slots,
 * not the history of bookings — and is safe to re-run: an appointment is reminded once. One the
 * store could not write (busy or unreachable after its retries) is counted in `failed`, not
 * skipped in silence, and the next run reminds it.
 */
export async function sendAppointmentReminders(
  deps: RemindersDeps,
): Promise<{ localDate: string; sites: number; reminded: number; failed: number }> {
  const now = deps.now();
  const localDate = addDays(londonToday(now), 1);
  let sites = 0;
  let reminded = 0;
  const tally = { failed: 0 };
  for (const icb of await listIcbs(deps.db, deps.tableName)) {
    const icbSites = await tryPiece(tally, () => sitesOfIcb(deps.db, deps.tableName, icb.id));
    for (const site of icbSites ?? []) {
      sites += 1;
      const day = await tryPiece(tally, () =>
        slotsOfDay(deps.db, deps.tableName, site.id, localDate),
      );
      const booked = (day ?? []).filter((slot) => slot.status === "busy" && slot.appointmentId);
      for (const slot of booked) {
        const sent = await tryPiece(tally, () =>
          remind(deps, site.name, slot.appointmentId as string, now),
        );
        if (sent) reminded += 1;
      }
    }
  }
  return { localDate, sites, reminded, failed: tally.failed };
}

/** Writes one appointment's reminder; false when it is no longer booked or was reminded. */
async function remind(
  deps: RemindersDeps,
  siteName: string,
  appointmentId: string,
  now: Date,
): Promise<boolean> {
  const appointment = await getAppointment(deps.db, deps.tableName, appointmentId);
  if (appointment?.status !== "booked" || appointment.reminderSentAt) return false;
  const patient = await getPatient(deps.db, deps.tableName, appointment.patientId);
  return remindOfAppointment(deps.db, deps.tableName, {
    appointment,
    now,
    message: {
      id: randomUUID(),
      kind: "appointment-reminder",
      channels: patient ? consentedChannels(patient.profile.consent) : [],
      text: patientMessages.appointmentReminder({
        siteName,
        when: londonWhen(new Date(appointment.start)),
        channel: appointment.channel,
        bookingReference: appointment.bookingReference,
      }),
    },
  });
}
