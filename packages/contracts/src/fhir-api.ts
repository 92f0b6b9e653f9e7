import * as z from "zod/mini";

/**
 * The resource types the generic FHIR read serves, one a line (functions/src/fhir/handlers/
 * fhir-registry.ts serves each; a test keeps the lists equal).
 */
export const fhirReadTypes = [
  "CarePlan",
  "Task",
  "Communication",
  "DocumentReference",
  "Patient",
  "Appointment",
  "ServiceRequest",
  "QuestionnaireResponse",
] as const;
export type FhirReadType = (typeof fhirReadTypes)[number];

export const FhirReadParams = z.object({
  resourceType: z.enum(fhirReadTypes),
  // FHIR's id datatype: letters, digits, "-" and ".", at most 64.
  id: z
    .string()
    .check(z.regex(/^[A-Za-z0-9.-]{1,64}$/, "Enter a FHIR id: letters, digits, - or .")),
});
export type FhirReadParams = z.infer<typeof FhirReadParams>;

/**
 * A resource of one of those types. Its full shape is FHIR R4's (tested against HL7's schema
 * and a FHIR validator); the document promises what a client switches on.
 */
export const FhirReadResource = z.looseObject({
  resourceType: z.enum(fhirReadTypes),
  id: z.string(),
});

/** FHIR's error body: what a FHIR read answers when there is nothing the caller may see. */
export const FhirOperationOutcome = z.looseObject({
  resourceType: z.literal("OperationOutcome"),
  issue: z.array(
    z.looseObject({
      severity: z.enum(["fatal", "error", "warning", "information"]),
      code: z.string(),
    }),
  ),
});
export type FhirOperationOutcome = z.infer<typeof FhirOperationOutcome>;
