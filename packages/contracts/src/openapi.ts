import * as z from "zod/mini";
import { ErrorBody } from "./errors.ts";
import { FhirOperationOutcome } from "./fhir-api.ts";
import {
  errorResponse,
  errorStatuses,
  fhirErrorResponse,
  responseComponents,
} from "./openapi-responses.ts";
import { SchemaComponents } from "./openapi-schemas.ts";
import { QuestionnaireItemSchema } from "./referral-questionnaire.ts";
import type { RouteDefinition } from "./route-table.ts";

type JsonObject = Record<string, unknown>;

/** The journey a route belongs to: the folder of its handler under functions/src. */
export const journeyOf = (route: RouteDefinition): string =>
  route.handler.includes("/") ? (route.handler.split("/")[0] as string) : "platform";

const journeyTags: Record<string, { name: string; description: string }> = {
  platform: { name: "Platform", description: "Health, this document, services and sites" },
  account: { name: "Account", description: "Who is signed in, their profile and messages" },
  "same-day": {
    name: "Same-day appointments",
    description: "Triage, free slots, holds, bookings, call-backs and the waiting list",
  },
  referrals: {
    name: "Self-referral",
    description: "Finding a service, answering its questions, triage and booking by its staff",
  },
  staff: {
    name: "Staff",
    description: "Session templates, publishing slots, the day list and the same-day queue",
  },
  dashboard: { name: "ICB dashboard", description: "Aggregate demand and capacity for an ICB" },
  phb: {
    name: "Personal health budgets",
    description: "Applying, tracking, the ICB's PHB team's decisions, plans, money and reviews",
  },
  advice: {
    name: "Online GP advice",
    description: "Asking the practice for advice or admin help, the thread and the practice inbox",
  },
  documents: {
    name: "Documents",
    description: "Supporting documents: presigned uploads to S3, checked by the server",
  },
};

const fhirTag = {
  name: "FHIR R4",
  description: "FHIR R4 views of the same records, as application/fhir+json",
};

// The generic FHIR read (functions/src/fhir/) serves several journeys: its tag is FHIR's own.
const tagFor = (journey: string) =>
  journey === "fhir"
    ? fhirTag
    : (journeyTags[journey] ?? { name: journey, description: `The ${journey} journey` });

/** The name and version the served document carries. */
export const apiInfo = { title: "Front Door API", version: "0.1.0" } as const;

