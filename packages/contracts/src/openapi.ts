import * as z from "zod/mini";
import { ErrorBody } from "./errors.ts";
import type { RouteDefinition, Schema } from "./route-table.ts";

type JsonObject = Record<string, unknown>;

const jsonSchema = (schema: Schema, io: "input" | "output"): JsonObject => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
  }) as JsonObject;
  return rest;
};

const errorResponses: Record<string, string> = {
  "400": "Invalid request: see error.fields",
  "401": "Not signed in",
  "403": "Signed in, but not allowed",
  "404": "Not found",
  "409": "Conflict",
  "413": "Request body too large",
  "415": "Request body is not JSON",
  "422": "Well formed, but cannot be processed",
  "500": "Unexpected error",
  "503":
    "The database stayed busy or unreachable: try again after the Retry-After header's seconds",
};

/** The OpenAPI 3.1 document, generated from the route table and its zod schemas. */
export function buildOpenApiDocument(
  routes: readonly RouteDefinition[],
  info: { title: string; version: string },
): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const route of routes) {
    const parameters: JsonObject[] = [];
    for (const [location, schema] of [
      ["path", route.request.params],
      ["query", route.request.query],
    ] as const) {
      if (!schema) continue;
      const object = jsonSchema(schema, "input") as {
        properties?: Record<string, JsonObject>;
        required?: string[];
      };
      for (const [name, property] of Object.entries(object.properties ?? {})) {
        parameters.push({
          name,
          in: location,
          required: location === "path" || (object.required ?? []).includes(name),
          schema: property,
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
    const responses: Record<string, JsonObject> = {
      [String(route.response.status)]: {
        description: route.response.description,
        ...(route.response.schema
          ? {
              content: {
                "application/json": { schema: jsonSchema(route.response.schema, "output") },
              },
            }
          : { content: { "application/json": { schema: { type: "object" } } } }),
      },
    };
    for (const [status, description] of Object.entries(errorResponses)) {
      if (route.access === "public" && (status === "401" || status === "403")) continue;
      responses[status] = {
        description,
        content: { "application/json": { schema: { $ref: "#/components/schemas/ErrorBody" } } },
      };
    }
    const operation: JsonObject = {
      operationId: route.id,
      summary: route.summary,
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.request.body
        ? {
            requestBody: {
              required: true,
              content: { "application/json": { schema: jsonSchema(route.request.body, "input") } },
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
    info,
    paths,
    components: {
      schemas: { ErrorBody: jsonSchema(ErrorBody, "output") },
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
