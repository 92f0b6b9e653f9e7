import { randomUUID } from "node:crypto";
import { ScanCommand } from "@aws-sdk/client-dynamodb";
import { maxDocumentBytes } from "@front-door/domain";
import { type DocumentFiles, getDocument, pendingKey } from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import {
  amira,
  analyst,
  armleyReceptionist,
  type DocumentCalls,
  documentCalls,
  objectExists,
  pdfBytes,
  pngBytes,
  testFiles,
  tom,
  upload,
} from "./document-fixtures.ts";
import { freshTable, type TestTable } from "./support.ts";

let t: TestTable;
let files: DocumentFiles;
let calls: DocumentCalls;
let clock = new Date("2026-12-16T09:00:00Z");
const marker = `marker-${randomUUID()}`;

beforeAll(async () => {
  t = await freshTable({ seed: false });
  files = testFiles();
  calls = documentCalls(t, files, () => clock);
});

describe("uploading a document", () => {
  it("accepts a PDF PUT to the presigned URL once the server has checked it, for its owner to download", async () => {
    const bytes = pdfBytes(marker);
    const documentId = await upload(calls, tom, bytes);
    const checked = await calls.check({ principal: tom, params: { documentId }, body: {} });
    expect(checked.status).toBe(200);
    expect(checked.body.document).toEqual({
      documentId,
      fileName: "letter.pdf",
      contentType: "application/pdf",
      size: bytes.length,
      purpose: "phb",
      status: "accepted",
      attached: false,
    });
    // Checking again answers the same: a retry after a lost response is harmless.
    expect((await calls.check({ principal: tom, params: { documentId }, body: {} })).status).toBe(
      200,
    );

    const download = await calls.download({ principal: tom, params: { documentId } });
    expect(download.status).toBe(200);
    const response = await fetch(download.body.url);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="letter.pdf"/,
    );
    expect(response.headers.get("content-type")).toBe("application/pdf");
  });

  it("signs the upload URL for the declared content type and length", async () => {
    const created = await calls.create({
      principal: tom,
      body: { fileName: "scan.png", contentType: "image/png", size: 10, purpose: "advice" },
    });
    expect(created.status).toBe(201);
    const signed = new URL(created.body.uploadUrl).searchParams.get("X-Amz-SignedHeaders");
    expect(signed?.split(";")).toEqual(
      expect.arrayContaining(["content-length", "content-type", "host"]),
    );
    expect(created.body.uploadHeaders).toEqual({ "content-type": "image/png" });
    expect(new URL(created.body.uploadUrl).searchParams.get("X-Amz-Expires")).toBe("300");
  });

  it("refuses a declared type other than PDF, JPEG or PNG, and a declared size over 10MB", async () => {
    const wrongType = await calls.create({
      principal: tom,
      body: { fileName: "page.html", contentType: "text/html", size: 10, purpose: "phb" },
    });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.fields).toEqual([
      { path: "contentType", message: "The selected file must be a PDF, JPG or PNG" },
    ]);
    const oversize = await calls.create({
      principal: tom,
      body: {
        fileName: "big.pdf",
        contentType: "application/pdf",
        size: maxDocumentBytes + 1,
        purpose: "phb",
      },
    });
    expect(oversize.status).toBe(400);
    expect(oversize.body.error.fields).toEqual([
      { path: "size", message: "The selected file must be smaller than 10MB" },
    ]);
  });

  it("refuses, and deletes, a file claiming PDF that is not one", async () => {
    const documentId = await upload(calls, tom, pngBytes, { contentType: "application/pdf" });
    const checked = await calls.check({ principal: tom, params: { documentId }, body: {} });
    expect(checked.status).toBe(422);
    expect(checked.body.error.code).toBe("document_rejected");
    expect(checked.body.error.fields).toEqual([
      {
        path: "file",
        message: "The selected file must be a PDF, JPG or PNG",
        code: "wrong-content",
      },
    ]);
    expect(await objectExists(files, pendingKey(documentId))).toBe(false);
    expect(await getDocument(t.db, t.tableName, documentId)).toBeUndefined();
    expect((await calls.download({ principal: tom, params: { documentId } })).status).toBe(404);
  });

  it("refuses, and deletes, a file larger than 10MB whatever was declared", async () => {
    const big = new Uint8Array(maxDocumentBytes + 1);
    big.set(pdfBytes("big"));
    const documentId = await upload(calls, tom, big, { size: 1000 });
    const checked = await calls.check({ principal: tom, params: { documentId }, body: {} });
    expect(checked.status).toBe(422);
    expect(checked.body.error.fields).toEqual([
      { path: "file", message: "The selected file must be smaller than 10MB", code: "too-large" },
    ]);
    expect(await objectExists(files, pendingKey(documentId))).toBe(false);
  });

  it("refuses a file of another size than declared", async () => {
    const documentId = await upload(calls, tom, pdfBytes("short"), { size: 5000 });
    const checked = await calls.check({ principal: tom, params: { documentId }, body: {} });
    expect(checked.status).toBe(422);
    expect(checked.body.error.fields[0].code).toBe("size-mismatch");
  });

  it("says when nothing has arrived yet, and lets the upload go on", async () => {
    const created = await calls.create({
      principal: tom,
      body: { fileName: "later.pdf", contentType: "application/pdf", size: 20, purpose: "phb" },
    });
    const { documentId } = created.body;
    const early = await calls.check({ principal: tom, params: { documentId }, body: {} });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("document_not_uploaded");
    expect((await getDocument(t.db, t.tableName, documentId))?.status).toBe("pending");
  });
});

