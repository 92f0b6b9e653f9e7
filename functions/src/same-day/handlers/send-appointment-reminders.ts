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
import { type IcbShare, type ShareResult, walkShare } from "../../job-fan-out.ts";
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
export interface RemindersResult {
  localDate: string;
  sites: number;
  reminded: number;
  failed: number;
}

/** Every ICB in turn, in one call: for tests and small deployments (see job-fan-out.ts). */
export async function sendAppointmentReminders(deps: RemindersDeps): Promise<RemindersResult> {
  const at = deps.now().toISOString();
  const total: RemindersResult = {
    localDate: addDays(londonToday(deps.now()), 1),
    sites: 0,
    reminded: 0,
    failed: 0,
  };
  for (const icb of await listIcbs(deps.db, deps.tableName)) {
    const share = await sendAppointmentRemindersOfIcb(deps, { icbId: icb.id, at }, () => true);
    total.sites += share.sites;
    total.reminded += share.reminded;
    total.failed += share.failed;
  }
  return total;
}

/**
 * One ICB's share: its sites in order (walkShare), until `timeLeft` says stop — then
 * `resumeAfter` names the last site done, for a fresh invocation to go on from.
 */
export async function sendAppointmentRemindersOfIcb(
  deps: RemindersDeps,
  share: IcbShare,
  timeLeft: () => boolean,
): Promise<ShareResult<RemindersResult>> {
  const now = new Date(share.at);
  const localDate = addDays(londonToday(now), 1);
  const result: ShareResult<RemindersResult> = { localDate, sites: 0, reminded: 0, failed: 0 };
  const icbSites = await tryPiece(result, () => sitesOfIcb(deps.db, deps.tableName, share.icbId));
  const walked = await walkShare(icbSites ?? [], share, timeLeft, async (site) => {
    const day = await tryPiece(result, () =>
      slotsOfDay(deps.db, deps.tableName, site.id, localDate),
    );
    const booked = (day ?? []).filter((slot) => slot.status === "busy" && slot.appointmentId);
    for (const slot of booked) {
      const sent = await tryPiece(result, () =>
        remind(deps, site.name, slot.appointmentId as string, now),
      );
      if (sent) result.reminded += 1;
    }
  });
  Object.assign(result, walked);
  return result;
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
