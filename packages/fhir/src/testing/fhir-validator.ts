import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

interface FhirJs {
  validate(
    resource: unknown,
    options: Record<string, unknown>,
  ): { valid: boolean; messages: { location?: string; severity: string; message: string }[] };
}

let fhir: FhirJs | undefined;

/**
 * FHIR.js's validator (the `fhir` package, R4 definitions): checks cardinality and every code
 * against its bound value set (e.g. ServiceRequest.status in request-status, priority in
 * request-priority), which the JSON schema leaves as plain strings. Errors only.
 */
export function fhirValidatorErrors(resource: unknown): string[] {
  if (!fhir) {
    const { Fhir } = require("fhir") as { Fhir: new () => FhirJs };
    fhir = new Fhir();
  }
  return fhir
    .validate(resource, {})
    .messages.filter((m) => m.severity === "error")
    .map((m) => `${m.location ?? ""}: ${m.message}`);
}