/** The OpenAPI 3.1 document, generated from the route table and its zod schemas. */
export function buildOpenApiDocument(
  routes: readonly RouteDefinition[],
  info: { title: string; version: string },
): JsonObject {
  // A recursive schema: named, so the document shows one QuestionnaireItem component.
  if (!z.globalRegistry.has(QuestionnaireItemSchema)) {
    z.globalRegistry.add(QuestionnaireItemSchema, { id: "QuestionnaireItem" });
  }
  const components = new SchemaComponents();
  const paths: Record<string, Record<string, JsonObject>> = {};
  const tags = new Map<string, { name: string; description: string }>();
  for (const route of routes) {
    const parameters: JsonObject[] = [];
    for (const [location, schema] of [
      ["path", route.request.params],
      ["query", route.request.query],
    ] as const) {
      if (!schema) continue;
      const object = components.toJsonSchema(schema, "input", route.id) as {
        properties?: Record<string, JsonObject>;
        required?: string[];
      };
      for (const [name, property] of Object.entries(object.properties ?? {})) {
        const { description, ...propertySchema } = property;
        parameters.push({
          name,
          in: location,
          required: location === "path" || (object.required ?? []).includes(name),
          ...(typeof description === "string" ? { description } : {}),
          schema: propertySchema,
        });
      }
    }
    if (route.idempotent || route.idempotentByCondition) {
      parameters.push({
        name: "Idempotency-Key",
        in: "header",
        required: false,
        description: route.idempotent
          ? "A retry with the same key returns the first response."
          : "Accepted, not stored: this request is safe to repeat as it is (a repeat that still applies succeeds again).",
        schema: { type: "string", pattern: "^[A-Za-z0-9._:-]{8,128}$" },
      });
    }
    const mediaType = route.response.mediaType ?? "application/json";
    const success: JsonObject = {
      schema: route.response.schema
        ? components.toJsonSchema(route.response.schema, "output", route.id)
        : { type: "object" },
      ...(route.response.example !== undefined ? { example: route.response.example } : {}),
    };
    const responses: Record<string, JsonObject> = {
      [String(route.response.status)]: {
        description: route.response.description,
        headers: {
          ...responseComponents.correlationHeader,
          ...(route.response.location ? { Location: locationHeader(route.response.location) } : {}),
        },
        content: { [mediaType]: success },
      },
    };
    for (const status of errorStatuses(route)) {
      const response =
        route.errorFormat === "fhir" ? fhirErrorResponse(status) : errorResponse(status);
      const richer = route.errors?.bodies?.[status];
      if (richer) {
        const richerSchema = components.toJsonSchema(richer, "output", `${route.id}-${status}`);
        // A FHIR route's own error body (an OperationOutcome) is FHIR's media type; the glue's
        // errors stay the service's JSON.
        response.content =
          route.response.mediaType === "application/fhir+json"
            ? {
                "application/json": { schema: { $ref: "#/components/schemas/ErrorBody" } },
                "application/fhir+json": { schema: richerSchema },
              }
            : {
                "application/json": {
                  schema: { anyOf: [{ $ref: "#/components/schemas/ErrorBody" }, richerSchema] },
                },
              };
      }
      responses[String(status)] = response;
    }

    const tag = tagFor(journeyOf(route));
    tags.set(tag.name, tag);
    const isFhir = route.path.startsWith("/api/fhir/");
    if (isFhir) tags.set(fhirTag.name, fhirTag);
    const operation: JsonObject = {
      operationId: route.id,
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: isFhir && tag.name !== fhirTag.name ? [tag.name, fhirTag.name] : [tag.name],
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.request.body
        ? {
            requestBody: {
              required: true,
              content: {
                "application/json": {
                  schema: components.toJsonSchema(route.request.body, "input", route.id),
                  ...(route.request.bodyExample !== undefined
                    ? { example: route.request.bodyExample }
                    : {}),
                },
              },
            },
          }
        : {}),
      responses,
      ...(route.access === "public"
        ? { security: [] }
        : { security: [{ cognito: [] }], "x-roles": route.access }),
    };
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, JsonObject>)[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: "3.1.0",
    info: {
      ...info,
      description:
        "Front Door: a patient front door for an integrated care system. Every route is generated from the one route table that also builds the service, so this document is what runs.",
      license: { name: "MIT", identifier: "MIT" },
    },
    // Relative: the site (or the local runner) that served this document serves the API too.
    servers: [{ url: "/", description: "The site that serves this document" }],
    tags: [...tags.values()],
    paths,
    components: {
      schemas: {
        ErrorBody: components.toJsonSchema(ErrorBody, "output", "ErrorBody"),
        OperationOutcome: components.toJsonSchema(
          FhirOperationOutcome,
          "output",
          "OperationOutcome",
        ),
        GatewayMessage: {
          type: "object",
          description: "API Gateway's own answer, before the service sees the request",
          properties: { message: { type: "string" } },
          required: ["message"],
        },
        ...components.schemas,
      },
      headers: responseComponents.headers,
      securitySchemes: {
        cognito: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "JWT",
          description: "A Cognito ID token (locally, one from POST /api/dev/token).",
        },
      },
    },
  };
}

/** A Location header whose value must be a URL of the documented shape, relative to the site. */
export function locationHeader(location: { path: string; description: string }): JsonObject {
  const segments = location.path
    .split(/\{[^}]+\}/)
    .map((literal) => literal.replace(/[.*+?^$()|[\]\\]/g, "\\$&"));
  return {
    description: location.description,
    required: true,
    schema: {
      type: "string",
      format: "uri-reference",
      pattern: `^${segments.join("[A-Za-z0-9._~%-]+")}$`,
    },
  };
}
