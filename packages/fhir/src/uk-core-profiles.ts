/**
 * The UK Core (HL7 UK, R4) profiles Front Door's patient-level resources claim in meta.profile.
 * Each exists in UK Core STU3 (fhir.hl7.org.uk/StructureDefinition); a type with no UK Core
 * profile claims none.
 */
export const ukCoreProfile = {
  Patient: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient",
  Appointment: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Appointment",
  ServiceRequest: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-ServiceRequest",
  QuestionnaireResponse: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-QuestionnaireResponse",
} as const;
