import { beforeAll, describe, expect, it } from "vitest";
import { FhirSearchError } from "../../functions/src/fhir/handlers/fhir-resource-type.ts";
import {
  amira,
  analyst,
  armleyReceptionist,
  buildWorld,
  chapeltownReceptionist,
  edith,
  expectValidFhir,
  fhirReader,
  fhirSearcher,
  ids,
  phbTeam,
  physioSlot,
  tom,
  type World,
  yorkClinician,
} from "./fhir-patient-level-fixtures.ts";
import { countingClient, freshTable, type TestTable } from "./support.ts";

/**
 * Patient and Appointment over FHIR R4 against DynamoDB Local: reads through the generic read
 * route, searches through each type's search.run as the search route calls it. Who may see
 * what, across patients, sites and ICBs, and every resource served checked against HL7's R4
 * schema, the value sets, the invariants and the NHS number and ODS identifier systems.
 */

let t: TestTable;
let world: World;
let read: ReturnType<typeof fhirReader>;
let search: ReturnType<typeof fhirSearcher>;

beforeAll(async () => {
  t = await freshTable();
  world = await buildWorld(t);
  read = fhirReader(t);
  search = fhirSearcher(t);
}, 120_000);

async function expectRead(principal: Parameters<typeof read>[0], type: string, id: string) {
  const result = await read(principal, type, id);
  expect(result.status, `${type}/${id} for ${principal.userId}`).toBe(200);
  expect(result.headers["content-type"]).toMatch(/^application\/fhir\+json/);
  expect(result.body).toMatchObject({ resourceType: type, id });
  expectValidFhir(result.body);
  return result.body;
}

async function expectHidden(principal: Parameters<typeof read>[0], type: string, id: string) {
  const result = await read(principal, type, id);
  expect(result.status, `${type}/${id} for ${principal.userId}`).toBe(404);
  expect(result.body).toMatchObject({
    resourceType: "OperationOutcome",
    issue: [{ severity: "error", code: "not-found" }],
  });
}

const searchError = async (promise: Promise<unknown>, expression: string) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FhirSearchError);
  expect((error as FhirSearchError).expression).toBe(expression);
};

// Compiling the R4 schema and the validator takes seconds on a busy machine: not the behaviour under test.
describe("Patient", { timeout: 120_000 }, () => {
  it("serves a patient themselves, with their verified NHS number and their practice", async () => {
    const patient = await expectRead(tom, "Patient", "patient-tom");
    expect(patient).toMatchObject({
      meta: { profile: ["https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient"] },
      identifier: [{ system: "https://fhir.nhs.uk/Id/nhs-number", value: "9990001383" }],
      generalPractitioner: [{ reference: "Organization/site-armley" }],
    });
  });

  it("serves staff their site's patients: registered there, or with a referral or appointment there", async () => {
    await expectRead(armleyReceptionist, "Patient", "patient-tom");
    await expectRead(armleyReceptionist, "Patient", "patient-amira");
    await expectRead(chapeltownReceptionist, "Patient", "patient-amira");
  });

  it("tells nobody else: another patient, another site in the ICB, another ICB, an analyst, a PHB team", async () => {
    await expectHidden(amira, "Patient", "patient-tom");
    await expectHidden(tom, "Patient", "patient-amira");
    await expectHidden(chapeltownReceptionist, "Patient", "patient-tom");
    await expectHidden(armleyReceptionist, "Patient", "patient-edith");
    await expectHidden(yorkClinician, "Patient", "patient-tom");
    await expectHidden(yorkClinician, "Patient", "patient-amira");
    await expectHidden(phbTeam, "Patient", "patient-amira");
    await expectHidden(tom, "Patient", "patient-nobody");
    expect((await read(analyst, "Patient", "patient-tom")).status).toBe(404);
  });

  it("finds a patient by NHS number or id only where they could read them", async () => {
    const nhs = (n: string): [string, string] => [
      "identifier",
      `https://fhir.nhs.uk/Id/nhs-number|${n}`,
    ];
    expect(ids(await search(tom, "Patient"))).toEqual(["patient-tom"]);
    expect(ids(await search(tom, "Patient", [nhs("9990001383")]))).toEqual(["patient-tom"]);
    expect(ids(await search(tom, "Patient", [nhs("9990000018")]))).toEqual([]);
    expect(ids(await search(tom, "Patient", [["_id", "patient-amira"]]))).toEqual([]);
    expect(ids(await search(armleyReceptionist, "Patient", [nhs("9990000018")]))).toEqual([
      "patient-amira",
    ]);
    expect(
      ids(await search(armleyReceptionist, "Patient", [["_id", "patient-tom,patient-edith"]])),
    ).toEqual(["patient-tom"]);
    expect(ids(await search(armleyReceptionist, "Patient", [nhs("9990002754")]))).toEqual([]);
    expect(ids(await search(chapeltownReceptionist, "Patient", [nhs("9990001383")]))).toEqual([]);
    expect(ids(await search(yorkClinician, "Patient", [nhs("9990000018")]))).toEqual([]);
    expect(ids(await search(edith, "Patient", [nhs("9990001383")]))).toEqual([]);
    for (const nobody of [analyst, phbTeam]) {
      expect(ids(await search(nobody, "Patient", [nhs("9990001383")]))).toEqual([]);
    }
    // Another identifier system is simply not an NHS number: nothing matches.
    expect(
      ids(
        await search(armleyReceptionist, "Patient", [
          ["identifier", "https://example.org|9990001383"],
        ]),
      ),
    ).toEqual([]);
  });

  it("refuses a malformed NHS number, and staff searching for everyone", async () => {
    for (const bad of ["9990001384", "999000138", "99900013833", "999 000 1383"]) {
      await searchError(
        search(armleyReceptionist, "Patient", [
          ["identifier", `https://fhir.nhs.uk/Id/nhs-number|${bad}`],
        ]),
        "identifier",
      );
    }
    await searchError(search(tom, "Patient", [["identifier", "|12"]]), "identifier");
    await searchError(search(armleyReceptionist, "Patient"), "identifier");
    await searchError(search(armleyReceptionist, "Patient", [["_id", "patient_tom"]]), "_id");
  });
});

