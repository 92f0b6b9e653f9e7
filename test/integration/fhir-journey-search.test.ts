import { randomUUID } from "node:crypto";
import type { Principal } from "@front-door/contracts";
import { routes } from "@front-door/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import {
  makeAdviceRequestCreate,
  makeMyAdviceReply,
} from "../../functions/src/advice/handlers/patient-advice.ts";
import { makeStaffAdviceAction } from "../../functions/src/advice/handlers/staff-advice.ts";
import { adviceCallers, openNow, rashRequest, york } from "./advice-fixtures.ts";
import { documentCalls, pdfBytes, pngBytes, testFiles, upload } from "./document-fixtures.ts";
import { fhirCalls, idsOf, nextQuery } from "./fhir-directory-fixtures.ts";
import {
  amira,
  analyst,
  application,
  caseManager,
  clock,
  edith,
  otherIcbTeam,
  phbCalls,
  plan,
  receptionist,
  tom,
} from "./phb-fixtures.ts";
import { freshTable } from "./support.ts";

/**
 * Searching the resources the PHB and advice journeys add (CarePlan, Task, Communication,
 * DocumentReference) through the real search route against DynamoDB Local: each search's
 * matches for those who may read them, nothing for anyone else (another patient, another
 * practice, another ICB's PHB team, an analyst), and a malformed value answered 400.
 * Every response is validated (R4 schema, value sets, invariants, ODS) by fhirCalls.
 */

let fhir: ReturnType<typeof fhirCalls>;
let applicationId: string;
let requestId: string;
let photoId: string;
let letterId: string;

const search = async (principal: Principal, type: string, query = "") => {
  const result = await fhir.search(principal, type, query);
  expect(result.status, JSON.stringify(result.body)).toBe(200);
  expect(result.body).toMatchObject({ resourceType: "Bundle", type: "searchset" });
  return result.body;
};

