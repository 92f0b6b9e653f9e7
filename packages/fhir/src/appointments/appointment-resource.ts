import type { Appointment } from "@medplum/fhirtypes";
import { fhirSlotId } from "../directory/slot.ts";
import { localCoding } from "../identifiers.ts";
import { frontDoorSystem } from "../referral-resources.ts";
import { ukCoreProfile } from "../uk-core-profiles.ts";

/** The appointment statuses the store keeps: each is FHIR R4's appointmentstatus code. */
export type StoredAppointmentStatus = "booked" | "arrived" | "fulfilled" | "noshow" | "cancelled";

/** FHIR R4 appointmentstatus for each stored status (the names agree; this keeps them so). */
export const appointmentStatusOf: Readonly<
  Record<StoredAppointmentStatus, NonNullable<Appointment["status"]>>
> = {
  booked: "booked",
  arrived: "arrived",
  fulfilled: "fulfilled",
  noshow: "noshow",
  cancelled: "cancelled",
};

/** A store slot id as the Slot type's FHIR id (one encoding: directory/slot.ts). */
export const fhirSlotIdOf = fhirSlotId;

/** What the FHIR view of an appointment is made from: the stored appointment and its site. */
export interface AppointmentForFhir {
  id: string;
  bookingReference: string;
  slotId: string;
  patientId: string;
  site: { id: string; name: string };
  service: { code: string; name: string };
  start: string;
  end: string;
  status: StoredAppointmentStatus;
  bookedAt: string;
  /** The words given when it was cancelled (the patient's or staff's): inert text. */
  cancellationReason?: string | undefined;
  /** The self-referral it was booked for. */
  referralId?: string | undefined;
}

/**
 * An appointment as a UK Core Appointment: status from appointmentstatus, the slot it fills,
 * the patient and the site as participants, the service, and for a self-referral's booking
 * `basedOn` its ServiceRequest (as BaRS links a booking made after its referral).
 */
export function appointmentOf(a: AppointmentForFhir): Appointment & { id: string } {
  const status = appointmentStatusOf[a.status];
  return {
    resourceType: "Appointment",
    id: a.id,
    meta: { profile: [ukCoreProfile.Appointment] },
    identifier: [{ system: `${frontDoorSystem}/Id/booking-reference`, value: a.bookingReference }],
    status,
    ...(status === "cancelled" && a.cancellationReason?.trim()
      ? { cancelationReason: { text: a.cancellationReason } }
      : {}),
    // TODO: add the SNOMED CT coding beside the local one once the directory types' service
    // mapping (HealthcareService, Slot) is on main, so both say the same.
    serviceType: [
      { coding: [localCoding("service", a.service.code, a.service.name)], text: a.service.name },
    ],
    ...(a.referralId ? { basedOn: [{ reference: `ServiceRequest/${a.referralId}` }] } : {}),
    start: a.start,
    end: a.end,
    slot: [{ reference: `Slot/${fhirSlotIdOf(a.slotId)}` }],
    created: a.bookedAt,
    participant: [
      {
        actor: { reference: `Patient/${a.patientId}` },
        required: "required",
        status: "accepted",
      },
      {
        actor: { reference: `Location/${a.site.id}`, display: a.site.name },
        required: "required",
        status: "accepted",
      },
    ],
  };
}
