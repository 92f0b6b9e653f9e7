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
  tom,
  type World,
  yorkClinician,
} from "./fhir-patient-level-fixtures.ts";
import { freshTable } from "./support.ts";

/**
 * A self-referral's ServiceRequest and QuestionnaireResponse in the FHIR registry, against
 * DynamoDB Local: read through the generic read route, ServiceRequest searched through its
 * search.run; the booked referral linked both ways with its Appointment; who may see each.
 */

let world: World;
let read: ReturnType<typeof fhirReader>;
let search: ReturnType<typeof fhirSearcher>;

beforeAll(async () => {
  const t = await freshTable();
  world = await buildWorld(t);
  read = fhirReader(t);
  search = fhirSearcher(t);
}, 120_000);

// Compiling the R4 schema and the validator takes seconds on a busy machine: not the behaviour under test.
describe("ServiceRequest and QuestionnaireResponse", { timeout: 120_000 }, () => {
  it("links a booked referral and its appointment both ways, each resolving for the same reader", async () => {
    for (const principal of [tom, armleyReceptionist]) {
      const request = await read(principal, "ServiceRequest", world.tomReferral);
      expect(request.status).toBe(200);
      expect(request.headers["content-type"]).toMatch(/^application\/fhir\+json/);
      expectValidFhir(request.body);
      expect(request.body).toMatchObject({
        resourceType: "ServiceRequest",
        meta: { profile: ["https://fhir.hl7.org.uk/StructureDefinition/UKCore-ServiceRequest"] },
        status: "active",
        subject: { reference: "Patient/patient-tom" },
      });
      const references = (request.body.supportingInfo as { reference: string }[]).map(
        (s) => s.reference,
      );
      expect(references).toEqual([
        `QuestionnaireResponse/${world.tomReferral}`,
        `Appointment/${world.tomAppointment}`,
      ]);
      for (const reference of [...references, request.body.subject.reference]) {
        const [type, id] = reference.split("/") as [string, string];
        const resolved = await read(principal, type, id);
        expect(resolved.status, reference).toBe(200);
        expectValidFhir(resolved.body);
      }
      const appointment = await read(principal, "Appointment", world.tomAppointment);
      expect(appointment.body.basedOn).toEqual([
        { reference: `ServiceRequest/${world.tomReferral}` },
      ]);
    }
    // Its booking cancelled, the referral is back to accepted and names no appointment.
    const unbooked = await read(tom, "ServiceRequest", world.tomCancelledReferral);
    expect(unbooked.body.supportingInfo).toEqual([
      { reference: `QuestionnaireResponse/${world.tomCancelledReferral}` },
    ]);
    // …while its cancelled appointment still says what it was for.
    const cancelled = await read(tom, "Appointment", world.tomCancelledAppointment);
    expect(cancelled.body.basedOn).toEqual([
      { reference: `ServiceRequest/${world.tomCancelledReferral}` },
    ]);
  });

  it("tells nobody else: another patient, another site in the ICB, another ICB, an analyst, a PHB team", async () => {
    for (const principal of [amira, edith, chapeltownReceptionist, yorkClinician, phbTeam]) {
      for (const type of ["ServiceRequest", "QuestionnaireResponse"]) {
        const hidden = await read(principal, type, world.tomReferral);
        expect(hidden.status, `${type} for ${principal.userId}`).toBe(404);
        expect(hidden.body.resourceType).toBe("OperationOutcome");
      }
    }
    expect((await read(analyst, "ServiceRequest", world.tomReferral)).status).toBe(404);
    expect((await read(analyst, "QuestionnaireResponse", world.tomReferral)).status).toBe(404);
  });

  it("finds a patient's own referrals and a site's for its staff, by patient, status and id", async () => {
    const tomsTwo = [world.tomReferral, world.tomCancelledReferral].sort();
    expect(ids(await search(tom, "ServiceRequest"))).toEqual(tomsTwo);
    expect(ids(await search(tom, "ServiceRequest", [["patient", "Patient/patient-tom"]]))).toEqual(
      tomsTwo,
    );
    expect(
      ids(await search(tom, "ServiceRequest", [["patient", "Patient/patient-amira"]])),
    ).toEqual([]);
    expect(ids(await search(tom, "ServiceRequest", [["_id", world.amiraReferral]]))).toEqual([]);
    expect(ids(await search(tom, "ServiceRequest", [["status", "revoked,completed"]]))).toEqual([]);
    expect(ids(await search(tom, "ServiceRequest", [["status", "active"]]))).toEqual(tomsTwo);

    expect(ids(await search(armleyReceptionist, "ServiceRequest"))).toEqual(
      [...tomsTwo, world.amiraReferral].sort(),
    );
    expect(
      ids(
        await search(armleyReceptionist, "ServiceRequest", [["patient", "Patient/patient-amira"]]),
      ),
    ).toEqual([world.amiraReferral]);
    expect(
      ids(await search(armleyReceptionist, "ServiceRequest", [["_id", world.tomReferral]])),
    ).toEqual([world.tomReferral]);
    for (const other of [chapeltownReceptionist, yorkClinician]) {
      expect(ids(await search(other, "ServiceRequest"))).toEqual([]);
      expect(
        ids(await search(other, "ServiceRequest", [["patient", "Patient/patient-amira"]])),
      ).toEqual([]);
      expect(ids(await search(other, "ServiceRequest", [["_id", world.tomReferral]]))).toEqual([]);
    }
    for (const nobody of [amira, edith, analyst, phbTeam]) {
      expect(ids(await search(nobody, "ServiceRequest", [["_id", world.tomReferral]]))).toEqual([]);
    }
    expect(ids(await search(analyst, "ServiceRequest"))).toEqual([]);
    expect(ids(await search(phbTeam, "ServiceRequest"))).toEqual([]);
  });

  it("pages a site's referrals without repeating or losing one", async () => {
    const seen: string[] = [];
    let page: string | undefined;
    do {
      const result = await search(armleyReceptionist, "ServiceRequest", [], {
        count: 2,
        ...(page !== undefined ? { page } : {}),
      });
      expect(result.resources.length).toBeLessThanOrEqual(2);
      seen.push(...ids(result).map(String));
      page = result.next;
    } while (page);
    expect(seen.sort()).toEqual(
      [world.tomReferral, world.tomCancelledReferral, world.amiraReferral].sort(),
    );
  });

  it("refuses malformed values by parameter", async () => {
    for (const [params, expression] of [
      [[["status", "rejected"]], "status"],
      [[["patient", "Patient/"]], "patient"],
      [[["_id", "ref_1"]], "_id"],
      [
        [
          ["status", "active"],
          ["status", "on-hold"],
        ],
        "status",
      ],
    ] as [[string, string][], string][]) {
      const error = await search(tom, "ServiceRequest", params).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, JSON.stringify(params)).toBeInstanceOf(FhirSearchError);
      expect((error as FhirSearchError).expression).toBe(expression);
    }
  });
});
