import {
  loadQuestionnaire,
  type ReferralStatus,
  selfReferralServices,
  toQuestionnaireResponse,
} from "@front-door/domain";
import { describe, expect, it } from "vitest";
import { typicalAnswers } from "../../domain/src/referrals/catalogue/testing.ts";
import {
  questionnaireResponseOf,
  type ReferralForFhir,
  serviceRequestOf,
} from "./referral-resources.ts";
import { fhirValidatorErrors } from "./testing/fhir-validator.ts";
import { r4InvariantErrors } from "./testing/r4-invariants.ts";
import { r4SchemaErrors } from "./testing/r4-schema.ts";

const authored = new Date("2026-12-08T10:00:00Z");

function referralFor(serviceIndex: number, extra: Partial<ReferralForFhir> = {}): ReferralForFhir {
  const service = selfReferralServices[serviceIndex];
  if (!service) throw new Error("no service");
  const questionnaire = loadQuestionnaire(service.questionnaire);
  return {
    id: `ref-${service.id}`,
    reference: "ABCD2345",
    status: "active",
    serviceId: service.id,
    serviceCode: service.serviceCode,
    serviceName: service.name,
    siteId: service.siteId,
    siteName: "Armley Neighbourhood Health Centre",
    patient: { id: "patient-tom", nhsNumber: "9990001383", name: "Thomas Whitaker" },
    submittedAt: authored.toISOString(),
    updatedAt: authored.toISOString(),
    response: toQuestionnaireResponse(
      questionnaire,
      typicalAnswers[questionnaire.id] ?? {},
      authored,
    ),
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    ...extra,
  };
}

function expectValid(resource: unknown) {
  expect(r4SchemaErrors(resource)).toEqual([]);
  expect(fhirValidatorErrors(resource)).toEqual([]);
  expect(r4InvariantErrors(resource)).toEqual([]);
}

// Compiling the R4 schema and the validator takes seconds on a busy machine: not the behaviour under test.
describe("a self-referral as FHIR R4", { timeout: 60_000 }, () => {
  it.each(selfReferralServices.map((s, i) => [s.id, i] as const))(
    "%s: ServiceRequest and QuestionnaireResponse pass the R4 schema, value sets and invariants",
    (_id, index) => {
      const referral = referralFor(index);
      expectValid(serviceRequestOf(referral));
      expectValid(questionnaireResponseOf(referral));
    },
  );

  it.each<[string, Partial<ReferralForFhir>]>([
    ["accepted as urgent", { status: "active", priority: "urgent" }],
    ["waiting for information", { status: "on-hold", priority: "routine" }],
    [
      "rejected",
      {
        status: "revoked",
        rejection: {
          reasonCode: "needs-gp-assessment",
          reason: "Your GP needs to see you first.",
          signpost: "Contact your GP practice.",
        },
      },
    ],
    ["completed", { status: "completed" as ReferralStatus, priority: "routine" }],
  ])("stays valid when %s", (_what, extra) => {
    const request = serviceRequestOf(referralFor(0, extra));
    expectValid(request);
    expect(request.status).toBe(extra.status);
  });

  it("identifies the patient by NHS number and links the answers to the request", () => {
    const referral = referralFor(0);
    const request = serviceRequestOf(referral);
    expect(request.subject.identifier).toEqual({
      system: "https://fhir.nhs.uk/Id/nhs-number",
      value: "9990001383",
    });
    expect(request.supportingInfo).toEqual([{ reference: `QuestionnaireResponse/${referral.id}` }]);
    expect(request.performer?.[0]?.reference).toBe(
      `HealthcareService/${referral.siteId}.${referral.serviceCode}`,
    );
    expect(questionnaireResponseOf(referral).basedOn).toEqual([
      { reference: `ServiceRequest/${referral.id}` },
    ]);
  });

  it("claims UK Core and, while booked, points to its appointment as supporting information", () => {
    const referral = referralFor(0, { appointmentId: "appt-1" });
    const request = serviceRequestOf(referral);
    expectValid(request);
    expect(request.meta?.profile).toEqual([
      "https://fhir.hl7.org.uk/StructureDefinition/UKCore-ServiceRequest",
    ]);
    expect(request.supportingInfo).toEqual([
      { reference: `QuestionnaireResponse/${referral.id}` },
      { reference: "Appointment/appt-1", display: "The booked appointment" },
    ]);
    expect(questionnaireResponseOf(referral).meta?.profile).toEqual([
      "https://fhir.hl7.org.uk/StructureDefinition/UKCore-QuestionnaireResponse",
    ]);
  });

  it("would be caught by the checks if a status slipped outside its value set", () => {
    const wrong = { ...serviceRequestOf(referralFor(0)), status: "rejected" };
    expect(fhirValidatorErrors(wrong).length).toBeGreaterThan(0);
  });
});