describe("someone else's document", () => {
  it("cannot be checked or downloaded by another patient, nor by staff while unattached", async () => {
    const documentId = await upload(calls, tom, pdfBytes("private"));
    const othersCheck = await calls.check({ principal: amira, params: { documentId }, body: {} });
    expect(othersCheck.status).toBe(404);
    // Amira's attempt changed nothing: Tom's check still accepts it.
    expect((await calls.check({ principal: tom, params: { documentId }, body: {} })).status).toBe(
      200,
    );
    for (const principal of [amira, armleyReceptionist]) {
      const refused = await calls.download({ principal, params: { documentId } });
      expect(refused.status).toBe(404);
      expect(JSON.stringify(refused.body)).not.toContain("letter.pdf");
    }
    const byAnalyst = await calls.download({ principal: analyst, params: { documentId } });
    expect(byAnalyst.status).toBe(403);
  });

  it("is not even downloadable by its owner before it is checked", async () => {
    const documentId = await upload(calls, tom, pdfBytes("unchecked"));
    expect((await calls.download({ principal: tom, params: { documentId } })).status).toBe(404);
  });
});

describe("unknown and expired ids", () => {
  it("answers 404 for an id that was never issued, and 400 for one that is not an id", async () => {
    const unknown = randomUUID();
    expect(
      (await calls.check({ principal: tom, params: { documentId: unknown }, body: {} })).status,
    ).toBe(404);
    expect((await calls.download({ principal: tom, params: { documentId: unknown } })).status).toBe(
      404,
    );
    const malformed = await calls.check({
      principal: tom,
      params: { documentId: "DOC#x" },
      body: {},
    });
    expect(malformed.status).toBe(400);
  });

  it("refuses to check an upload whose time has run out", async () => {
    const documentId = await upload(calls, tom, pdfBytes("slow"));
    const saved = clock;
    clock = new Date(saved.getTime() + 60 * 60_000);
    try {
      const late = await calls.check({ principal: tom, params: { documentId }, body: {} });
      expect(late.status).toBe(404);
      expect(late.body.error.message).toMatch(/took too long/);
    } finally {
      clock = saved;
    }
  });
});

describe("the per-person limit", () => {
  it("allows 20 uploads waiting to be checked, then refuses until one is checked", async () => {
    const t2 = await freshTable({ seed: false });
    const own = documentCalls(t2, files, () => clock);
    const body = { fileName: "a.pdf", contentType: "application/pdf", size: 10, purpose: "phb" };
    const first = await own.create({ principal: amira, body });
    for (let n = 1; n < 20; n++) {
      expect((await own.create({ principal: amira, body })).status).toBe(201);
    }
    const refused = await own.create({ principal: amira, body });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("document_limit_reached");
    // Another person is not held back by Amira's uploads.
    expect((await own.create({ principal: tom, body })).status).toBe(201);
    // Checking one (here refused: nothing arrived is not enough, so send a wrong file) frees its place.
    await fetch(first.body.uploadUrl, {
      method: "PUT",
      headers: first.body.uploadHeaders,
      body: "not a pdf!",
    });
    const checked = await own.check({
      principal: amira,
      body: {},
      params: { documentId: first.body.documentId },
    });
    expect(checked.status).toBe(422);
    expect((await own.create({ principal: amira, body })).status).toBe(201);
  });
});

describe("the table", () => {
  it("never holds a file's bytes", async () => {
    const { Items = [] } = await t.client.send(new ScanCommand({ TableName: t.tableName }));
    expect(Items.length).toBeGreaterThan(0);
    const text = JSON.stringify(Items);
    expect(text).not.toContain(marker);
    expect(text).not.toContain("%PDF");
    for (const item of Items) {
      for (const value of Object.values(item)) {
        expect(value.B ?? value.BS).toBeUndefined();
      }
    }
  });
});
