import { appointmentType } from "./appointment-type.ts";
import type { FhirResourceType } from "./fhir-resource-type.ts";
import { healthcareServiceType } from "./healthcare-service-type.ts";
import {
  carePlanType,
  communicationType,
  documentReferenceType,
  taskType,
} from "./journey-types.ts";
import { locationType } from "./location-type.ts";
import { organizationType } from "./organization-type.ts";
import { patientType } from "./patient-type.ts";
import { questionnaireType } from "./questionnaire-type.ts";
import { questionnaireResponseType, serviceRequestType } from "./referral-types.ts";
import { scheduleType } from "./schedule-type.ts";
import { slotType } from "./slot-type.ts";

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
  organizationType,
  locationType,
  healthcareServiceType,
  scheduleType,
  slotType,
  questionnaireType,
];

export function fhirResourceType(type: string): FhirResourceType | undefined {
  return fhirResourceTypes.find((t) => t.type === type);
}
