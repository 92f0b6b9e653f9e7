import { randomUUID } from "node:crypto";
import type { Principal } from "@front-door/contracts";
import { type DocumentFiles, getDocument, keptKey, phbApplicationsOf } from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type DocumentCalls,
  documentCalls,
  objectExists,
  pdfBytes,
  testFiles,
  upload,
} from "./document-fixtures.ts";
import {
  amira,
  application,
  caseManager,
  clock,
  otherIcbTeam,
  phbCalls,
  tom,
} from "./phb-fixtures.ts";
import { freshTable, type TestTable } from "./support.ts";

/** Supporting documents sent with a PHB application: attached with it, or nothing is written. */

let t: TestTable;
let files: DocumentFiles;
let documents: DocumentCalls;
let c: ReturnType<typeof phbCalls>;

beforeAll(async () => {
  t = await freshTable();
  files = testFiles();
  documents = documentCalls(t, files, () => clock.now);
  c = phbCalls(t, files);
});

async function accepted(owner: Principal): Promise<string> {
  const documentId = await upload(documents, owner as never, pdfBytes(randomUUID()));
  const checked = await documents.check({ principal: owner, params: { documentId }, body: {} });
  if (checked.status !== 200) throw new Error("upload not accepted");
  return documentId;
}

describe("documents with a PHB application", () => {
  it("attaches them with the application, lists them, and lets only that ICB's team read them", async () => {
    const letter = await accepted(amira);
    const sent = await c.apply({
      principal: amira,
      body: { ...application, documentIds: [letter] },
    });
    expect(sent.status).toBe(201);
    const applicationId = sent.body.id as string;
    expect(sent.body.documents).toEqual([
      {
        documentId: letter,
        fileName: "letter.pdf",
        contentType: "application/pdf",
        size: expect.any(Number),
      },
    ]);
    const seen = await c.myOne({ principal: amira, params: { applicationId } });
    expect(seen.body.documents.map((d: { documentId: string }) => d.documentId)).toEqual([letter]);
    const atTeam = await c.teamOne({ principal: caseManager, params: { applicationId } });
    expect(atTeam.body.documents.map((d: { documentId: string }) => d.documentId)).toEqual([
      letter,
    ]);

    expect((await getDocument(t.db, t.tableName, letter))?.attachedTo).toEqual({
      kind: "phb-application",
      id: applicationId,
      scope: { icbId: "icb-west-yorkshire" },
    });
    expect(await objectExists(files, keptKey(letter))).toBe(true);
    const download = (principal: Principal) =>
      documents.download({ principal, params: { documentId: letter } });
    expect((await download(caseManager)).status).toBe(200);
    expect((await download(amira)).status).toBe(200);
    expect((await download(otherIcbTeam)).status).toBe(404);
    expect((await download(tom)).status).toBe(404);
  });

  it("refuses another person's document, or one already sent, with 422 and writes nothing", async () => {
    const before = (await phbApplicationsOf(t.db, t.tableName, "patient-tom")).length;
    const amirasLetter = await accepted(amira);
    const othersDocument = await c.apply({
      principal: tom,
      body: { ...application, documentIds: [amirasLetter] },
    });
    expect(othersDocument.status).toBe(422);
    expect(othersDocument.body.error.code).toBe("document_not_ready");
    expect(othersDocument.body.error.fields[0].path).toBe("documentIds");

    const tomsLetter = await accepted(tom);
    const first = await c.apply({
      principal: tom,
      body: { ...application, documentIds: [tomsLetter] },
    });
    expect(first.status).toBe(201);
    const again = await c.apply({
      principal: tom,
      body: { ...application, documentIds: [tomsLetter] },
    });
    expect(again.status).toBe(422);
    expect((await phbApplicationsOf(t.db, t.tableName, "patient-tom")).length).toBe(before + 1);
    expect((await getDocument(t.db, t.tableName, amirasLetter))?.attachedTo).toBeUndefined();
  });

  it("refuses more than five documents by name of the field", async () => {
    const ids = Array.from({ length: 6 }, () => randomUUID());
    const result = await c.apply({ principal: amira, body: { ...application, documentIds: ids } });
    expect(result.status).toBe(400);
    expect(result.body.error.fields[0].path).toBe("documentIds");
  });
});

describe("the applicant acts on the version they saw", () => {
  it("answers 409 when the team changed the application since, and acts when it did not", async () => {
    const sent = await c.apply({ principal: amira, body: application });
    const applicationId = sent.body.id as string;
    const seen = sent.body.version as number;
    const eligible = await c.teamAct({
      principal: caseManager,
      params: { applicationId },
      body: { type: "decide-eligible" },
      headers: { "if-match": String(seen) },
    });
    expect(eligible.status).toBe(200);
    const stale = await c.myAct({
      principal: amira,
      params: { applicationId },
      body: { type: "choose-holding", preference: "notional" },
      headers: { "if-match": String(seen) },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("phb_changed_meanwhile");
    const current = await c.myAct({
      principal: amira,
      params: { applicationId },
      body: { type: "choose-holding", preference: "notional" },
      headers: { "if-match": String(eligible.body.version) },
    });
    expect(current.status).toBe(200);
    expect(current.body.case.holdingPreference).toBe("notional");
  });
});

describe("documents with an answer to the team's question", () => {
  it("attaches them with the answer, or refuses another person's with 422 and writes nothing", async () => {
    const sent = await c.apply({ principal: amira, body: application });
    const applicationId = sent.body.id as string;
    const asked = await c.teamAct({
      principal: caseManager,
      params: { applicationId },
      body: { type: "request-information", question: "Send the latest care assessment" },
      headers: { "if-match": String(sent.body.version) },
    });
    expect(asked.status).toBe(200);

    const tomsLetter = await accepted(tom);
    const refused = await c.myAct({
      principal: amira,
      params: { applicationId },
      body: { type: "answer-information", answer: "Attached", documentIds: [tomsLetter] },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields[0].path).toBe("documentIds");
    const unchanged = await c.myOne({ principal: amira, params: { applicationId } });
    expect(unchanged.body.stage).toBe("information-requested");
    expect(unchanged.body.version).toBe(asked.body.version);

    const assessment = await accepted(amira);
    const answered = await c.myAct({
      principal: amira,
      params: { applicationId },
      body: { type: "answer-information", answer: "Attached", documentIds: [assessment] },
    });
    expect(answered.status).toBe(200);
    expect(answered.body.stage).toBe("requested");
    const atTeam = await c.teamOne({ principal: caseManager, params: { applicationId } });
    expect(atTeam.body.documents.map((d: { documentId: string }) => d.documentId)).toEqual([
      assessment,
    ]);
    expect((await getDocument(t.db, t.tableName, assessment))?.attachedTo?.id).toBe(applicationId);
    expect((await getDocument(t.db, t.tableName, tomsLetter))?.attachedTo).toBeUndefined();
  });
});
