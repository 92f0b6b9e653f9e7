import type {
  CarePlan,
  Communication,
  DocumentReference,
  OperationOutcome,
  Task,
} from "@medplum/fhirtypes";

/** FHIR's answer when there is nothing by that id the caller may see (absent or not theirs). */
export function notFoundOutcome(diagnostics: string): OperationOutcome {
  return {
    resourceType: "OperationOutcome",
    issue: [{ severity: "error", code: "not-found", diagnostics }],
  };
}

/** A resource the generic FHIR read serves (the PHB and advice journeys' types). */
export type JourneyResource = (CarePlan | Task | Communication | DocumentReference) & {
  id: string;
};

/** Any FHIR R4 resource Front Door serves. */
export type { Resource as FhirResource } from "@medplum/fhirtypes";
