import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { buildOpenApiDocument, journeyOf } from "./openapi.ts";
import { errorStatuses } from "./openapi-responses.ts";
import type { RouteDefinition } from "./route-definition.ts";
import { routeList, routes } from "./route-table.ts";

type JsonObject = Record<string, unknown>;
interface Operation {
  tags: string[];
  description?: string;
  responses: Record<string, { headers?: JsonObject; content?: Record<string, JsonObject> }>;
}
const document = buildOpenApiDocument(routeList, { title: "t", version: "1" }) as {
  tags: { name: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: JsonObject;
};
const operation = (route: RouteDefinition) =>
  document.paths[route.path]?.[route.method.toLowerCase()] as Operation;

function* refsAndDefs(value: unknown, at = "#"): Generator<[string, string]> {
  if (value === null || typeof value !== "object") return;
  for (const [key, inner] of Object.entries(value)) {
    if (key === "$ref" && typeof inner === "string") yield ["ref", inner];
    else if (key === "$defs") yield ["defs", `${at}/$defs`];
    yield* refsAndDefs(inner, `${at}/${key}`);
  }
}

const resolve = (ref: string): unknown =>
  ref
    .slice(2)
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>((node, part) => (node as JsonObject | undefined)?.[part], document);

describe("the OpenAPI document", () => {
  it("has every $ref resolve from the root and no nested $defs for tools to miss", () => {
    const found = [...refsAndDefs(document)];
    expect(found.filter(([kind]) => kind === "defs")).toEqual([]);
    const refs = found.map(([, ref]) => ref);
    expect(refs).toContain("#/components/schemas/QuestionnaireItem");
    for (const ref of refs) expect(resolve(ref), ref).toBeDefined();
  });

  it("tags each operation with its journey, and describes each tag", () => {
    const tagNames = document.tags.map((tag) => tag.name);
    for (const route of routeList) {
      expect(operation(route).tags.length, route.id).toBeGreaterThan(0);
      for (const tag of operation(route).tags) expect(tagNames).toContain(tag);
    }
    expect(journeyOf(routes.sameDaySlots)).toBe("same-day");
    expect(journeyOf(routes.health)).toBe("platform");
    expect(operation(routes.fhirRead).tags).toEqual(["FHIR R4"]);
  });

  it("documents the FHIR views as application/fhir+json, the rest as application/json", () => {
    expect(Object.keys(operation(routes.fhirRead).responses["200"]?.content ?? {})).toEqual([
      "application/fhir+json",
    ]);
    expect(Object.keys(operation(routes.myReferral).responses["200"]?.content ?? {})).toEqual([
      "application/json",
    ]);
  });

  it("promises Retry-After with a 503 and a bearer challenge with a 401", () => {
    const responses = operation(routes.myReferral).responses;
    expect(responses["503"]?.headers).toHaveProperty("Retry-After");
    expect(responses["401"]?.headers).toHaveProperty("WWW-Authenticate");
    // The service checks tokens itself: a 401 is its own error body, never API Gateway's.
    expect(responses["401"]?.content).toEqual({
      "application/json": expect.objectContaining({
        schema: { $ref: "#/components/schemas/ErrorBody" },
      }),
    });
    // API Gateway's throttle: documented, optional, since it sends none today.
    expect(responses["429"]?.headers).toEqual({
      "Retry-After": { $ref: "#/components/headers/ThrottleRetryAfter" },
    });
  });

  it("promises a Location on each 201 that creates something with a URL of its own", () => {
    const created = routeList.filter((route) => route.response.status === 201);
    const withLocation = created.filter((route) => route.response.location);
    // A document's upload has no URL of its own to point at (its download is a presigned link).
    expect(created.filter((route) => !route.response.location).map((route) => route.id)).toEqual([
      routes.documentUploadCreate.id,
    ]);
    for (const route of withLocation) {
      const header = operation(route).responses["201"]?.headers?.Location as {
        required: boolean;
        schema: { pattern: string };
      };
      expect(header.required, route.id).toBe(true);
      const pattern = new RegExp(header.schema.pattern);
      const example = (route.response.location?.path ?? "").replace(/\{[^}]+\}/g, "x-1");
      expect(example, route.id).toMatch(pattern);
      expect(`${example}/more`, route.id).not.toMatch(pattern);
    }
    expect(withLocation.length).toBeGreaterThanOrEqual(3);
  });

  it("a signed-in route with no table can still answer 503 (the token issuer's keys unavailable)", () => {
    // Every signed-in route reads the table today, so the shape alone is checked.
    const signedInWithoutTable: RouteDefinition = { ...routes.myReferrals, table: "none" };
    expect(errorStatuses(signedInWithoutTable)).toContain(503);
  });
});

