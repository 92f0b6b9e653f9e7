import { describe, expect, it } from "vitest";
import { asOperationOutcome } from "./fhir-errors.ts";
import { errorResponse } from "./responses.ts";

describe("FHIR routes' errors", () => {
  it("name each field problem's parameter in issue.expression, with its own issue type where it gives one", () => {
    const response = asOperationOutcome(
      errorResponse(400, "validation_failed", "There is a problem with the request", [
        { path: "start", message: "Search at most 14 days of slots at a time" },
        { path: "colour", message: "Slot has no search parameter colour", code: "not-supported" },
      ]),
    );
    expect(response.statusCode).toBe(400);
    expect(response.headers?.["content-type"]).toMatch(/^application\/fhir\+json/);
    const body = JSON.parse(response.body ?? "");
    expect(body.resourceType).toBe("OperationOutcome");
    expect(
      body.issue.map((i: { code: string; expression: string[] }) => [i.code, i.expression]),
    ).toEqual([
      ["invalid", ["start"]],
      ["not-supported", ["colour"]],
    ]);
    expect(body.issue[0].details.coding[0].code).toBe("validation_failed");
  });

  it("keep the status and headers that tell a client what to do (Retry-After, WWW-Authenticate)", () => {
    const busy = errorResponse(503, "service_unavailable", "The service is very busy.");
    busy.headers = { ...busy.headers, "retry-after": "2" };
    const outcome = asOperationOutcome(busy);
    expect(outcome.statusCode).toBe(503);
    expect(outcome.headers?.["retry-after"]).toBe("2");
    expect(JSON.parse(outcome.body ?? "").issue[0]).toMatchObject({
      severity: "error",
      code: "transient",
      diagnostics: "The service is very busy.",
    });
  });
});
