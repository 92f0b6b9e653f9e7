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
  "Organization",
  "Location",
  "HealthcareService",
  "Schedule",
  "Slot",
  "Questionnaire",
] as const;
export type FhirReadType = (typeof fhirReadTypes)[number];

/**
 * The resource types the FHIR search serves, one a line: those in the registry with a
 * `search` (a test keeps the lists equal).
 */
export const fhirSearchTypes = [
  "Organization",
  "Location",
  "HealthcareService",
  "Schedule",
  "Slot",
  "Questionnaire",
  "Patient",
  "Appointment",
  "ServiceRequest",
  "CarePlan",
  "Task",
  "Communication",
  "DocumentReference",
] as const;
export type FhirSearchType = (typeof fhirSearchTypes)[number];

// FHIR's id datatype: letters, digits, "-" and ".", at most 64.
const fhirId = z
  .string()
  .check(z.regex(/^[A-Za-z0-9.-]{1,64}$/, "Enter a FHIR id: letters, digits, - or ."));

export const FhirReadParams = z.object({
  resourceType: z.enum(fhirReadTypes),
  id: fhirId,
});
export type FhirReadParams = z.infer<typeof FhirReadParams>;

export const FhirSearchParams = z.object({ resourceType: z.enum(fhirSearchTypes) });
export type FhirSearchParams = z.infer<typeof FhirSearchParams>;

/** Largest page a search answers; `_count` above it is refused, not quietly cut. */
export const fhirMaxCount = 100;
export const fhirDefaultCount = 20;

/**
 * The search parameters every type shares. Each type's own (listed in /api/fhir/metadata) are
 * checked by the search itself: an unknown one is refused (handling=strict), a malformed one
 * answered 400 naming it in `issue.expression`.
 */
export const FhirSearchQuery = z.looseObject({
  _count: z.optional(
    z
      .string()
      .check(
        z.regex(/^(100|[1-9]\d?)$/, `_count must be a whole number from 1 to ${fhirMaxCount}`),
      ),
  ),
  _page: z.optional(
    z
      .string()
      .check(
        z.regex(
          /^[A-Za-z0-9_-]{1,400}\.[A-Za-z0-9_-]{1,100}$/,
          "_page must be the position a previous page's next link gave",
        ),
      ),
  ),
});

/**
 * A resource of one of those types. Its full shape is FHIR R4's (tested against HL7's schema
 * and a FHIR validator); the document promises what a client switches on.
 */
export const FhirReadResource = z.looseObject({
  resourceType: z.enum(fhirReadTypes),
  id: z.string(),
});

/** A page of search results: a FHIR R4 `searchset` Bundle. */
export const FhirSearchBundle = z.looseObject({
  resourceType: z.literal("Bundle"),
  type: z.literal("searchset"),
  total: z.optional(z.number()),
  link: z.array(z.looseObject({ relation: z.enum(["self", "next"]), url: z.string() })),
  entry: z.optional(
    z.array(
      z.looseObject({
        fullUrl: z.string(),
        resource: z.looseObject({ resourceType: z.enum(fhirSearchTypes), id: z.string() }),
        search: z.looseObject({ mode: z.literal("match") }),
      }),
    ),
  ),
});

/** What /api/fhir/metadata answers: the server's FHIR R4 CapabilityStatement. */
export const FhirCapabilityStatement = z.looseObject({
  resourceType: z.literal("CapabilityStatement"),
  status: z.literal("active"),
  kind: z.literal("instance"),
  fhirVersion: z.literal("4.0.1"),
  format: z.array(z.string()),
  rest: z.array(
    z.looseObject({
      mode: z.literal("server"),
      resource: z.array(z.looseObject({ type: z.string() })),
    }),
  ),
});

/** FHIR's error body: what a FHIR route answers for every error (route errorFormat "fhir"). */
export const FhirOperationOutcome = z.looseObject({
  resourceType: z.literal("OperationOutcome"),
  issue: z.array(
    z.looseObject({
      severity: z.enum(["fatal", "error", "warning", "information"]),
      code: z.string(),
      diagnostics: z.optional(z.string()),
      expression: z.optional(z.array(z.string())),
    }),
  ),
});
export type FhirOperationOutcome = z.infer<typeof FhirOperationOutcome>;
