import { fhirIssueCodes } from "./openapi-responses.ts";
import type { ErrorStatus } from "./route-definition.ts";

/** Where the service's stable error codes (ErrorBody's `error.code`) are named in an issue. */
export const errorCodeSystem = "https://fhir.front-door.nhs.example/CodeSystem/error-code";

/** FHIR R4 issue types a field problem may name as its `code` (else it is "invalid"). */
const fieldIssueCodes = new Set(["invalid", "value", "required", "not-supported", "too-long"]);

interface ErrorBodyShape {
  error?: {
    code?: string;
    message?: string;
    fields?: { path: string; message: string; code?: string }[];
  };
}

/**
 * An error body (ErrorBody's shape) as a FHIR R4 OperationOutcome, for the FHIR routes: one
 * issue per field problem, its parameter in `expression`, or one issue for the whole request;
 * the service's stable error code in `details`.
 */
export function operationOutcomeOf(status: ErrorStatus | 405, errorBody: unknown) {
  const body = (errorBody ?? {}) as ErrorBodyShape;
  const code = status === 405 ? "not-supported" : (fhirIssueCodes[status] ?? "exception");
  const details = body.error?.code
    ? { details: { coding: [{ system: errorCodeSystem, code: body.error.code }] } }
    : {};
  const fields = body.error?.fields ?? [];
  const issue =
    fields.length > 0
      ? fields.map((field) => ({
          severity: "error" as const,
          code: field.code && fieldIssueCodes.has(field.code) ? field.code : code,
          ...details,
          diagnostics: `${field.path}: ${field.message}`,
          expression: [field.path],
        }))
      : [
          {
            severity: "error" as const,
            code,
            ...details,
            diagnostics: body.error?.message ?? "The request could not be answered",
          },
        ];
  return { resourceType: "OperationOutcome" as const, issue };
}