describe("Appointment", { timeout: 120_000 }, () => {
  it("serves the patient and the site's staff the appointment, linked to its slot, site and referral", async () => {
    for (const principal of [tom, armleyReceptionist]) {
      const appointment = await expectRead(principal, "Appointment", world.tomAppointment);
      expect(appointment).toMatchObject({
        meta: { profile: ["https://fhir.hl7.org.uk/StructureDefinition/UKCore-Appointment"] },
        status: "booked",
        start: "2026-12-09T09:30:00.000Z",
        basedOn: [{ reference: `ServiceRequest/${world.tomReferral}` }],
        slot: [{ reference: `Slot/${physioSlot("2026-12-09", "09:30").replaceAll("_", ".")}` }],
        participant: [
          { actor: { reference: "Patient/patient-tom" } },
          { actor: { reference: "Location/site-armley" } },
        ],
      });
      // The patient and the referral resolve through the same read, for the same reader.
      await expectRead(principal, "Patient", "patient-tom");
      await expectRead(principal, "ServiceRequest", world.tomReferral);
    }
    const cancelled = await expectRead(tom, "Appointment", world.tomCancelledAppointment);
    expect(cancelled).toMatchObject({
      status: "cancelled",
      cancelationReason: { text: "I feel better <b>now</b>" },
    });
  });

  it("tells nobody else: another patient, another site in the ICB, another ICB, an analyst, a PHB team", async () => {
    for (const principal of [amira, edith, chapeltownReceptionist, yorkClinician, phbTeam]) {
      await expectHidden(principal, "Appointment", world.tomAppointment);
    }
    await expectHidden(tom, "Appointment", world.amiraAppointment);
    await expectHidden(chapeltownReceptionist, "Appointment", world.amiraAppointment);
    expect((await read(analyst, "Appointment", world.tomAppointment)).status).toBe(404);
  });

  it("finds a patient's own appointments, by status, date and referral, and nobody else's", async () => {
    expect(ids(await search(tom, "Appointment"))).toEqual(
      [world.tomAppointment, world.tomCancelledAppointment].sort(),
    );
    expect(ids(await search(tom, "Appointment", [["status", "cancelled"]]))).toEqual([
      world.tomCancelledAppointment,
    ]);
    expect(
      ids(
        await search(tom, "Appointment", [
          ["date", "ge2026-12-09"],
          ["date", "le2026-12-10"],
        ]),
      ),
    ).toEqual([world.tomAppointment]);
    expect(ids(await search(tom, "Appointment", [["date", "gt2026-12-09T09:30:00Z"]]))).toEqual([
      world.tomCancelledAppointment,
    ]);
    expect(
      ids(await search(tom, "Appointment", [["based-on", `ServiceRequest/${world.tomReferral}`]])),
    ).toEqual([world.tomAppointment]);
    expect(ids(await search(tom, "Appointment", [["patient", "Patient/patient-amira"]]))).toEqual(
      [],
    );
    expect(ids(await search(tom, "Appointment", [["_id", world.amiraAppointment]]))).toEqual([]);
    expect(
      ids(
        await search(amira, "Appointment", [["based-on", `ServiceRequest/${world.tomReferral}`]]),
      ),
    ).toEqual([]);
    expect(ids(await search(edith, "Appointment"))).toEqual([]);
  });

  it("finds a site's appointments for its staff, and none of another site's or ICB's", async () => {
    const week: [string, string][] = [
      ["date", "ge2026-12-08"],
      ["date", "le2026-12-20"],
    ];
    // By date the site's day lists: what holds a slot (the cancelled one has left its slot).
    expect(ids(await search(armleyReceptionist, "Appointment", week))).toEqual(
      [world.tomAppointment, world.amiraAppointment].sort(),
    );
    expect(
      ids(await search(armleyReceptionist, "Appointment", [["patient", "Patient/patient-tom"]])),
    ).toEqual([world.tomAppointment, world.tomCancelledAppointment].sort());
    expect(
      ids(
        await search(armleyReceptionist, "Appointment", [
          ["based-on", `ServiceRequest/${world.amiraReferral}`],
        ]),
      ),
    ).toEqual([world.amiraAppointment]);
    expect(
      ids(
        await search(armleyReceptionist, "Appointment", [
          ...week,
          ["location", "Location/site-armley"],
        ]),
      ),
    ).toHaveLength(2);
    expect(
      ids(
        await search(armleyReceptionist, "Appointment", [
          ...week,
          ["location", "Location/site-york-clifton"],
        ]),
      ),
    ).toEqual([]);
    for (const other of [chapeltownReceptionist, yorkClinician]) {
      expect(ids(await search(other, "Appointment", week))).toEqual([]);
      expect(ids(await search(other, "Appointment", [["patient", "Patient/patient-tom"]]))).toEqual(
        [],
      );
      expect(
        ids(
          await search(other, "Appointment", [["based-on", `ServiceRequest/${world.tomReferral}`]]),
        ),
      ).toEqual([]);
      expect(ids(await search(other, "Appointment", [["_id", world.tomAppointment]]))).toEqual([]);
    }
    for (const nobody of [analyst, phbTeam]) {
      expect(ids(await search(nobody, "Appointment", week))).toEqual([]);
      expect(ids(await search(nobody, "Appointment", [["_id", world.tomAppointment]]))).toEqual([]);
    }
  });

  it("reads about a page's worth of appointments for a site's page, not the whole range's", async () => {
    const { db, calls } = countingClient();
    const counted = fhirSearcher(t, db);
    const page = await counted(
      armleyReceptionist,
      "Appointment",
      [
        ["date", "ge2026-12-08"],
        ["date", "le2026-12-20"],
      ],
      { count: 1 },
    );
    expect(page.resources).toHaveLength(1);
    expect(page.next).toBeDefined();
    // One day-list Query per London date (13), then one GetItem for the page's appointment and
    // one for its site: never one per appointment in the range.
    expect(calls.filter((c) => c === "QueryCommand")).toHaveLength(13);
    expect(
      calls.filter((c) => c === "GetItemCommand"),
      calls.join(),
    ).toHaveLength(2);
  });

  it("pages in start order with an opaque position", async () => {
    const first = await search(tom, "Appointment", [], { count: 1 });
    expect(ids(first)).toEqual([world.tomAppointment]);
    expect(first.next).toBeDefined();
    const second = await search(tom, "Appointment", [], { count: 1, page: first.next as string });
    expect(ids(second)).toEqual([world.tomCancelledAppointment]);
    expect(second.next).toBeUndefined();
    await searchError(search(tom, "Appointment", [], { page: "not-a-page" }), "page");
  });

  it("refuses malformed values by parameter", async () => {
    await searchError(search(tom, "Appointment", [["date", "9 December"]]), "date");
    await searchError(search(tom, "Appointment", [["date", "ge2026-13-01"]]), "date");
    await searchError(search(tom, "Appointment", [["date", "sa2026-12-09"]]), "date");
    await searchError(search(tom, "Appointment", [["date", "2026-12-09T09:30"]]), "date");
    await searchError(search(tom, "Appointment", [["status", "confirmed"]]), "status");
    await searchError(search(tom, "Appointment", [["patient", "Patient/a/b"]]), "patient");
    await searchError(search(tom, "Appointment", [["_id", "a,,b"]]), "_id");
    // Staff searching their site: a bounded range, or a patient or referral.
    await searchError(search(armleyReceptionist, "Appointment"), "date");
    await searchError(
      search(armleyReceptionist, "Appointment", [["date", "ge2026-12-08"]]),
      "date",
    );
    await searchError(
      search(armleyReceptionist, "Appointment", [
        ["date", "ge2026-12-01"],
        ["date", "le2027-01-15"],
      ]),
      "date",
    );
  });
});
