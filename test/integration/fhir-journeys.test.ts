import { randomUUID } from "node:crypto";
import { type Principal, routes } from "@front-door/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import {
  makeAdviceRequestCreate,
  makeMyAdviceReply,
} from "../../functions/src/advice/handlers/patient-advice.ts";
import { makeStaffAdviceAction } from "../../functions/src/advice/handlers/staff-advice.ts";
import { makeFhirRead } from "../../functions/src/fhir/handlers/fhir-read.ts";
import { fhirValidatorErrors } from "../../packages/fhir/src/testing/fhir-validator.ts";
import { r4InvariantErrors } from "../../packages/fhir/src/testing/r4-invariants.ts";
import { r4SchemaErrors } from "../../packages/fhir/src/testing/r4-schema.ts";
import { adviceCallers, openNow, rashRequest, york } from "./advice-fixtures.ts";
import { documentCalls, pngBytes, testFiles, upload } from "./document-fixtures.ts";
import {
  amira,
  analyst,
  application,
  caseManager,
  clock,
  decisionMaker,
  edith,
  otherIcbTeam,
  phbCalls,
  plan,
  receptionist,
  tom,
} from "./phb-fixtures.ts";
import { type Call, routeCaller } from "./route-caller.ts";
import { freshTable, type TestTable } from "./support.ts";

/**
 * The FHIR R4 views of a PHB application and an advice request, over HTTP against DynamoDB
 * Local: who may read each, that others get a 404 OperationOutcome, and that what is served
 * passes HL7's R4 schema, the value-set validator and the R4 invariants.
 */

let t: TestTable;
let phb: ReturnType<typeof phbCalls>;
let read: Call;
let adviceCreate: Call;
let adviceReply: Call;
let adviceAct: Call;
let applicationId: string;
let requestId: string;
let photoId: string;

const fhir = (principal: Principal | undefined, resourceType: string, id: string) =>
  read({ ...(principal ? { principal } : {}), params: { resourceType, id } });

function expectValidFhir(body: unknown) {
  expect(r4SchemaErrors(body)).toEqual([]);
  expect(fhirValidatorErrors(body)).toEqual([]);
  expect(r4InvariantErrors(body)).toEqual([]);
}

async function team(id: string, body: unknown, principal: Principal = caseManager) {
  const current = await phb.teamOne({ principal, params: { applicationId: id } });
  const result = await phb.teamAct({
    principal,
    params: { applicationId: id },
    body,
    headers: { "if-match": String(current.body.version) },
  });
  expect(result.status, JSON.stringify(result.body)).toBe(200);
}

beforeAll(async () => {
  t = await freshTable();
  clock.now = new Date("2026-12-08T10:00:00Z");
  phb = phbCalls(t);
  read = routeCaller(t, routes.fhirRead, makeFhirRead, () => clock.now);

  // A budget agreed and signed off, for Amira at West Yorkshire.
  applicationId = (await phb.apply({ principal: amira, body: application })).body.id as string;
  await team(applicationId, { type: "decide-eligible" });
  await team(applicationId, { type: "record-assessment", date: "2026-12-07", summary: "Care" });
  await team(applicationId, { type: "set-budget", annualPence: 2_400_000, basis: "21 hours" });
  await team(applicationId, { type: "save-plan", plan: plan(1_638_000) });
  await phb.myAct({
    principal: amira,
    params: { applicationId },
    body: { type: "agree-plan", version: 1 },
  });
  await team(applicationId, { type: "sign-off", version: 1 }, decisionMaker);

  // An advice request from Tom at Armley with a photo, a question from the practice, his reply.
  const adviceClock = { now: openNow };
  const caller = adviceCallers(t, adviceClock);
  adviceCreate = caller(routes.adviceRequestCreate, makeAdviceRequestCreate);
  adviceReply = caller(routes.myAdviceReply, makeMyAdviceReply);
  adviceAct = caller(routes.staffAdviceAction, makeStaffAdviceAction);
  const documents = documentCalls(t, testFiles(), () => adviceClock.now);
  photoId = await upload(documents, tom as Extract<Principal, { role: "patient" }>, pngBytes, {
    contentType: "image/png",
    purpose: "advice",
  });
  const checked = await documents.check({
    principal: tom,
    params: { documentId: photoId },
    body: {},
  });
  expect(checked.status).toBe(200);
  const sent = await adviceCreate({
    principal: tom,
    body: { ...rashRequest, documentIds: [photoId] },
    headers: { "idempotency-key": randomUUID() },
  });
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  requestId = sent.body.requestId as string;
  const asked = await adviceAct({
    principal: receptionist,
    params: { requestId },
    body: { type: "ask", text: "Is it spreading?" },
  });
  expect(asked.status).toBe(200);
  await adviceReply({ principal: tom, params: { requestId }, body: { text: "No, <b>not</b>" } });
});

