import { addDays, londonToday } from "@front-door/domain";
import {
  blockSlot,
  demoSessionTemplates,
  demoSites,
  publishSessionTemplates,
} from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { slotIdOfFhir } from "../../packages/fhir/src/directory/slot.ts";
import {
  analyst,
  fhirCalls,
  idsOf,
  nextQuery,
  otherPatient,
  patient,
  receptionist,
} from "./fhir-directory-fixtures.ts";
import { freshTable, type TestTable } from "./support.ts";

/**
 * The FHIR R4 directory over HTTP against DynamoDB Local: metadata, reads and searches of
 * Organization, Location, HealthcareService, Schedule, Slot and Questionnaire, paging, and the
 * OperationOutcomes for bad searches. Every body is validated (fhirCalls) and checked against
 * the OpenAPI document (routeCaller / checkedHttp).
 */

const now = new Date("2026-12-08T07:00:00Z");
const today = londonToday(now);
let t: TestTable;
let fhir: ReturnType<typeof fhirCalls>;

beforeAll(async () => {
  t = await freshTable();
  // Armley's physiotherapy clinic for the week: slots to search, without the whole demo rota.
  const clinic = demoSessionTemplates.filter(
    (s) => s.id === "demo-physio-clinic" && s.siteId === "site-armley",
  );
  const armley = demoSites.find((s) => s.id === "site-armley");
  if (!armley || clinic.length !== 1)
    throw new Error("the demo's Armley physiotherapy clinic is gone");
  const published = await publishSessionTemplates(
    t.db,
    t.tableName,
    armley,
    clinic,
    today,
    addDays(today, 6),
  );
  expect(published.created).toBeGreaterThan(10);
  fhir = fhirCalls(t, () => now);
}, 120_000);

describe("GET /api/fhir/metadata", { timeout: 180_000 }, () => {
  it("is public, and states every served type with its profile, interactions and parameters", async () => {
    const { status, body } = await fhir.metadata();
    expect(status).toBe(200);
    expect(body).toMatchObject({ kind: "instance", fhirVersion: "4.0.1", format: ["json"] });
    const rest = body.rest[0];
    expect(rest.mode).toBe("server");
    expect(rest.security.description).toMatch(/Bearer/);
    const slot = rest.resource.find((r: { type: string }) => r.type === "Slot");
    expect(slot.profile).toBe("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Slot");
    expect(slot.interaction.map((i: { code: string }) => i.code)).toEqual(["read", "search-type"]);
    expect(
      slot.searchParam.map((p: { name: string; type: string }) => `${p.name}:${p.type}`),
    ).toEqual(["start:date", "status:token", "service-type:token", "schedule:reference"]);
    const answers = rest.resource.find((r: { type: string }) => r.type === "QuestionnaireResponse");
    expect(answers.interaction).toEqual([{ code: "read" }]);
    const task = rest.resource.find((r: { type: string }) => r.type === "Task");
    expect(task.searchParam.map((p: { name: string }) => p.name)).toEqual([
      "_id",
      "patient",
      "status",
    ]);
  });
});

describe("the directory's reads and searches", { timeout: 60_000 }, () => {
  it("searches Organizations (ICBs and sites' organisations) by ODS code, each fullUrl its read", async () => {
    const all = await fhir.search(patient, "Organization");
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(7);
    expect(all.body.entry[0].fullUrl).toBe(
      `http://localhost/api/fhir/Organization/${all.body.entry[0].resource.id}`,
    );
    expect(all.body.entry[0].search).toEqual({ mode: "match" });
    const qwo = await fhir.search(
      analyst,
      "Organization",
      "identifier=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fods-organization-code%7CQWO",
    );
    expect(idsOf(qwo.body)).toEqual(["icb-west-yorkshire"]);
    const partOf = await fhir.search(
      receptionist,
      "Organization",
      "partof=Organization/icb-humber-north-yorkshire",
    );
    expect(idsOf(partOf.body)).toEqual(["site-york-clifton"]);
    const read = await fhir.read(patient, "Organization", "site-armley");
    expect(read.body.identifier[0].value).toBe("Y99001");
    expect(read.body.partOf.reference).toBe("Organization/icb-west-yorkshire");
  });

  it("reads and searches Locations, HealthcareServices and Schedules, each reference resolving", async () => {
    const located = await fhir.search(patient, "Location", "address-postalcode=ls12");
    expect(idsOf(located.body)).toEqual(["site-armley"]);
    const physio = await fhir.search(
      patient,
      "HealthcareService",
      "service-type=http://snomed.info/sct|722140001",
    );
    expect(idsOf(physio.body)).toEqual([
      "site-armley.physiotherapy",
      "site-halifax.physiotherapy",
      "site-york-clifton.physiotherapy",
    ]);
    const service = physio.body.entry[0].resource;
    const [kind, id] = service.location[0].reference.split("/");
    expect((await fhir.read(analyst, kind, id)).status).toBe(200);
    const schedules = await fhir.search(patient, "Schedule", "actor=Location/site-armley");
    expect(idsOf(schedules.body)).toContain("site-armley.physiotherapy");
    const schedule = await fhir.read(receptionist, "Schedule", "site-armley.physiotherapy");
    expect(schedule.body.planningHorizon.start).toBe(today);
    for (const actor of schedule.body.actor) {
      const [type, actorId] = actor.reference.split("/");
      expect((await fhir.read(patient, type, actorId)).status).toBe(200);
    }
  });

  it("answers 404 OperationOutcome for what is not there, and a service a site does not offer", async () => {
    for (const [type, id] of [
      ["Location", "site-nowhere"],
      ["HealthcareService", "site-armley.mri-scan"],
      ["Slot", "site-armley.physiotherapy.in-person.20261208.0930.99"],
      ["Questionnaire", "no-such-questionnaire"],
    ] as const) {
      const missing = await fhir.read(patient, type, id);
      expect(missing.status, `${type}/${id}`).toBe(404);
      expect(missing.body.issue[0].code).toBe("not-found");
    }
  });

  it("serves the published questionnaires at the canonicals their responses name", async () => {
    const canonical = "https://fhir.front-door.nhs.example/Questionnaire/msk-physiotherapy";
    const found = await fhir.search(
      patient,
      "Questionnaire",
      `url=${encodeURIComponent(`${canonical}|1`)}`,
    );
    expect(idsOf(found.body)).toEqual(["msk-physiotherapy"]);
    expect(found.body.entry[0].resource.url).toBe(canonical);
    const triage = await fhir.read(patient, "Questionnaire", "same-day-triage");
    expect(triage.body.status).toBe("active");
  });
});

