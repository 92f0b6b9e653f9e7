import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildOpenApiDocument, roles, routeList } from "@front-door/contracts";
import { beforeAll, describe, expect, it } from "vitest";

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  required?: string[];
}

const entry = (handler: string) => fileURLToPath(new URL(`./${handler}.ts`, import.meta.url));

describe("the route table", () => {
  beforeAll(() => {
    // Entry modules read their config at import, as they do at a Lambda cold start.
    process.env.TABLE_NAME ??= "route-table-test";
    process.env.DOCUMENTS_BUCKET ??= "route-table-test-documents";
    process.env.AWS_REGION ??= "eu-west-2";
  });

  it("has unique ids, handlers and method + path pairs", () => {
    const ids = routeList.map((r) => r.id);
    const keys = routeList.map((r) => `${r.method} ${r.path}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(routeList.map((r) => r.handler)).size).toBe(routeList.length);
  });

  it.each(routeList.map((r) => [r.id, r] as const))(
    "%s has an entry module exporting a handler",
    async (_id, route) => {
      expect(existsSync(entry(route.handler)), entry(route.handler)).toBe(true);
      const module = (await import(entry(route.handler))) as { handler?: unknown };
      expect(typeof module.handler).toBe("function");
    },
  );

  it.each(routeList.map((r) => [r.id, r] as const))(
    "%s declares its access and schemas",
    (_id, route) => {
      expect(route.path.startsWith("/api/")).toBe(true);
      expect(route.path.startsWith("/api/dev")).toBe(false);
      if (route.access !== "public") {
        expect(route.access.length).toBeGreaterThan(0);
        for (const role of route.access) expect(roles).toContain(role);
      }
      // The OpenAPI document's description of the operation: what integrators read first.
      expect(
        route.description?.trim().length ?? 0,
        `${route.id} needs a description`,
      ).toBeGreaterThan(20);
      // Every JSON route but the OpenAPI document itself describes its response.
      if (route.id !== "openapi") expect(route.response.schema).toBeDefined();
      if (route.method === "POST" || route.method === "PUT" || route.method === "PATCH") {
        expect(route.request.body).toBeDefined();
      }
      for (const name of route.path.match(/\{(\w+)\}/g) ?? []) {
        expect(route.request.params, `${route.id} needs a params schema for ${name}`).toBeDefined();
      }
    },
  );

  it("is fully described by the generated OpenAPI 3.1 document", () => {
    const doc = buildOpenApiDocument(routeList, { title: "t", version: "1" }) as {
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          { operationId: string; security: unknown[]; responses: Record<string, unknown> }
        >
      >;
    };
    expect(doc.openapi).toBe("3.1.0");
    for (const route of routeList) {
      const operation = doc.paths[route.path]?.[route.method.toLowerCase()];
      expect(operation?.operationId, route.id).toBe(route.id);
      expect(operation?.responses[String(route.response.status)]).toBeDefined();
      expect(operation?.security).toEqual(route.access === "public" ? [] : [{ cognito: [] }]);
    }
  });

  it("documents the NHS number of each patient in the same-day queue, required, 10 digits", () => {
    const doc = buildOpenApiDocument(routeList, { title: "t", version: "1" }) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const response = doc.paths["/api/staff/queue"]?.get?.responses["200"] as {
      content: { "application/json": { schema: JsonSchema } };
    };
    const entry = response.content["application/json"].schema.properties?.requests?.items;
    const patient = entry?.properties?.patient;
    expect(patient?.properties?.nhsNumber).toMatchObject({ type: "string", pattern: "^\\d{10}$" });
    expect(patient?.required).toContain("nhsNumber");
  });
});
