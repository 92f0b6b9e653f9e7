import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
  ResourceNotFoundException,
  type TableDescription,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from "@aws-sdk/client-dynamodb";
import { tableDefinition } from "./table-definition.ts";

/**
 * Creates the table from the shared definition when it is absent (local runs and tests; in AWS
 * the CDK stack owns it). Safe to call concurrently and repeatedly.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  const existing = await describe(client, tableName);
  if (existing) {
    // Tables made before the outbox had a stream get one (kept data: `npm start` after a pull).
    if (!existing.StreamSpecification?.StreamEnabled) {
      await client
        .send(
          new UpdateTableCommand({
            TableName: tableName,
            StreamSpecification: {
              StreamEnabled: true,
              StreamViewType: tableDefinition.stream,
            },
          }),
        )
        .catch((error: unknown) => {
          // Two starters racing: the other one enabled it.
          if (!(error instanceof Error && /already has an enabled stream/i.test(error.message)))
            throw error;
        });
    }
    return;
  }
  const def = tableDefinition;
  const keyNames = new Set<string>([def.partitionKey, def.sortKey]);
  for (const gsi of def.globalSecondaryIndexes) {
    keyNames.add(gsi.partitionKey);
    keyNames.add(gsi.sortKey);
  }
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: "PAY_PER_REQUEST",
        AttributeDefinitions: [...keyNames].map((name) => ({
          AttributeName: name,
          AttributeType: "S",
        })),
        KeySchema: [
          { AttributeName: def.partitionKey, KeyType: "HASH" },
          { AttributeName: def.sortKey, KeyType: "RANGE" },
        ],
        GlobalSecondaryIndexes: def.globalSecondaryIndexes.map((gsi) => ({
          IndexName: gsi.indexName,
          KeySchema: [
            { AttributeName: gsi.partitionKey, KeyType: "HASH" },
            { AttributeName: gsi.sortKey, KeyType: "RANGE" },
          ],
          Projection: { ProjectionType: gsi.projection },
        })),
        StreamSpecification: { StreamEnabled: true, StreamViewType: def.stream },
      }),
    );
  } catch (error) {
    // Another process created it between our check and our create: that is fine.
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  await waitUntilTableExists({ client, maxWaitTime: 60 }, { TableName: tableName });
  await client
    .send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: def.timeToLiveAttribute, Enabled: true },
      }),
    )
    .catch((error: unknown) => {
      // Enabling TTL twice is refused; the table is usable either way.
      if (!(error instanceof Error && /already enabled/i.test(error.message))) throw error;
    });
}

async function describe(
  client: DynamoDBClient,
  tableName: string,
): Promise<TableDescription | undefined> {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}
