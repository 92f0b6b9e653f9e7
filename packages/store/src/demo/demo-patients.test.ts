import { describe, expect, it } from "vitest";
import { demoPatients } from "./demo-patients.ts";
import { demoSites } from "./demo-sites.ts";

describe("the demo patients' registrations", () => {
  it("name a demo GP practice and that practice's own ICB, as a registration writes them", () => {
    for (const patient of demoPatients) {
      const practice = demoSites.find((site) => site.id === patient.registeredSiteId);
      expect(practice, patient.id).toBeDefined();
      expect(patient.registeredIcbId, patient.id).toBe(practice?.icbId);
    }
  });
});
