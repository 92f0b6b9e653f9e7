import { randomUUID } from "node:crypto";
import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { GetCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import type { DocumentAttachment } from "@front-door/domain";
import {
  type DocumentFiles,
  documentAttachFailure,
  documentAttachItems,
  getDocument,
  getDocuments,
  keepDocumentFiles,
  keptKey,
} from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import {
  amira,
  armleyReceptionist,
  type DocumentCalls,
  documentCalls,
  objectExists,
  otherClinician,
  pdfBytes,
  testFiles,
  tom,
  upload,
} from "./document-fixtures.ts";
import { freshTable, type TestTable } from "./support.ts";

let t: TestTable;
let files: DocumentFiles;
let calls: DocumentCalls;
const now = new Date("2026-12-16T09:00:00Z");

beforeAll(async () => {
  t = await freshTable({ seed: false });
  files = testFiles();
  calls = documentCalls(t, files, () => now);
});

async function acceptedUpload(owner: typeof tom): Promise<string> {
  const documentId = await upload(calls, owner, pdfBytes(randomUUID()));
  const checked = await calls.check({ principal: owner, params: { documentId }, body: {} });
  if (checked.status !== 200) throw new Error("upload not accepted");
  return documentId;
}

const adviceRequest = (): DocumentAttachment => ({
  kind: "advice-request",
  id: `adv-${randomUUID()}`,
  scope: { siteId: "site-armley" },
});

/**
 * A journey's own create transaction: its record first, then the document items, as a real
 * journey adds them. The 422 comes from documentAttachFailure, as a journey would throw it.
 */
async function createWithDocuments(
  documentIds: string[],
  ownerUserId: string,
  attachTo: DocumentAttachment,
  at: Date = now,
): Promise<"created" | { status: number; code: string; path: string | undefined }> {
  const own = {
    Put: {
      TableName: t.tableName,
      Item: { pk: `TEST#${attachTo.id}`, sk: "TEST", type: "test-request" },
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
  const items = documentAttachItems(t.tableName, { documentIds, ownerUserId, attachTo, now: at });
  try {
    await t.db.send(new TransactWriteCommand({ TransactItems: [own, ...items] }));
    return "created";
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const failure = documentAttachFailure(error.CancellationReasons, 1, documentIds);
    if (!failure) throw error;
    return { status: failure.status, code: failure.code, path: failure.fields?.[0]?.path };
  }
}

const refused = { status: 422, code: "document_not_ready", path: "documentIds" };

describe("attaching documents in a journey's transaction", () => {
  it("attaches accepted documents atomically; then the practice may read them and no other", async () => {
    const first = await acceptedUpload(tom);
    const second = await acceptedUpload(tom);
    const attachTo = adviceRequest();
    await keepDocumentFiles(files, await getDocuments(t.db, t.tableName, [first, second]));
    expect(await createWithDocuments([first, second], tom.userId, attachTo)).toBe("created");

    const [attached] = await getDocuments(t.db, t.tableName, [first]);
    expect(attached?.attachedTo).toEqual(attachTo);
    expect(attached?.objectKey).toBe(keptKey(first));
    expect(attached?.ttl).toBeUndefined();
    expect(await objectExists(files, keptKey(first))).toBe(true);

    const byPractice = await calls.download({
      principal: armleyReceptionist,
      params: { documentId: first },
    });
    expect(byPractice.status).toBe(200);
    const response = await fetch(byPractice.body.url);
    expect((await response.text()).startsWith("%PDF-")).toBe(true);
    expect(
      (await calls.download({ principal: otherClinician, params: { documentId: first } })).status,
    ).toBe(404);
    expect((await calls.download({ principal: amira, params: { documentId: first } })).status).toBe(
      404,
    );
    expect((await calls.download({ principal: tom, params: { documentId: first } })).status).toBe(
      200,
    );
  });

  it("refuses a document that is already attached, and writes nothing of the journey's", async () => {
    const documentId = await acceptedUpload(tom);
    expect(await createWithDocuments([documentId], tom.userId, adviceRequest())).toBe("created");
    const again = adviceRequest();
    expect(await createWithDocuments([documentId], tom.userId, again)).toEqual(refused);
    expect((await getDocument(t.db, t.tableName, documentId))?.attachedTo?.id).not.toBe(again.id);
    const journeyItem = await t.db.send(
      new GetCommand({ TableName: t.tableName, Key: { pk: `TEST#${again.id}`, sk: "TEST" } }),
    );
    expect(journeyItem.Item).toBeUndefined();
  });

  it("refuses a document left unattached past its day (its upload is gone from storage)", async () => {
    const documentId = await acceptedUpload(tom);
    const twoDaysOn = new Date(now.getTime() + 2 * 24 * 60 * 60_000);
    expect(await createWithDocuments([documentId], tom.userId, adviceRequest(), twoDaysOn)).toEqual(
      refused,
    );
  });

  it("refuses someone else's document, even with a good one beside it", async () => {
    const amirasDocument = await acceptedUpload(amira);
    const tomsDocument = await acceptedUpload(tom);
    expect(
      await createWithDocuments([tomsDocument, amirasDocument], tom.userId, adviceRequest()),
    ).toEqual(refused);
    // All or nothing: Tom's own document was not attached either.
    expect((await getDocument(t.db, t.tableName, tomsDocument))?.attachedTo).toBeUndefined();
  });

  it("refuses a document not yet accepted, and one that does not exist", async () => {
    const created = await calls.create({
      principal: tom,
      body: { fileName: "x.pdf", contentType: "application/pdf", size: 10, purpose: "advice" },
    });
    expect(
      await createWithDocuments([created.body.documentId], tom.userId, adviceRequest()),
    ).toEqual(refused);
    expect(await createWithDocuments([randomUUID()], tom.userId, adviceRequest())).toEqual(refused);
  });

  it("leaves other cancellations to the journey", async () => {
    const documentId = await acceptedUpload(tom);
    const attachTo = adviceRequest();
    await t.db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: t.tableName,
              Item: { pk: `TEST#${attachTo.id}`, sk: "TEST", type: "test-request" },
            },
          },
        ],
      }),
    );
    // The journey's own item fails (its request exists already): not a document problem.
    await expect(createWithDocuments([documentId], tom.userId, attachTo)).rejects.toBeInstanceOf(
      TransactionCanceledException,
    );
  });
});
