import { appointmentType } from "./appointment-type.ts";
import type { FhirResourceType } from "./fhir-resource-type.ts";
import {
  carePlanType,
  communicationType,
  documentReferenceType,
  taskType,
} from "./journey-types.ts";
import { patientType } from "./patient-type.ts";
import { questionnaireResponseType, serviceRequestType } from "./referral-types.ts";

/**
 * Every resource type the FHIR API serves, one entry a line. The read route's `resourceType`
 * (contracts' fhirReadTypes) lists the same names; a test keeps the two lists equal.
 */
export const fhirResourceTypes: readonly FhirResourceType[] = [
  carePlanType,
  taskType,
  communicationType,
  documentReferenceType,
  patientType,
  appointmentType,
  serviceRequestType,
  questionnaireResponseType,
];

export function fhirResourceType(type: string): FhirResourceType | undefined {
  return fhirResourceTypes.find((t) => t.type === type);
}
