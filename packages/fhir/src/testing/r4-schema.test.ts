import { describe, expect, it } from "vitest";
import { fhirValidatorErrors } from "./fhir-validator.ts";
import { r4SchemaErrors } from "./r4-schema.ts";

/** The two checks the FHIR output is tested with, shown to catch what they are relied on for. */
// Compiling the R4 schema and the validator takes seconds on a busy machine: not the behaviour under test.
describe("the FHIR R4 checks", { timeout: 60_000 }, () => {
  const valid = {
    resourceType: "ServiceRequest",
    status: "active",
    intent: "order",
    subject: { reference: "Patient/p1" },
  };

  it("both accept a minimal valid ServiceRequest", () => {
    expect(r4SchemaErrors(valid)).toEqual([]);
    expect(fhirValidatorErrors(valid)).toEqual([]);
  });

  it("the schema refuses a missing subject and an unknown element", () => {
    const { subject: _s, ...noSubject } = valid;
    expect(r4SchemaErrors(noSubject).length).toBeGreaterThan(0);
    expect(r4SchemaErrors({ ...valid, colour: "blue" }).length).toBeGreaterThan(0);
  });

  it("the validator refuses codes outside their value sets", () => {
    expect(fhirValidatorErrors({ ...valid, status: "accepted" })).toEqual([
      'ServiceRequest.status: Code "accepted" not found in value set',
    ]);
    expect(fhirValidatorErrors({ ...valid, priority: "soon" }).length).toBe(1);
    expect(
      fhirValidatorErrors({
        resourceType: "QuestionnaireResponse",
        status: "completed",
      }),
    ).toEqual([]);
    expect(
      fhirValidatorErrors({ resourceType: "QuestionnaireResponse", status: "sent" }).length,
    ).toBe(1);
  });
});
