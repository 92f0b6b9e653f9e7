import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Appointment, PatientSummary, ServiceCode, Slot } from "@front-door/contracts";
import { effectiveSlotStatus, NotFound, toLondon } from "@front-door/domain";
import {
  type AppointmentRecord,
  getPatient,
  getSite,
  getSlot,
  type Patient,
  type Site,
  type SlotRecord,
} from "@front-door/store";
import { offerFreedSlot } from "../../same-day/handlers/waiting-list-offer.ts";

/** What every staff handler is given: the table and a clock. */
export interface StaffDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  now: () => Date;
}

/** The caller's own site. Its absence means the account is misconfigured, not a bad request. */
export async function ownSite(deps: StaffDeps, siteId: string): Promise<Site> {
  const site = await getSite(deps.db, deps.tableName, siteId);
  if (!site) throw new NotFound("We could not find the site your account belongs to");
  return site;
}

/** A slot at the caller's site. Another site's slot looks exactly like one that does not exist. */
export async function slotAtSite(deps: StaffDeps, slotId: string, siteId: string) {
  const slot = await getSlot(deps.db, deps.tableName, slotId);
  if (!slot || slot.siteId !== siteId) {
    throw new NotFound("There is no slot with that id at your site", [
      { path: "slotId", message: "Choose a slot from the day list" },
    ]);
  }
  return slot;
}

/** A slot as the API shows it, with its effective status: an expired hold shows as free. */
export function toApiSlot(slot: SlotRecord, now: Date): Slot {
  return {
    id: slot.id,
    templateId: slot.templateId,
    siteId: slot.siteId,
    service: slot.service as ServiceCode,
    channel: slot.channel,
    status: effectiveSlotStatus(slot, now),
    sameDayOnly: slot.sameDayOnly,
    start: slot.start,
    end: slot.end,
    localDate: slot.localDate,
    localStart: slot.localStart,
    localEnd: toLondon(slot.end).time,
    ...(slot.blockedReason ? { blockedReason: slot.blockedReason } : {}),
  };
}

export function toApiAppointment(appointment: AppointmentRecord): Appointment {
  return {
    id: appointment.id,
    slotId: appointment.slotId,
    patientId: appointment.patientId,
    status: appointment.status,
    channel: appointment.channel,
    start: appointment.start,
    end: appointment.end,
    localDate: appointment.localDate,
    localStart: appointment.localStart,
    siteId: appointment.siteId,
    service: appointment.service as ServiceCode,
    bookingReference: appointment.bookingReference,
    ...(appointment.cancellationReason
      ? { cancellationReason: appointment.cancellationReason }
      : {}),
  };
}

/** Name and communication needs: told once by the patient, shown to every team that serves them. */
export function patientSummary(patient: Patient): PatientSummary {
  const { profile } = patient;
  const c = profile.communication;
  return {
    id: patient.id,
    name: patient.name,
    ...(profile.preferredName ? { preferredName: profile.preferredName } : {}),
    communication: {
      ...(c.interpreterLanguage ? { interpreterLanguage: c.interpreterLanguage } : {}),
      britishSignLanguage: c.britishSignLanguage,
      easyRead: c.easyRead,
      largePrint: c.largePrint,
      ...(c.otherNeeds ? { otherNeeds: c.otherNeeds } : {}),
      ...(profile.accessibilityNeeds ? { accessibilityNeeds: profile.accessibilityNeeds } : {}),
      ...(profile.carer
        ? {
            carer: {
              kind: profile.carer.kind,
              name: profile.carer.name,
              mayActOnMyBehalf: profile.carer.mayActOnMyBehalf,
            },
          }
        : {}),
    },
  };
}

/** Loads each patient once, however many of their appointments or requests a list holds. */
export function patientCache(deps: StaffDeps) {
  const loaded = new Map<string, Promise<Patient | undefined>>();
  return (patientId: string) => {
    let patient = loaded.get(patientId);
    if (!patient) {
      patient = getPatient(deps.db, deps.tableName, patientId);
      loaded.set(patientId, patient);
    }
    return patient;
  };
}

/** Offers a freed slot to the day's waiting list (see waiting-list-offer.ts). */
export function offerToWaitingList(
  deps: StaffDeps,
  slot: SlotRecord,
  site: Site,
  now: Date,
): Promise<boolean> {
  return offerFreedSlot(deps, slot, site.name, now);
}
