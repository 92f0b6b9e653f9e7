import {
  FhirCapabilityStatement,
  FhirReadParams,
  FhirReadResource,
  FhirSearchBundle,
  FhirSearchParams,
  FhirSearchQuery,
} from "../fhir-api.ts";
import type { RouteDefinition } from "../route-definition.ts";
import { fhirMetadataExample, fhirReadExample, fhirSearchExample } from "./examples/fhir.ts";

/**
 * One read for every FHIR R4 type in the registry (functions/src/fhir/handlers/fhir-registry.ts):
 * one function for many types, as the stack is near CloudFormation's resource limit. Each type
 * authorises as its record is: a PHB application's by its applicant and its ICB's PHB team, an
 * advice request's by the patient who asked and staff of its practice, the directory (sites,
 * services, schedules, slots, questionnaires) by anyone signed in.
 */
export const fhirRead = {
  id: "fhir-read",
  method: "GET",
  path: "/api/fhir/{resourceType}/{id}",
  handler: "fhir/fhir-read",
  summary:
    "A FHIR R4 resource by id: the directory (Organization, Location, HealthcareService, Schedule, Slot, Questionnaire), or a CarePlan, Task, Communication or DocumentReference of a personal health budget or an online GP advice request",
  description:
    "Organization/{icbId} or Organization/{siteId}: an ICB, or the organisation running a site (ODS code). Location/{siteId}: a site. HealthcareService/{siteId}.{service} and Schedule/{siteId}.{service}: a service at a site and its diary. Slot/{slotId}: one slot (the store's id with '_' as '.'). Questionnaire/{questionnaireId}: a published questionnaire, whose url is the canonical its QuestionnaireResponses name. CarePlan/{applicationId}: a PHB application's care and support plan (the latest agreed version, else the draft). Task/phb-{applicationId}: the application's progress. Task/advice-{requestId}: an advice request; Communication/{requestId}-{n}: one message of its thread; DocumentReference/{documentId}: an attached document's metadata and download route. The directory is for anyone signed in; the PHB and advice types for the applicant or their ICB's PHB team, or the patient who asked or their practice's staff. Anything else, and any error, is an OperationOutcome. Served as application/fhir+json.",
  access: ["patient", "phb-team", "receptionist", "clinician", "icb-analyst"],
  table: "read",
  errorFormat: "fhir",
  request: { params: FhirReadParams },
  response: {
    status: 200,
    schema: FhirReadResource,
    description: "The FHIR R4 resource",
    mediaType: "application/fhir+json",
    example: fhirReadExample,
  },
} as const satisfies RouteDefinition;

/**
 * Search for every registry type with a `search`: a `searchset` Bundle, a page at a time. Its
 * function shares the read's role and log group (infra/src/shared-route-roles.ts).
 */
export const fhirSearch = {
  id: "fhir-search",
  method: "GET",
  path: "/api/fhir/{resourceType}",
  handler: "fhir/fhir-search",
  summary: "Search a FHIR R4 resource type: a searchset Bundle, a page at a time",
  description:
    "Each type's search parameters, their types and what they mean are in GET /api/fhir/metadata. Slot follows GP Connect's free-slot search: start=geYYYY-MM-DD&start=leYYYY-MM-DD (both required, at most 14 days apart), status=free, service-type and schedule. _count sets the page size (default 20, at most 100); the Bundle's next link carries an opaque _page position bound to the caller and the query. An unknown parameter is refused (handling=strict) and a malformed one answered 400, its name in issue.expression. Results leave out what the caller may not see. Every error is an OperationOutcome.",
  access: ["patient", "phb-team", "receptionist", "clinician", "icb-analyst"],
  table: "read",
  errorFormat: "fhir",
  request: { params: FhirSearchParams, query: FhirSearchQuery },
  response: {
    status: 200,
    schema: FhirSearchBundle,
    description: "A FHIR R4 searchset Bundle",
    mediaType: "application/fhir+json",
    example: fhirSearchExample,
  },
} as const satisfies RouteDefinition;

/** The CapabilityStatement, generated from the registry so it cannot drift from what is served. */
export const fhirMetadata = {
  id: "fhir-metadata",
  method: "GET",
  path: "/api/fhir/metadata",
  handler: "fhir/fhir-metadata",
  summary: "The FHIR R4 CapabilityStatement: what this server serves and how to call it",
  description:
    "Public. Each resource type with its profile, its interactions (read, search-type) and its search parameters with their types and documentation; the security section describes the bearer token every other FHIR route needs.",
  access: "public",
  // It reads no item, but the statement is built from the registry, whose types carry the
  // store: so the read's access (and its shared role) rather than a client it may not use.
  table: "read",
  errors: { not: [503] },
  errorFormat: "fhir",
  request: {},
  response: {
    status: 200,
    schema: FhirCapabilityStatement,
    description: "The FHIR R4 CapabilityStatement",
    mediaType: "application/fhir+json",
    example: fhirMetadataExample,
  },
} as const satisfies RouteDefinition;

export const fhirRoutes = { fhirRead, fhirSearch, fhirMetadata } as const;
