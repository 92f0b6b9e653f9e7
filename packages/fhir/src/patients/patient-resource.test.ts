import { isValidNhsNumber } from "@front-door/domain";
import { describe, expect, it } from "vitest";
import { fhirValidatorErrors } from "../testing/fhir-validator.ts";
import { r4InvariantErrors } from "../testing/r4-invariants.ts";
import { r4SchemaErrors } from "../testing/r4-schema.ts";
import {
  nhsNumberVerificationStatusExtension,
  nhsNumberVerificationStatusSystem,
  type PatientForFhir,
  patientOf,
} from "./patient-resource.ts";

const tom: PatientForFhir = {
  id: "patient-tom",
  nhsNumber: "9990001383",
  name: { given: "Thomas", family: "Whitaker" },
  dateOfBirth: "1958-03-14",
  practice: { siteId: "site-armley", name: "Armley Neighbourhood Health Centre" },
  contact: { mobile: "07700 900123", email: "tom@example.com" },
};

function schemaAndRules(resource: unknown) {
  return [
    ...r4SchemaErrors(resource),
    ...fhirValidatorErrors(resource),
    ...r4InvariantErrors(resource),
  ];
}

// Compiling the R4 schema and the validator takes seconds on a busy machine: not the behaviour under test.
describe("a patient as a UK Core Patient", { timeout: 60_000 }, () => {
  it("passes the R4 schema, value sets and invariants, with and without the optional parts", () => {
    expect(schemaAndRules(patientOf(tom))).toEqual([]);
    expect(
      schemaAndRules(
        patientOf({ ...tom, practice: undefined, contact: { mobile: " ", email: "" } }),
      ),
    ).toEqual([]);
  });

  it("carries the NHS number under NHS England's system, verified, and nothing else as identifier", () => {
    const patient = patientOf(tom);
    expect(patient.meta?.profile).toEqual([
      "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient",
    ]);
    expect(patient.identifier).toHaveLength(1);
    const [identifier] = patient.identifier ?? [];
    expect(identifier?.system).toBe("https://fhir.nhs.uk/Id/nhs-number");
    expect(isValidNhsNumber(identifier?.value ?? "")).toBe(true);
    expect(identifier?.extension).toEqual([
      {
        url: nhsNumberVerificationStatusExtension,
        valueCodeableConcept: {
          coding: [
            {
              system: nhsNumberVerificationStatusSystem,
              code: "01",
              display: "Number present and verified",
            },
          ],
        },
      },
    ]);
  });

  it("names the practice as general practitioner and gives only the contact details there are", () => {
    const patient = patientOf(tom);
    expect(patient.generalPractitioner).toEqual([
      { reference: "Organization/site-armley", display: "Armley Neighbourhood Health Centre" },
    ]);
    expect(patient.name).toEqual([{ use: "official", family: "Whitaker", given: ["Thomas"] }]);
    expect(patient.telecom).toEqual([
      { system: "phone", value: "07700 900123", use: "mobile" },
      { system: "email", value: "tom@example.com", use: "home" },
    ]);
    const bare = patientOf({ ...tom, practice: undefined, contact: {} });
    expect(bare.telecom).toBeUndefined();
    expect(bare.generalPractitioner).toBeUndefined();
  });

  it("is caught by the validators when broken", () => {
    const patient = patientOf(tom);
    expect(schemaAndRules({ ...patient, birthDate: "14/03/1958" })).not.toEqual([]);
    expect(
      schemaAndRules({ ...patient, telecom: [{ system: "pager-ish", value: "1" }] }),
    ).not.toEqual([]);
    // cpt-2: a contact point with a value needs a system.
    expect(r4InvariantErrors({ ...patient, telecom: [{ value: "07700 900123" }] })).not.toEqual([]);
  });
});
