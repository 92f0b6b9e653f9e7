import { FhirOperationOutcome, FhirReadParams, FhirReadResource } from "../fhir-api.ts";
import type { RouteDefinition } from "../route-definition.ts";

/**
 * One read for the FHIR R4 views the PHB and advice journeys add: one function for four types,
 * as the stack is near CloudFormation's resource limit. Each is read as its record is: a PHB
 * application's by its applicant and its ICB's PHB team, an advice request's by the patient
 * who asked and staff of its practice.
 */
export const fhirRead = {
  id: "fhir-read",
  method: "GET",
  path: "/api/fhir/{resourceType}/{id}",
  handler: "fhir/fhir-read",
  summary:
    "A FHIR R4 CarePlan or Task of a personal health budget, or a Task, Communication or DocumentReference of an online GP advice request",
  description:
    "CarePlan/{applicationId}: a PHB application's care and support plan (the latest agreed version, else the draft). Task/phb-{applicationId}: the application's progress. Task/advice-{requestId}: an advice request; Communication/{requestId}-{n}: one message of its thread; DocumentReference/{documentId}: an attached document's metadata and download route. For the applicant or their ICB's PHB team, or the patient who asked or their practice's staff; anyone else gets a 404 with an OperationOutcome. Served as application/fhir+json.",
  access: ["patient", "phb-team", "receptionist", "clinician"],
  table: "read",
  errors: { bodies: { 404: FhirOperationOutcome } },
  request: { params: FhirReadParams },
  response: {
    status: 200,
    schema: FhirReadResource,
    description: "The FHIR R4 resource",
    mediaType: "application/fhir+json",
  },
} as const satisfies RouteDefinition;

export const fhirRoutes = { fhirRead } as const;
