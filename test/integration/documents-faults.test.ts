import { randomUUID } from "node:crypto";
import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { createDocumentClient, createDynamoDbClient, startDocumentUpload } from "@front-door/store";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { testFiles } from "./document-fixtures.ts";
import { freshTable, type TestTable } from "./support.ts";

let t: TestTable;
const now = new Date("2026-12-16T09:00:00Z");
const upload = (ownerUserId: string) => ({
  documentId: randomUUID(),
  ownerUserId,
  purpose: "phb" as const,
  fileName: "a.pdf",
  contentType: "application/pdf" as const,
  size: 10,
  now,
});

beforeAll(async () => {
  t = await freshTable({ seed: false });
});

describe("starting uploads at once", () => {
  it("never lets one person hold more than 20 upload places, however many ask together", async () => {
    const owner = `u-${randomUUID()}`;
    const outcomes = await Promise.all(
      Array.from({ length: 26 }, () =>
        startDocumentUpload(t.db, t.tableName, testFiles(), upload(owner)),
      ),
    );
    const started = outcomes.filter((outcome) => outcome.kind === "started");
    expect(started.length).toBeLessThanOrEqual(20);
    expect(started.length).toBeGreaterThan(0);
    const places = await t.db.send(
      new QueryCommand({
        TableName: t.tableName,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": `UPLOADS#${owner}` },
      }),
    );
    // One place per started upload, and no two uploads in the same place.
    expect(places.Items?.length).toBe(started.length);
    const placed = started.map((outcome) =>
      outcome.kind === "started" ? outcome.document.uploadPlace : -1,
    );
    expect(new Set(placed).size).toBe(placed.length);
  });
});

describe("a transaction cancelled for another reason", () => {
  it("is not taken for a full quota: it is thrown for the retry policy to handle", async () => {
    const client = createDynamoDbClient({
      endpoint: inject("dynamodbEndpoint"),
      region: "eu-west-2",
    });
    client.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === "TransactWriteItemsCommand") {
          throw new TransactionCanceledException({
            message: "Transaction cancelled",
            $metadata: {},
            CancellationReasons: [{ Code: "TransactionConflict" }, { Code: "None" }],
          });
        }
        return next(args);
      },
      { step: "initialize", name: "injectConflict" },
    );
    const db = createDocumentClient(client);
    await expect(
      startDocumentUpload(db, t.tableName, testFiles(), upload(`u-${randomUUID()}`)),
    ).rejects.toBeInstanceOf(TransactionCanceledException);
  });
});
