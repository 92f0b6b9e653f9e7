import type { CapabilityStatement, CapabilityStatementRestResource } from "@medplum/fhirtypes";

/** What the CapabilityStatement says of one served type (the registry's entry). */
export interface ServedType {
  type: string;
  profile?: string | undefined;
  searchParams?: readonly { name: string; type: string; documentation: string }[] | undefined;
}

/** When this statement's content last changed: CapabilityStatement.date is required. */
const statementDate = "2026-12-03";

/**
 * The server's FHIR R4 CapabilityStatement, built from the types it serves (so it cannot drift
 * from them): each with its profile, read, search-type where it searches, and its parameters.
 */
export function capabilityStatementOf(served: readonly ServedType[], version: string) {
  const statement: CapabilityStatement = {
    resourceType: "CapabilityStatement",
    status: "active",
    date: statementDate,
    publisher: "Front Door",
    name: "FrontDoorFhirApi",
    title: "Front Door FHIR R4 API",
    description:
      "FHIR R4 views of Front Door's records: its directory (ICBs, the organisations running its sites, sites, services, schedules, free slots, questionnaires) and the records of its journeys.",
    kind: "instance",
    software: { name: "Front Door", version },
    implementation: { description: "Front Door FHIR R4 API, under /api/fhir" },
    fhirVersion: "4.0.1",
    format: ["json"],
    rest: [
      {
        mode: "server",
        documentation:
          "Read by id and search a type, with GET only; every answer is application/fhir+json, every error an OperationOutcome. Search is strict: an unknown parameter is refused. _count (1 to 100, default 20) sets a page's size; follow the Bundle's next link for the next page.",
        security: {
          cors: false,
          service: [
            {
              coding: [
                {
                  system: "http://terminology.hl7.org/CodeSystem/restful-security-service",
                  code: "OAuth",
                  display: "OAuth",
                },
              ],
              text: "Bearer token",
            },
          ],
          description:
            "Send `Authorization: Bearer <token>`: a JWT ID token from the deployment's Cognito user pool (locally, one from POST /api/dev/token). Without one, or with one refused, the answer is 401; a role that may not call a route gets 403; what the caller may not see is absent (a read answers 404, a search leaves it out). This statement is public.",
        },
        resource: served.map((t) => ({
          type: t.type as CapabilityStatementRestResource["type"],
          ...(t.profile ? { profile: t.profile } : {}),
          interaction: [
            { code: "read" as const },
            ...(t.searchParams ? [{ code: "search-type" as const }] : []),
          ],
          ...(t.searchParams && t.searchParams.length > 0
            ? {
                searchParam: t.searchParams.map((p) => ({
                  name: p.name,
                  type: p.type as "token" | "date" | "reference" | "string" | "uri" | "number",
                  documentation: p.documentation,
                })),
              }
            : {}),
        })),
      },
    ],
  };
  return statement;
}