beforeAll(async () => {
  const t = await freshTable();
  clock.now = new Date("2026-12-08T10:00:00Z");
  fhir = fhirCalls(t, () => clock.now);

  // Amira applies for a PHB at West Yorkshire; the team takes it as far as a draft plan.
  const phb = phbCalls(t);
  const letters = documentCalls(t, testFiles(), () => clock.now);
  letterId = await upload(letters, amira as Extract<Principal, { role: "patient" }>, pdfBytes("l"));
  expect(
    (await letters.check({ principal: amira, params: { documentId: letterId }, body: {} })).status,
  ).toBe(200);
  const applied = await phb.apply({
    principal: amira,
    body: { ...application, documentIds: [letterId] },
  });
  expect(applied.status, JSON.stringify(applied.body)).toBe(201);
  applicationId = applied.body.id as string;
  for (const body of [
    { type: "decide-eligible" },
    { type: "record-assessment", date: "2026-12-07", summary: "Care" },
    { type: "set-budget", annualPence: 2_400_000, basis: "21 hours" },
    { type: "save-plan", plan: plan(1_638_000) },
  ]) {
    const params = { applicationId };
    const current = await phb.teamOne({ principal: caseManager, params });
    const version = String(current.body.version);
    const done = await phb.teamAct({
      principal: caseManager,
      params,
      body,
      headers: { "if-match": version },
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
  }

  // Tom asks Armley for advice with a photo; the practice asks a question; he replies.
  const adviceClock = { now: openNow };
  const caller = adviceCallers(t, adviceClock);
  const documents = documentCalls(t, testFiles(), () => adviceClock.now);
  photoId = await upload(documents, tom as Extract<Principal, { role: "patient" }>, pngBytes, {
    contentType: "image/png",
    purpose: "advice",
  });
  expect(
    (await documents.check({ principal: tom, params: { documentId: photoId }, body: {} })).status,
  ).toBe(200);
  const sent = await caller(
    routes.adviceRequestCreate,
    makeAdviceRequestCreate,
  )({
    principal: tom,
    body: { ...rashRequest, documentIds: [photoId] },
    headers: { "idempotency-key": randomUUID() },
  });
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  requestId = sent.body.requestId as string;
  const asked = await caller(
    routes.staffAdviceAction,
    makeStaffAdviceAction,
  )({ principal: receptionist, params: { requestId }, body: { type: "ask", text: "Spreading?" } });
  expect(asked.status).toBe(200);
  const replied = await caller(
    routes.myAdviceReply,
    makeMyAdviceReply,
  )({ principal: tom, params: { requestId }, body: { text: "No" } });
  expect(replied.status).toBe(200);
}, 120_000);

// Compiling the R4 schema and the validator takes seconds on a busy machine: not the behaviour under test.
describe("searching the PHB and advice journeys' resources", { timeout: 180_000 }, () => {
  it("finds a PHB application's CarePlan and Task for the applicant and their ICB's team only", async () => {
    const byPatient = "patient=Patient/patient-amira";
    for (const [principal, query] of [
      [amira, ""],
      [amira, byPatient],
      [caseManager, byPatient],
      [caseManager, `_id=${applicationId}`],
    ] as const) {
      expect(idsOf(await search(principal, "CarePlan", query)), query).toEqual([applicationId]);
    }
    // The team's search without a patient reads its ICB's queue.
    expect(idsOf(await search(caseManager, "CarePlan"))).toContain(applicationId);
    expect(idsOf(await search(amira, "Task"))).toEqual([`phb-${applicationId}`]);
    const teamTasks = idsOf(await search(caseManager, "Task", "status=in-progress"));
    expect(teamTasks).toEqual([`phb-${applicationId}`]);
    expect(idsOf(await search(caseManager, "Task", "status=completed"))).toEqual([]);
    for (const principal of [tom, edith, otherIcbTeam, receptionist, analyst]) {
      for (const query of ["", byPatient, `_id=${applicationId}`]) {
        const who = `${principal.userId} ${query}`;
        expect(idsOf(await search(principal, "CarePlan", query)), who).toEqual([]);
      }
      const tasks = await search(principal, "Task", `_id=phb-${applicationId}`);
      expect(idsOf(tasks), principal.userId).toEqual([]);
    }
  });

  it("finds an advice request's Task for the asker and their practice's staff only", async () => {
    const task = `advice-${requestId}`;
    expect(idsOf(await search(tom, "Task"))).toEqual([task]);
    expect(idsOf(await search(tom, "Task", "patient=Patient/patient-tom"))).toEqual([task]);
    expect(idsOf(await search(receptionist, "Task"))).toContain(task);
    expect(idsOf(await search(receptionist, "Task", "patient=Patient/patient-tom"))).toEqual([
      task,
    ]);
    expect(idsOf(await search(receptionist, "Task"))).not.toContain(`phb-${applicationId}`);
    for (const principal of [amira, edith, york, caseManager, analyst]) {
      for (const query of ["", "patient=Patient/patient-tom", `_id=${task}`]) {
        const who = `${principal.userId} ${query}`;
        expect(idsOf(await search(principal, "Task", query)), who).not.toContain(task);
      }
    }
  });

  it("finds an advice request's messages, a page at a time, for those who may read it", async () => {
    const partOf = `part-of=Task/advice-${requestId}`;
    for (const principal of [tom, receptionist]) {
      const thread = await search(principal, "Communication", partOf);
      expect(thread.total).toBe(2);
      const ids = idsOf(thread);
      expect(ids).toHaveLength(2);
      // One a page: the next link carries on to the second message, then stops.
      const first = await search(principal, "Communication", `${partOf}&_count=1`);
      expect(idsOf(first)).toEqual([ids[0]]);
      const second = await search(principal, "Communication", nextQuery(first) ?? "");
      expect(idsOf(second)).toEqual([ids[1]]);
      expect(nextQuery(second)).toBeUndefined();
      expect(idsOf(await search(principal, "Communication", `_id=${ids[1]}`))).toEqual([ids[1]]);
    }
    const [one] = idsOf(await search(tom, "Communication", partOf));
    for (const principal of [amira, york, caseManager, analyst]) {
      expect(idsOf(await search(principal, "Communication", partOf)), principal.userId).toEqual([]);
      expect(idsOf(await search(principal, "Communication", `_id=${one}`))).toEqual([]);
    }
  });

  it("finds a PHB application's documents for the applicant and their ICB's team only", async () => {
    const related = `related=Task/phb-${applicationId}`;
    for (const principal of [amira, caseManager]) {
      const found = await search(principal, "DocumentReference", related);
      expect(idsOf(found)).toEqual([letterId]);
      expect(found.entry[0].resource.context.related).toEqual([
        { reference: `Task/phb-${applicationId}` },
      ]);
    }
    for (const principal of [tom, otherIcbTeam, receptionist, analyst]) {
      for (const query of [related, `_id=${letterId}`]) {
        const who = `${principal.userId} ${query}`;
        expect(idsOf(await search(principal, "DocumentReference", query)), who).toEqual([]);
      }
    }
  });

  it("finds an advice request's documents for those who may read them", async () => {
    const related = `related=Task/advice-${requestId}`;
    for (const principal of [tom, receptionist]) {
      const found = await search(principal, "DocumentReference", related);
      expect(idsOf(found)).toEqual([photoId]);
      expect(found.entry[0].resource.context.related).toEqual([
        { reference: `Task/advice-${requestId}` },
      ]);
      expect(idsOf(await search(principal, "DocumentReference", `_id=${photoId}`))).toEqual([
        photoId,
      ]);
    }
    for (const principal of [amira, york, caseManager, analyst]) {
      for (const query of [related, `_id=${photoId}`]) {
        const who = `${principal.userId} ${query}`;
        expect(idsOf(await search(principal, "DocumentReference", query)), who).toEqual([]);
      }
    }
  });

  it("answers a malformed value with a 400 OperationOutcome naming the parameter", async () => {
    const cases: [string, string, string][] = [
      ["Task", "status=finished", "status"],
      ["Task", "patient=Patient/a/b", "patient"],
      ["CarePlan", "_id=not%20an%20id", "_id"],
      ["Communication", "", "part-of"],
      ["Communication", "part-of=Task/a/b", "part-of"],
      ["DocumentReference", "", "related"],
    ];
    for (const [type, query, expression] of cases) {
      const refused = await fhir.search(tom, type, query);
      expect(refused.status, `${type}?${query}`).toBe(400);
      expect(refused.body).toMatchObject({
        resourceType: "OperationOutcome",
        issue: [{ severity: "error", expression: [expression] }],
      });
    }
  });
});
