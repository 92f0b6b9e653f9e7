import { describe, expect, it } from "vitest";
import { selfReferralServices } from "./index.ts";
import { catalogueService, evaluateCatalogueService } from "./testing.ts";

describe("age and catchment for each service", () => {
  const minimumAges = selfReferralServices.map(
    (s) => [s.id, s.whoCanRefer.minAgeYears ?? 0] as const,
  );

  // The tests run on 2026-03-27: a birthday on 03-28 is tomorrow, on 03-27 today.
  it.each(minimumAges)("%s: not the day before turning %i, yes on the birthday", (id, minAge) => {
    expect(
      evaluateCatalogueService(id, {}, { dateOfBirth: `${2026 - minAge}-03-28` }),
    ).toMatchObject({
      kind: "ineligible",
      route: "see-gp",
      reasonCode: "below-minimum-age",
    });
    expect(evaluateCatalogueService(id, {}, { dateOfBirth: `${2026 - minAge}-03-27` }).kind).toBe(
      "eligible",
    );
  });

  it.each(selfReferralServices.map((s) => [s.id, s] as const))(
    "%s: refuses a patient registered outside its catchment",
    (id, service) => {
      const outside = ["icb-west-yorkshire", "icb-humber-north-yorkshire"].find(
        (icb) => !service.whoCanRefer.catchmentIcbIds.includes(icb),
      );
      expect(evaluateCatalogueService(id, {}, { icbId: outside ?? "icb-elsewhere" })).toMatchObject(
        {
          kind: "ineligible",
          route: "other",
          reasonCode: "outside-catchment",
        },
      );
    },
  );

  it("takes West Yorkshire patients for the Wakefield chest X-ray, not York ones", () => {
    const id = "wakefield-cdc-chest-x-ray";
    expect(catalogueService(id).whoCanRefer.minAgeYears).toBe(18);
    expect(evaluateCatalogueService(id, {}, { icbId: "icb-west-yorkshire" }).kind).toBe("eligible");
    expect(evaluateCatalogueService(id, {}, { icbId: "icb-humber-north-yorkshire" })).toMatchObject(
      {
        reasonCode: "outside-catchment",
        reason: expect.stringContaining("West Yorkshire"),
      },
    );
  });

  it("sends under-16s to their GP for physiotherapy, and over-65s to falls prevention", () => {
    expect(catalogueService("armley-msk-physiotherapy").whoCanRefer.minAgeYears).toBe(16);
    expect(catalogueService("armley-falls-prevention").whoCanRefer.minAgeYears).toBe(65);
    expect(catalogueService("chapeltown-talking-therapies").whoCanRefer.minAgeYears).toBe(18);
    expect(catalogueService("halifax-weight-management").whoCanRefer.minAgeYears).toBe(18);
  });
});