describe("the document's examples", () => {
  const issuesOf = (schema: z.ZodMiniType, value: unknown) => {
    const result = z.safeParse(schema, value);
    return result.success
      ? []
      : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  };

  it("every operation that answers with a body shows an example of it, and the example is valid", () => {
    const missing: string[] = [];
    for (const route of routeList) {
      const { schema, example } = route.response;
      if (!schema) continue;
      if (example === undefined) {
        missing.push(route.id);
        continue;
      }
      expect(issuesOf(schema, example), route.id).toEqual([]);
      const content = operation(route).responses[String(route.response.status)]?.content ?? {};
      expect(Object.values(content)[0]?.example, route.id).toEqual(example);
    }
    expect(missing).toEqual([]);
  });

  it("every operation that takes a body shows an example request, and the example is valid", () => {
    const missing: string[] = [];
    for (const route of routeList) {
      const { body, bodyExample } = route.request;
      if (!body) continue;
      if (bodyExample === undefined) {
        missing.push(route.id);
        continue;
      }
      expect(issuesOf(body, bodyExample), route.id).toEqual([]);
    }
    expect(missing).toEqual([]);
  });

  it("an example that breaks its schema is caught", () => {
    const schema = routes.myPhbDraft.response.schema;
    expect(issuesOf(schema, { draft: 42 })).not.toEqual([]);
  });
});

describe("the error statuses an operation lists", () => {
  it("public routes that read nothing: only throttling and the unexpected", () => {
    expect(errorStatuses(routes.openapi)).toEqual([429, 500]);
  });

  it("a public route that looks at the table can answer 503 with Retry-After", () => {
    expect(errorStatuses(routes.health)).toEqual([429, 500, 503]);
  });

  it("no 401 or 403 on public routes; both on signed-in ones", () => {
    expect(errorStatuses(routes.sitesSearch)).not.toContain(401);
    expect(errorStatuses(routes.sitesSearch)).not.toContain(403);
    expect(errorStatuses(routes.myReferrals)).toEqual(expect.arrayContaining([401, 403]));
  });

  it("no 409, 413 or 415 derived for a GET without a body; 413 and 415 wherever there is one", () => {
    for (const route of routeList.filter((r) => r.method === "GET")) {
      // The shape alone: a read that can refuse with a 409 says so in its own list.
      const { errors: _own, ...shape } = route;
      for (const status of [409, 413, 415]) {
        expect(errorStatuses(shape), `${route.id} ${status}`).not.toContain(status);
      }
    }
    expect(errorStatuses(routes.meProfilePut)).toEqual(expect.arrayContaining([413, 415]));
  });

  it("404 where a path names something; 503 with the table; 422 for a reused Idempotency-Key", () => {
    expect(errorStatuses(routes.staffReferral)).toContain(404);
    expect(errorStatuses(routes.servicesList)).not.toContain(404);
    expect(errorStatuses(routes.servicesList)).not.toContain(503);
    expect(errorStatuses(routes.staffDay)).toContain(503);
    expect(errorStatuses(routes.sameDayBookingCreate)).toContain(422);
    expect(errorStatuses(routes.staffDay)).not.toContain(422);
  });

  it("a route's own list adds what its shape cannot show and removes what it cannot do", () => {
    const route = { ...routes.openapi, errors: { also: [422], not: [429] } } as RouteDefinition;
    expect(errorStatuses(route)).toEqual([422, 500]);
  });

  it("documents the self-referral services' serviceId filter: optional, with the id's pattern, 400 when wrong", () => {
    const { parameters } = operation(routes.selfReferralServices) as unknown as {
      parameters: { name: string; in: string; required: boolean; schema: JsonObject }[];
    };
    expect(parameters.find((p) => p.name === "serviceId")).toEqual({
      name: "serviceId",
      in: "query",
      required: false,
      schema: { type: "string", pattern: "^[a-z0-9-]{1,64}$" },
    });
    expect(errorStatuses(routes.selfReferralServices)).toContain(400);
    expect(operation(routes.selfReferralServices).description).toMatch(/serviceId/);
  });
});
