import { randomUUID } from "node:crypto";
import { routes } from "@front-door/contracts";
import { type DocumentFiles, getDocument, keptKey } from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import {
  makeAdviceRequestCreate,
  makeMyAdviceReply,
  makeMyAdviceRequest,
  makeMyAdviceRequests,
} from "../../functions/src/advice/handlers/patient-advice.ts";
import {
  makeStaffAdviceAction,
  makeStaffAdviceRequest,
} from "../../functions/src/advice/handlers/staff-advice.ts";
import { adviceCallers, clinician2, openNow, rashRequest, york } from "./advice-fixtures.ts";
import {
  type DocumentCalls,
  documentCalls,
  objectExists,
  pdfBytes,
  pngBytes,
  testFiles,
  upload,
} from "./document-fixtures.ts";
import { clinician, receptionist } from "./referral-fixtures.ts";
import type { Call } from "./route-caller.ts";
import { freshTable, type TestTable } from "./support.ts";

/** The seeded patients registered at Armley, as the documents routes take them. */
const tom = {
  role: "patient" as const,
  userId: "u-tom",
  patientId: "patient-tom",
  nhsNumber: "9990001383",
};
const amira = {
  role: "patient" as const,
  userId: "u-amira",
  patientId: "patient-amira",
  nhsNumber: "9990000018",
};

const phbTeam = {
  role: "phb-team" as const,
  userId: "u-doc-phb-team",
  icbId: "icb-west-yorkshire",
  approvalLimitPence: 0,
};

let t: TestTable;
let files: DocumentFiles;
let documents: DocumentCalls;
const clock = { now: openNow };
let create: Call;
let mine: Call;
let myOne: Call;
let reply: Call;
let staffOne: Call;
let act: Call;

beforeAll(async () => {
  t = await freshTable();
  files = testFiles();
  documents = documentCalls(t, files, () => clock.now);
  const caller = adviceCallers(t, clock);
  create = caller(routes.adviceRequestCreate, makeAdviceRequestCreate);
  mine = caller(routes.myAdviceRequests, makeMyAdviceRequests);
  myOne = caller(routes.myAdviceRequest, makeMyAdviceRequest);
  reply = caller(routes.myAdviceReply, makeMyAdviceReply);
  staffOne = caller(routes.staffAdviceRequest, makeStaffAdviceRequest);
  act = caller(routes.staffAdviceAction, makeStaffAdviceAction);
});

async function accepted(owner: typeof tom, png = false): Promise<string> {
  const bytes = png ? pngBytes : pdfBytes(randomUUID());
  const contentType = png ? "image/png" : "application/pdf";
  const documentId = await upload(documents, owner, bytes, { contentType, purpose: "advice" });
  const checked = await documents.check({ principal: owner, params: { documentId }, body: {} });
  if (checked.status !== 200) throw new Error("upload not accepted");
  return documentId;
}

const send = (principal: typeof tom, documentIds?: string[]) =>
  create({
    principal,
    body: { ...rashRequest, ...(documentIds ? { documentIds } : {}) },
    headers: { "idempotency-key": randomUUID() },
  });

const download = (principal: Parameters<Call>[0]["principal"], documentId: string) =>
  documents.download({ principal, params: { documentId } });

const notReady = {
  path: "documentIds",
  message: "A file you added can no longer be used: remove it and add it again",
};

