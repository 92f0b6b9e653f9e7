import { fhirReadTypes, fhirSearchTypes } from "@front-door/contracts";
import { describe, expect, it } from "vitest";
import { fhirResourceTypes } from "./fhir-registry.ts";

describe("the FHIR registry", () => {
  it("serves exactly the types the read route accepts, each once", () => {
    const served = fhirResourceTypes.map((t) => t.type);
    expect(new Set(served).size).toBe(served.length);
    expect([...served].sort()).toEqual([...fhirReadTypes].sort());
  });
});

describe("the FHIR search", () => {
  it("is offered for exactly the registry's types that have a search, each once", () => {
    const searchable = fhirResourceTypes.filter((t) => t.search).map((t) => t.type);
    expect([...searchable].sort()).toEqual([...fhirSearchTypes].sort());
  });
});
