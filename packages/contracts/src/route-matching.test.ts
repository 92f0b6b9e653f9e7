import { describe, expect, it } from "vitest";
import type { RouteDefinition } from "./route-definition.ts";
import { createRouteMatcher } from "./route-matching.ts";

const route = (id: string, method: RouteDefinition["method"], path: string): RouteDefinition => ({
  id,
  method,
  path,
  handler: id,
  summary: id,
  access: "public",
  table: "none",
  request: {},
  response: { status: 200, description: id },
});

const match = createRouteMatcher([
  route("thing-get", "GET", "/api/things/{thingId}"),
  route("thing-mine", "GET", "/api/things/mine"),
  route("thing-put", "PUT", "/api/things/{thingId}"),
  route("part", "GET", "/api/things/{thingId}/parts/{partId}"),
  route("files", "GET", "/api/files/{path+}"),
]);

describe("route matching", () => {
  it("takes path parameters from {name} segments, decoded", () => {
    expect(match("GET", "/api/things/a%20b")).toMatchObject({
      kind: "matched",
      route: { id: "thing-get" },
      pathParameters: { thingId: "a b" },
    });
    expect(match("GET", "/api/things/t1/parts/p2")).toMatchObject({
      route: { id: "part" },
      pathParameters: { thingId: "t1", partId: "p2" },
    });
  });

  it("prefers a literal segment over a parameter, as API Gateway does", () => {
    expect(match("GET", "/api/things/mine")).toMatchObject({ route: { id: "thing-mine" } });
  });

  it("lets a greedy parameter take the rest of the path", () => {
    expect(match("GET", "/api/files/a/b/c.txt")).toMatchObject({
      pathParameters: { path: "a/b/c.txt" },
    });
    expect(match("GET", "/api/files/")).toEqual({ kind: "no-route" });
  });

  it("does not match empty segments, extra segments or a trailing slash", () => {
    expect(match("GET", "/api/things/")).toEqual({ kind: "no-route" });
    expect(match("GET", "/api/things/t1/extra")).toEqual({ kind: "no-route" });
    expect(match("GET", "/api/things")).toEqual({ kind: "no-route" });
    expect(match("GET", "/api/things/t1/")).toEqual({ kind: "no-route" });
  });

  it("tells a wrong method apart from no route, with the methods the path answers", () => {
    const wrong = match("DELETE", "/api/things/t1");
    expect(wrong.kind).toBe("wrong-method");
    expect(wrong.kind === "wrong-method" && wrong.allowed.sort()).toEqual(["GET", "PUT"]);
  });
});
