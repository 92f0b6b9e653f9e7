import { fhirReadTypes } from "@front-door/contracts";
import { describe, expect, it } from "vitest";
import { fhirResourceTypes } from "./fhir-registry.ts";

describe("the FHIR registry", () => {
  it("serves exactly the types the read route accepts, each once", () => {
    const served = fhirResourceTypes.map((t) => t.type);
    expect(new Set(served).size).toBe(served.length);
    expect([...served].sort()).toEqual([...fhirReadTypes].sort());
  });
});