describe("the free-slot search", { timeout: 60_000 }, () => {
  const week = `start=ge${today}&start=le${addDays(today, 6)}`;

  it("pages free slots of one schedule with _count, each page bound to its caller and query", async () => {
    const query = `${week}&status=free&schedule=Schedule/site-armley.physiotherapy&_count=5`;
    const first = await fhir.search(patient, "Slot", query);
    expect(first.status).toBe(200);
    expect(first.body.entry).toHaveLength(5);
    expect(first.body.total).toBeGreaterThan(5);
    expect(first.body.link[0]).toEqual({ relation: "self", url: `/api/fhir/Slot?${query}` });
    for (const entry of first.body.entry) {
      expect(entry.resource.status).toBe("free");
      expect(entry.resource.schedule.reference).toBe("Schedule/site-armley.physiotherapy");
    }
    const next = nextQuery(first.body) as string;
    expect(next).toMatch(/_page=/);
    const second = await fhir.search(patient, "Slot", next);
    expect(second.status).toBe(200);
    const firstIds = idsOf(first.body);
    expect(idsOf(second.body).filter((id) => firstIds.includes(id))).toEqual([]);
    expect(second.body.entry[0].resource.start >= first.body.entry[4].resource.start).toBe(true);

    // Another caller, or the same link edited, is refused.
    const stolen = await fhir.search(otherPatient, "Slot", next);
    expect(stolen.status).toBe(400);
    expect(stolen.body.issue[0].expression).toEqual(["_page"]);
    const page = new URLSearchParams(next).get("_page") as string;
    const forged = next.replace(
      page,
      `${Buffer.from("0").toString("base64url")}.${page.split(".")[1]}`,
    );
    expect((await fhir.search(patient, "Slot", forged)).status).toBe(400);
    const widened = next.replace("_count=5", "_count=6");
    expect((await fhir.search(patient, "Slot", widened)).status).toBe(400);
  });

  it("reads a slot it found, free, on its schedule", async () => {
    const found = await fhir.search(
      receptionist,
      "Slot",
      `${week}&service-type=physiotherapy&_count=1`,
    );
    const slot = found.body.entry[0].resource;
    const read = await fhir.read(analyst, "Slot", slot.id);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: slot.id, status: "free", start: slot.start });
  });

  it("shows free only what a patient could book: a blocked slot reads busy-unavailable and leaves the search", async () => {
    const query = `${week}&schedule=Schedule/site-armley.physiotherapy&_count=3`;
    const before = await fhir.search(patient, "Slot", query);
    const blocked = before.body.entry[1].resource.id;
    const outcome = await blockSlot(
      t.db,
      t.tableName,
      slotIdOfFhir(blocked),
      "Clinician on leave",
      now,
    );
    expect(outcome.kind).toBe("done");
    expect((await fhir.read(patient, "Slot", blocked)).body.status).toBe("busy-unavailable");
    const after = await fhir.search(patient, "Slot", query);
    expect(idsOf(after.body)).not.toContain(blocked);
    expect(after.body.total).toBe(before.body.total - 1);
  });

  it("refuses a range wider than 2 weeks, a malformed date, a missing end and an unknown parameter, naming each", async () => {
    const cases = [
      [`start=ge${today}&start=le${addDays(today, 20)}`, "start", "invalid"],
      [`start=ge2026-13-40&start=le${today}`, "start", "invalid"],
      ["start=geyesterday", "start", "invalid"],
      [`start=ge${today}`, "start", "invalid"],
      [`${week}&status=busy`, "status", "invalid"],
      [`${week}&colour=blue`, "colour", "not-supported"],
      [`${week}&_count=101`, "_count", "invalid"],
      [`${week}&_count=0`, "_count", "invalid"],
      [`${week}&schedule=Location/site-armley`, "schedule", "invalid"],
    ] as const;
    for (const [query, expression, code] of cases) {
      const refused = await fhir.search(patient, "Slot", query);
      expect(refused.status, query).toBe(400);
      expect(refused.body.resourceType).toBe("OperationOutcome");
      expect(refused.body.issue[0], query).toMatchObject({
        severity: "error",
        code,
        expression: [expression],
      });
    }
  });

  it("answers a caller who is not signed in 401 with an OperationOutcome and the bearer challenge", async () => {
    const refused = await fhir.search(undefined, "Slot", week);
    expect(refused.status).toBe(401);
    expect(refused.body.issue[0].code).toBe("login");
    expect(refused.headers["www-authenticate"]).toMatch(/^Bearer/);
    const read = await fhir.read(undefined, "Location", "site-armley");
    expect(read.status).toBe(401);
    expect(read.body.resourceType).toBe("OperationOutcome");
  });
});
