import { randomUUID } from "node:crypto";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import {
  createDocumentClient,
  createDynamoDbClient,
  ensureTable,
  seedDemoData,
} from "@front-door/store";
import { inject } from "vitest";

export interface TestTable {
  client: DynamoDBClient;
  db: DynamoDBDocumentClient;
  tableName: string;
}

/**
 * A fresh table of its own for a test file, in the DynamoDB Local the global setup started,
 * so files never see each other's items.
 */
export async function freshTable(options: { seed?: boolean } = {}): Promise<TestTable> {
  process.env.AWS_REGION ??= "eu-west-2";
  process.env.AWS_ACCESS_KEY_ID ??= "local";
  process.env.AWS_SECRET_ACCESS_KEY ??= "local";
  const client = createDynamoDbClient({
    endpoint: inject("dynamodbEndpoint"),
    region: "eu-west-2",
  });
  const db = createDocumentClient(client);
  const tableName = `it-${randomUUID()}`;
  await ensureTable(client, tableName);
  if (options.seed ?? true) await seedDemoData(db, tableName);
  return { client, db, tableName };
}

/**
 * A document client of its own (a document client shares its base client's middleware, so not
 * on the table's) that notes every command it sends ("UpdateItemCommand", "QueryCommand", …):
 * what a request costs, counted, not timed.
 */
export function countingClient(): { db: DynamoDBDocumentClient; calls: string[] } {
  const calls: string[] = [];
  const db = createDocumentClient(
    createDynamoDbClient({ endpoint: inject("dynamodbEndpoint"), region: "eu-west-2" }),
  );
  db.middlewareStack.add(
    (next, context) => (args) => {
      calls.push(String(context.commandName));
      return next(args);
    },
    { step: "initialize", name: "countCalls" },
  );
  return { db, calls };
}
