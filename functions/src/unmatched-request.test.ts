import { routes } from "@front-door/contracts";
import { httpEvent } from "@front-door/lambda/testing";
import { describe, expect, it } from "vitest";
import { handler } from "./unmatched-request.ts";

const answer = (method: string, path: string) =>
  handler(httpEvent({ method, path, headers: { authorization: "Bearer anything" } }));

describe("API Gateway's catch-all route", () => {
  it("answers a wrong method on a real path 405, with the methods it does answer", async () => {
    const response = await answer("DELETE", routes.myPhbDraft.path);
    expect(response.statusCode).toBe(405);
    expect(response.headers?.allow).toBe("GET, PUT");
    expect(JSON.parse(response.body ?? "").error.code).toBe("method_not_allowed");
  });

  it("fills path parameters the way a route would match them", async () => {
    const response = await answer("DELETE", "/api/fhir/ServiceRequest/ref-1");
    expect(response.statusCode).toBe(405);
    expect(response.headers?.allow).toBe("GET");
  });

  it("answers an unknown path 404 in the error body every route uses, with the security headers", async () => {
    const response = await answer("GET", "/api/no-such-thing");
    expect(response.statusCode).toBe(404);
    expect(JSON.parse(response.body ?? "")).toEqual({
      error: { code: "not_found", message: "No route for GET /api/no-such-thing" },
    });
    expect(response.headers?.["x-content-type-options"]).toBe("nosniff");
    expect(response.headers?.["cache-control"]).toBe("no-store");
  });
});

describe("API Gateway's catch-all route under /api/fhir/", () => {
  it("answers a wrong method with a 405 OperationOutcome, as a FHIR client expects", async () => {
    const response = await answer("POST", "/api/fhir/Slot");
    expect(response.statusCode).toBe(405);
    expect(response.headers?.allow).toBe("GET");
    expect(response.headers?.["content-type"]).toMatch(/^application\/fhir\+json/);
    const body = JSON.parse(response.body ?? "");
    expect(body.resourceType).toBe("OperationOutcome");
    expect(body.issue[0]).toMatchObject({ severity: "error", code: "not-supported" });
  });
});
