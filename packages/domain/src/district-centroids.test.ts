import { describe, expect, it } from "vitest";
import { demoDistrictCentroids, parseDistrictCentroids } from "./district-centroids.ts";

describe("postcode district centroids", () => {
  it("loads the demo area, keyed by outward code", () => {
    const table = demoDistrictCentroids();
    expect(table.get("LS1")?.lat).toBeCloseTo(53.8, 1);
    expect(table.get("YO30")).toBeDefined();
    expect(table.get("SW1A")).toBeUndefined();
    expect(table.size).toBeGreaterThan(100);
  });

  it("refuses a malformed row rather than loading a wrong location", () => {
    expect(() => parseDistrictCentroids("outcode,lat,lng\nLS1,abc,-1.5\n")).toThrow(/LS1,abc/);
  });
});
