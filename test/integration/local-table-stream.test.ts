import { DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import { DynamoDBStreamsClient } from "@aws-sdk/client-dynamodb-streams";
import { PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { StreamConsumerDefinition } from "@front-door/contracts";
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readTableStream, type TableStreamReader } from "../../packages/local/src/table-stream.ts";
import { freshTable, type TestTable } from "./support.ts";

/**
 * The local runner's stand-in for Lambda's event source mapping, on DynamoDB Local's real
 * stream: filtered per consumer, retried from the first failed record, in order.
 */
let t: TestTable;
let streams: DynamoDBStreamsClient;
let reader: TableStreamReader | undefined;

beforeAll(async () => {
  t = await freshTable({ seed: false });
  streams = new DynamoDBStreamsClient({
    endpoint: inject("dynamodbEndpoint"),
    region: "eu-west-2",
  });
});
afterAll(async () => {
  await reader?.stop();
  streams?.destroy();
});

const consumer: StreamConsumerDefinition = {
  id: "notes",
  handler: "unused",
  summary: "test",
  table: "none",
  filter: { eventName: "INSERT", itemType: "note" },
};

describe("reading the table stream locally", () => {
  it("hands a consumer only the new items of its type, retrying from a reported failure", async () => {
    const { Table } = await t.client.send(new DescribeTableCommand({ TableName: t.tableName }));
    expect(Table?.StreamSpecification).toMatchObject({
      StreamEnabled: true,
      StreamViewType: "NEW_IMAGE",
    });
    const seen: string[] = [];
    let failedOnce = false;
    reader = readTableStream({
      client: streams,
      streamArn: Table?.LatestStreamArn as string,
      consumers: [consumer],
      intervalMs: 50,
      invoke: async (_consumer, event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
        const failures: { itemIdentifier: string }[] = [];
        for (const record of event.Records) {
          const sk = record.dynamodb?.Keys?.sk?.S ?? "";
          if (sk === "note-2" && !failedOnce) {
            failedOnce = true;
            failures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? "" });
            break;
          }
          seen.push(sk);
        }
        return { batchItemFailures: failures };
      },
    });
    const put = (sk: string, type: string) =>
      t.db.send(new PutCommand({ TableName: t.tableName, Item: { pk: "P", sk, type } }));
    await put("note-1", "note");
    await put("other-1", "something-else");
    await put("note-2", "note");
    await put("note-3", "note");
    // A change to an existing note is not an INSERT: not delivered.
    await t.db.send(
      new UpdateCommand({
        TableName: t.tableName,
        Key: { pk: "P", sk: "note-1" },
        UpdateExpression: "SET edited = :t",
        ExpressionAttributeValues: { ":t": true },
      }),
    );
    await expect.poll(() => seen, { timeout: 15_000 }).toEqual(["note-1", "note-2", "note-3"]);
    expect(failedOnce).toBe(true);
  });
});