// Compiling the R4 schema and the validator takes seconds on a busy machine: not the behaviour under test.
describe("FHIR R4 views of the PHB and advice journeys", { timeout: 120_000 }, () => {
  it("serves the applicant and their ICB's PHB team the plan and the application's progress", async () => {
    for (const principal of [amira, caseManager]) {
      const carePlan = await fhir(principal, "CarePlan", applicationId);
      expect(carePlan.status).toBe(200);
      expect(carePlan.headers["content-type"]).toMatch(/^application\/fhir\+json/);
      expect(carePlan.body).toMatchObject({
        resourceType: "CarePlan",
        id: applicationId,
        status: "active",
        author: { identifier: { value: "QWO" } },
        activity: [{ detail: { code: { text: "Personal assistant for personal care" } } }],
      });
      expectValidFhir(carePlan.body);
      const task = await fhir(principal, "Task", `phb-${applicationId}`);
      expect(task.body).toMatchObject({
        status: "in-progress",
        businessStatus: { coding: [{ code: "plan-agreed" }] },
        focus: { reference: `CarePlan/${applicationId}` },
        for: { identifier: { value: "9990000018" } },
      });
      expectValidFhir(task.body);
    }
  });

  it("tells anyone else nothing: another patient, the person it was not made by, another ICB", async () => {
    for (const principal of [tom, edith, otherIcbTeam, receptionist]) {
      for (const [type, id] of [
        ["CarePlan", applicationId],
        ["Task", `phb-${applicationId}`],
      ] as const) {
        const refused = await fhir(principal, type, id);
        expect(refused.status).toBe(404);
        expect(refused.headers["content-type"]).toMatch(/^application\/fhir\+json/);
        expect(refused.body).toMatchObject({
          resourceType: "OperationOutcome",
          issue: [{ severity: "error", code: "not-found" }],
        });
      }
    }
    expect((await fhir(caseManager, "CarePlan", randomUUID())).status).toBe(404);
    expect((await fhir(caseManager, "Task", applicationId)).status).toBe(404);
  });

  it("serves the patient and their practice's staff the request, its thread and its photo", async () => {
    for (const principal of [tom, receptionist]) {
      const task = await fhir(principal, "Task", `advice-${requestId}`);
      expect(task.status).toBe(200);
      expect(task.body).toMatchObject({
        // The patient answered, so it is back with the practice; nobody has taken it yet.
        status: "requested",
        priority: "routine",
        focus: { reference: `QuestionnaireResponse/${requestId}` },
      });
      expectValidFhir(task.body);
      const references = [...(task.body.input ?? []), ...(task.body.output ?? [])].map(
        (i: { valueReference: { reference: string } }) => i.valueReference.reference,
      );
      expect(references).toContain(`DocumentReference/${photoId}`);
      // Every reference in the Task resolves through the API, for the same reader.
      for (const reference of [...references, task.body.focus.reference]) {
        const [type, id] = reference.split("/") as [string, string];
        const resolved = await fhir(principal, type, id);
        expect(resolved.status, reference).toBe(200);
        expect(resolved.body.resourceType).toBe(type);
        expectValidFhir(resolved.body);
      }
      const replyReference = task.body.input.find(
        (i: { type: { text: string } }) => i.type.text === "Reply from the patient",
      ).valueReference.reference as string;
      const reply = await fhir(principal, "Communication", replyReference.split("/")[1] as string);
      expect(reply.body.payload).toEqual([{ contentString: "No, <b>not</b>" }]);
      expect(reply.body.inResponseTo).toHaveLength(1);
    }
    const document = await fhir(tom, "DocumentReference", photoId);
    expect(document.body.content).toEqual([
      {
        attachment: {
          contentType: "image/png",
          url: `/api/documents/${photoId}/download`,
          size: pngBytes.length,
          title: expect.any(String),
        },
      },
    ]);
  });

  it("refuses the advice request's resources to anyone else, and the roles that never read them", async () => {
    const task = await fhir(tom, "Task", `advice-${requestId}`);
    const communication = (task.body.output[0].valueReference.reference as string).split("/")[1];
    for (const principal of [amira, york, caseManager]) {
      for (const [type, id] of [
        ["Task", `advice-${requestId}`],
        ["Communication", communication],
        ["DocumentReference", photoId],
      ] as const) {
        const refused = await fhir(principal, type, id as string);
        expect(refused.status, `${type} for ${principal.userId}`).toBe(404);
        expect(refused.body.resourceType).toBe("OperationOutcome");
      }
    }
    expect((await fhir(amira, "QuestionnaireResponse", requestId)).status).toBe(404);
    // Analysts may read the directory, so they reach the read; an advice Task is not theirs.
    const toAnalyst = await fhir(analyst, "Task", `advice-${requestId}`);
    expect(toAnalyst.status).toBe(404);
    expect(toAnalyst.body.resourceType).toBe("OperationOutcome");
    const signedOut = await fhir(undefined, "Task", `advice-${requestId}`);
    expect(signedOut.status).toBe(401);
    expect(signedOut.body.issue[0].code).toBe("login");
  });

  it("refuses a type it does not serve and a malformed id, naming each in an OperationOutcome", async () => {
    const unknownType = await fhir(tom, "Encounter", "encounter-1");
    expect(unknownType.status).toBe(400);
    expect(unknownType.body.resourceType).toBe("OperationOutcome");
    expect(unknownType.body.issue[0].expression).toEqual(["resourceType"]);
    const badId = await fhir(tom, "Task", "advice_../x");
    expect(badId.status).toBe(400);
    expect(badId.body.issue[0].expression).toEqual(["id"]);
  });
});