describe("documents with an advice request", () => {
  it("attaches them with the request; the thread lists them and the practice's staff may read them", async () => {
    clock.now = openNow;
    const letter = await accepted(tom);
    const photo = await accepted(tom, true);
    const sent = await send(tom, [letter, photo]);
    expect(sent.status).toBe(200);
    const requestId = sent.body.requestId as string;

    const seen = await myOne({ principal: tom, params: { requestId } });
    expect(seen.body.request.documents).toEqual([
      {
        documentId: letter,
        fileName: "letter.pdf",
        contentType: "application/pdf",
        size: expect.any(Number),
      },
      {
        documentId: photo,
        fileName: "letter.pdf",
        contentType: "image/png",
        size: pngBytes.length,
      },
    ]);
    const atPractice = await staffOne({ principal: receptionist, params: { requestId } });
    expect(
      atPractice.body.request.documents.map((d: { documentId: string }) => d.documentId),
    ).toEqual([letter, photo]);

    const attached = await getDocument(t.db, t.tableName, letter);
    expect(attached?.attachedTo).toEqual({
      kind: "advice-request",
      id: requestId,
      scope: { siteId: "site-armley" },
    });
    expect(await objectExists(files, keptKey(letter))).toBe(true);

    const byReception = await download(receptionist, letter);
    expect(byReception.status).toBe(200);
    expect((await (await fetch(byReception.body.url)).text()).startsWith("%PDF-")).toBe(true);
    expect((await download(clinician2, photo)).status).toBe(200);
    expect((await download(tom, letter)).status).toBe(200);
    expect((await download(amira, letter)).status).toBe(404);
    expect((await download(york, letter)).status).toBe(404);
    // The ICB's PHB team may use the download route, but an advice request is the practice's.
    expect((await download(phbTeam, letter)).status).toBe(404);
  });

  it("attaches them with a reply, listed on the reply's own entry", async () => {
    clock.now = openNow;
    const sent = await send(tom);
    const requestId = sent.body.requestId as string;
    expect(sent.body.kind).toBe("sent");
    const asked = await act({
      principal: clinician,
      params: { requestId },
      body: { type: "ask", text: "Can you send a photo?" },
    });
    expect(asked.status).toBe(200);
    const photo = await accepted(tom, true);
    const replied = await reply({
      principal: tom,
      params: { requestId },
      body: { text: "Here it is", documentIds: [photo] },
    });
    expect(replied.status).toBe(200);
    expect(replied.body.request.documents).toEqual([]);
    const entry = replied.body.request.thread.find(
      (e: { kind: string }) => e.kind === "from-patient",
    );
    expect(entry.documents).toEqual([
      { documentId: photo, fileName: "letter.pdf", contentType: "image/png", size: 10 },
    ]);
    const atPractice = await staffOne({ principal: clinician, params: { requestId } });
    expect(
      atPractice.body.request.thread.some(
        (e: { documents?: { documentId: string }[] }) => e.documents?.[0]?.documentId === photo,
      ),
    ).toBe(true);
    expect((await download(receptionist, photo)).status).toBe(200);
    expect((await download(york, photo)).status).toBe(404);
    expect((await download(amira, photo)).status).toBe(404);
  });
});

describe("documents an advice request refuses, writing nothing", () => {
  const requestCount = async () => (await mine({ principal: tom })).body.requests.length as number;

  it("refuses someone else's document, even beside the patient's own", async () => {
    clock.now = openNow;
    const own = await accepted(tom);
    const theirs = await accepted(amira);
    const before = await requestCount();
    const refused = await send(tom, [own, theirs]);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe("document_not_ready");
    expect(refused.body.error.fields).toEqual([notReady]);
    expect(await requestCount()).toBe(before);
    expect((await getDocument(t.db, t.tableName, own))?.attachedTo).toBeUndefined();
  });

  it("refuses a document already attached, one not yet checked and one that does not exist", async () => {
    clock.now = openNow;
    const once = await accepted(tom);
    expect((await send(tom, [once])).status).toBe(200);
    const before = await requestCount();
    expect((await send(tom, [once])).status).toBe(422);
    const unchecked = await documents.create({
      principal: tom,
      body: { fileName: "x.pdf", contentType: "application/pdf", size: 10, purpose: "advice" },
    });
    expect((await send(tom, [unchecked.body.documentId])).status).toBe(422);
    expect((await send(tom, [randomUUID()])).status).toBe(422);
    expect(await requestCount()).toBe(before);
  });

  it("refuses, in the transaction itself, a document whose day ran out", async () => {
    clock.now = openNow;
    const stale = await accepted(tom);
    // Two days on the record is still there (DynamoDB's TTL is lazy) but may not be attached.
    clock.now = new Date(openNow.getTime() + 2 * 24 * 60 * 60_000);
    const before = await requestCount();
    const refused = await send(tom, [stale]);
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields).toEqual([notReady]);
    expect(await requestCount()).toBe(before);
    expect((await getDocument(t.db, t.tableName, stale))?.attachedTo).toBeUndefined();
  });

  it("refuses more than 3 documents, and the same one twice, as invalid", async () => {
    clock.now = openNow;
    const ids = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const many = await send(tom, ids);
    expect(many.status).toBe(400);
    expect(many.body.error.fields[0].path).toBe("documentIds");
    const twice = await send(tom, [ids[0] as string, ids[0] as string]);
    expect(twice.status).toBe(400);
    expect(twice.body.error.fields[0].message).toBe("You added the same file twice");
  });

  it("refuses a reply with someone else's document and leaves the thread as it was", async () => {
    clock.now = openNow;
    const sent = await send(tom);
    const requestId = sent.body.requestId as string;
    await act({
      principal: clinician,
      params: { requestId },
      body: { type: "ask", text: "Can you send a photo?" },
    });
    const before = await myOne({ principal: tom, params: { requestId } });
    const theirs = await accepted(amira);
    const refused = await reply({
      principal: tom,
      params: { requestId },
      body: { text: "Here it is", documentIds: [theirs] },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields).toEqual([notReady]);
    const after = await myOne({ principal: tom, params: { requestId } });
    expect(after.body.request).toEqual(before.body.request);
    expect((await getDocument(t.db, t.tableName, theirs))?.attachedTo).toBeUndefined();
  });
});
