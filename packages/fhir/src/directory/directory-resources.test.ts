import { describe, expect, it } from "vitest";
import { odsSystem } from "../identifiers.ts";
import { fhirValidatorErrors } from "../testing/fhir-validator.ts";
import { odsIdentifierErrors } from "../testing/ods-identifiers.ts";
import { r4InvariantErrors } from "../testing/r4-invariants.ts";
import { r4SchemaErrors } from "../testing/r4-schema.ts";
import type { DirectoryIcb, DirectorySite } from "./directory-input.ts";
import { healthcareServiceOf } from "./healthcare-service.ts";
import { locationOf } from "./location.ts";
import { icbOrganizationOf, siteOrganizationOf } from "./organization.ts";
import { publishedQuestionnaires, questionnaireCanonical } from "./questionnaire.ts";
import { scheduleOf } from "./schedule.ts";
import { serviceTypeOf, snomedSystem } from "./service-types.ts";
import { fhirSlotId, slotIdOfFhir, slotOf } from "./slot.ts";

const icb: DirectoryIcb = {
  id: "icb-west-yorkshire",
  name: "NHS West Yorkshire ICB",
  odsCode: "QWO",
};
const armley: DirectorySite = {
  id: "site-armley",
  name: "Armley Neighbourhood Health Centre",
  odsCode: "Y99001",
  kind: "neighbourhood-health-centre",
  icbId: icb.id,
  address: { lines: ["14 Town Street", "Armley"], town: "Leeds", postcode: "LS12 3HN" },
  location: { lat: 53.7985, lng: -1.5935 },
  phone: "0113 496 0101",
  openingHours: [{ day: "monday", opens: "08:00", closes: "20:00" }],
  services: ["same-day-gp", "physiotherapy", "falls-prevention"],
};
const slot = {
  id: "site-armley_physiotherapy_in-person_20261208_0930_1",
  siteId: "site-armley",
  service: "physiotherapy",
  channel: "in-person",
  start: "2026-12-08T09:30:00.000Z",
  end: "2026-12-08T09:45:00.000Z",
} as const;

function problems(resource: unknown): unknown[] {
  return [
    ...r4SchemaErrors(resource),
    ...fhirValidatorErrors(resource),
    ...r4InvariantErrors(resource),
    ...odsIdentifierErrors(resource, true),
  ];
}

const resources = {
  "an ICB's Organization": icbOrganizationOf(icb),
  "a site's Organization": siteOrganizationOf(armley, icb),
  "a site's Location": locationOf(armley),
  "a HealthcareService": healthcareServiceOf(armley, "physiotherapy"),
  "a HealthcareService with no SNOMED CT concept": healthcareServiceOf(armley, "falls-prevention"),
  "a Schedule": scheduleOf(armley, "physiotherapy", { start: "2026-12-08", end: "2027-02-02" }),
  "a Slot": slotOf(slot, "free"),
};

describe("the directory as FHIR R4", { timeout: 60_000 }, () => {
  for (const [name, resource] of Object.entries(resources)) {
    it(`${name} passes HL7's R4 schema, the value-set validator, the R4 invariants and the ODS checks`, () => {
      expect(problems(resource)).toEqual([]);
      expect(resource.meta?.profile?.[0]).toMatch(
        /^https:\/\/fhir\.hl7\.org\.uk\/StructureDefinition\/UKCore-/,
      );
    });
  }

  it("identifies ICBs and sites' organisations by ODS code, and links them", () => {
    expect(icbOrganizationOf(icb).identifier).toEqual([
      { use: "official", system: odsSystem, value: "QWO" },
    ]);
    const site = siteOrganizationOf(armley, icb);
    expect(site.identifier?.[0]?.value).toBe("Y99001");
    expect(site.partOf?.reference).toBe("Organization/icb-west-yorkshire");
    expect(locationOf(armley).managingOrganization?.reference).toBe("Organization/site-armley");
  });

  it("codes a service with SNOMED CT where a concept exists, the local code always second", () => {
    const physio = serviceTypeOf("physiotherapy").coding ?? [];
    expect(physio[0]).toMatchObject({ system: snomedSystem, code: "722140001" });
    expect(physio[1]?.code).toBe("physiotherapy");
    expect(serviceTypeOf("falls-prevention").coding?.map((c) => c.code)).toEqual([
      "falls-prevention",
    ]);
  });

  it("references the Schedule from the Slot and the Location and service from the Schedule", () => {
    expect(slotOf(slot, "free").schedule.reference).toBe("Schedule/site-armley.physiotherapy");
    expect(resources["a Schedule"].actor.map((a) => a.reference)).toEqual([
      "Location/site-armley",
      "HealthcareService/site-armley.physiotherapy",
    ]);
  });

  it("gives slots FHIR ids that turn back into the store's ids", () => {
    const id = fhirSlotId(slot.id);
    expect(id).toMatch(/^[A-Za-z0-9.-]{1,64}$/);
    expect(slotIdOfFhir(id)).toBe(slot.id);
  });
});

describe("the published questionnaires as FHIR R4", { timeout: 60_000 }, () => {
  const questionnaires = publishedQuestionnaires();

  it("are same-day triage and every self-referral questionnaire, once each", () => {
    const ids = questionnaires.map((q) => q.id);
    expect(ids).toContain("same-day-triage");
    expect(ids).toContain("msk-physiotherapy");
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const questionnaire of publishedQuestionnaires()) {
    it(`${questionnaire.id} passes the schema, the value-set validator and the R4 invariants, its url the canonical`, () => {
      expect(problems(questionnaire)).toEqual([]);
      expect(questionnaire.url).toBe(questionnaireCanonical(questionnaire.id));
    });
  }
});

describe("the checks themselves", { timeout: 60_000 }, () => {
  it("catch a Slot with a status outside its value set, a bad ODS code and an Organization without one", () => {
    const broken = { ...slotOf(slot, "free"), status: "open" } as unknown;
    expect(fhirValidatorErrors(broken).length + r4SchemaErrors(broken).length).toBeGreaterThan(0);
    const badCode = icbOrganizationOf({ ...icb, odsCode: "qwo 1" });
    expect(odsIdentifierErrors(badCode)).not.toEqual([]);
    const noCode = siteOrganizationOf({ ...armley, odsCode: undefined }, icb);
    expect(odsIdentifierErrors(noCode, true)).not.toEqual([]);
  });

  it("catch a Questionnaire breaking an R4 invariant (answerOption on a text item, que-5)", () => {
    const questionnaire = publishedQuestionnaires()[0];
    const broken = {
      ...questionnaire,
      item: [{ linkId: "x", text: "X", type: "text", answerOption: [{ valueString: "a" }] }],
    };
    expect(r4InvariantErrors(broken)).not.toEqual([]);
  });
});
