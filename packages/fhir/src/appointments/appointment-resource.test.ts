import { describe, expect, it } from "vitest";
import { fhirValidatorErrors } from "../testing/fhir-validator.ts";
import { r4InvariantErrors } from "../testing/r4-invariants.ts";
import { r4SchemaErrors } from "../testing/r4-schema.ts";
import {
  type AppointmentForFhir,
  appointmentOf,
  fhirSlotIdOf,
  type StoredAppointmentStatus,
} from "./appointment-resource.ts";

const booked: AppointmentForFhir = {
  id: "appt-1",
  bookingReference: "BK2345CD",
  slotId: "site-armley_physiotherapy_in-person_20261210_0930_0",
  patientId: "patient-tom",
  site: { id: "site-armley", name: "Armley Neighbourhood Health Centre" },
  service: { code: "physiotherapy", name: "Physiotherapy (muscles, bones and joints)" },
  start: "2026-12-10T09:30:00.000Z",
  end: "2026-12-10T09:50:00.000Z",
  status: "booked",
  bookedAt: "2026-12-08T10:00:00.000Z",
};

function schemaAndRules(resource: unknown) {
  return [
    ...r4SchemaErrors(resource),
    ...fhirValidatorErrors(resource),
    ...r4InvariantErrors(resource),
  ];
}

// Compiling the R4 schema and the validator takes seconds on a busy machine: not the behaviour under test.
describe("an appointment as a UK Core Appointment", { timeout: 60_000 }, () => {
  it.each<StoredAppointmentStatus>(["booked", "arrived", "fulfilled", "noshow", "cancelled"])(
    "%s: passes the R4 schema, value sets and invariants with the same FHIR status",
    (status) => {
      const appointment = appointmentOf({
        ...booked,
        status,
        cancellationReason: "Feeling better",
      });
      expect(schemaAndRules(appointment)).toEqual([]);
      expect(appointment.status).toBe(status);
      // app-4: a cancelation reason only on a cancelled appointment.
      expect(appointment.cancelationReason).toEqual(
        status === "cancelled" ? { text: "Feeling better" } : undefined,
      );
    },
  );

  it("references its slot, patient, site and, for a referral's booking, the ServiceRequest", () => {
    const appointment = appointmentOf({ ...booked, referralId: "ref-1" });
    expect(appointment.meta?.profile).toEqual([
      "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Appointment",
    ]);
    expect(appointment.slot).toEqual([
      { reference: "Slot/site-armley.physiotherapy.in-person.20261210.0930.0" },
    ]);
    expect(appointment.participant?.map((p) => p.actor?.reference)).toEqual([
      "Patient/patient-tom",
      "Location/site-armley",
    ]);
    expect(appointment.basedOn).toEqual([{ reference: "ServiceRequest/ref-1" }]);
    expect(appointment.serviceType?.[0]?.coding?.[0]?.code).toBe("physiotherapy");
    expect(appointmentOf(booked).basedOn).toBeUndefined();
    expect(schemaAndRules(appointment)).toEqual([]);
  });

  it("gives every store slot id a valid FHIR id, one to one", () => {
    const id = fhirSlotIdOf(booked.slotId);
    expect(id).toMatch(/^[A-Za-z0-9\-.]{1,64}$/);
    expect(fhirSlotIdOf("site-york-clifton_same-day-gp_telephone_20261208_1610_2")).not.toBe(
      fhirSlotIdOf("site-york-clifton_same-day-gp_telephone_20261208_1610_3"),
    );
  });

  it("is caught by the validators when broken", () => {
    const appointment = appointmentOf(booked);
    expect(fhirValidatorErrors({ ...appointment, status: "confirmed" })).not.toEqual([]);
    // app-2: start and end come together.
    const { end: _end, ...noEnd } = appointment;
    expect(r4InvariantErrors(noEnd)).not.toEqual([]);
    // app-4: a cancelation reason on a booked appointment.
    expect(r4InvariantErrors({ ...appointment, cancelationReason: { text: "x" } })).not.toEqual([]);
    expect(r4SchemaErrors({ ...appointment, start: "10 December, 9:30" })).not.toEqual([]);
  });
});
