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
 * the CDK stack owns it), or adds what an older table lacks. Safe to call concurrently and
 * repeatedly. Says which indexes it added to an existing table: their items need a backfill
 * (indexOpenSlots for gsi2).
 */
export async function ensureTable(
  client: DynamoDBClient,
  tableName: string,
): Promise<{ addedIndexes: string[] }> {
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
    return { addedIndexes: await addMissingIndexes(client, tableName, existing) };
  }
  const def = tableDefinition;
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: "PAY_PER_REQUEST",
        AttributeDefinitions: attributeDefinitions(),
        KeySchema: [
          { AttributeName: def.partitionKey, KeyType: "HASH" },
          { AttributeName: def.sortKey, KeyType: "RANGE" },
        ],
        GlobalSecondaryIndexes: def.globalSecondaryIndexes.map(indexSpecification),
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
  return { addedIndexes: [] };
}

type IndexDefinition = (typeof tableDefinition.globalSecondaryIndexes)[number];

function indexSpecification(gsi: IndexDefinition) {
  return {
    IndexName: gsi.indexName,
    KeySchema: [
      { AttributeName: gsi.partitionKey, KeyType: "HASH" as const },
      { AttributeName: gsi.sortKey, KeyType: "RANGE" as const },
    ],
    Projection:
      gsi.projection === "INCLUDE"
        ? { ProjectionType: gsi.projection, NonKeyAttributes: [...gsi.nonKeyAttributes] }
        : { ProjectionType: gsi.projection },
  };
}

/** Every key attribute of the table and its indexes: all strings. */
function attributeDefinitions() {
  const def = tableDefinition;
  const keyNames = new Set<string>([def.partitionKey, def.sortKey]);
  for (const gsi of def.globalSecondaryIndexes) {
    keyNames.add(gsi.partitionKey);
    keyNames.add(gsi.sortKey);
  }
  return [...keyNames].map((name) => ({ AttributeName: name, AttributeType: "S" as const }));
}

/**
 * Indexes declared since the table was made are added to it (kept data: `npm start` after a
 * pull), one UpdateTable each as DynamoDB allows, waiting until each is active. Items written
 * before an index existed are in it only if they carry its keys: see the slot index backfill.
 */
async function addMissingIndexes(
  client: DynamoDBClient,
  tableName: string,
  existing: TableDescription,
): Promise<string[]> {
  const added: string[] = [];
  const present = new Set((existing.GlobalSecondaryIndexes ?? []).map((gsi) => gsi.IndexName));
  for (const gsi of tableDefinition.globalSecondaryIndexes) {
    if (present.has(gsi.indexName)) continue;
    await client
      .send(
        new UpdateTableCommand({
          TableName: tableName,
          AttributeDefinitions: attributeDefinitions(),
          GlobalSecondaryIndexUpdates: [{ Create: indexSpecification(gsi) }],
        }),
      )
      .catch(async (error: unknown) => {
        // Two starters racing: the other one is creating it (or the table is busy doing so).
        const table = await describe(client, tableName);
        if (!table?.GlobalSecondaryIndexes?.some((index) => index.IndexName === gsi.indexName))
          throw error;
      });
    await untilIndexActive(client, tableName, gsi.indexName);
    added.push(gsi.indexName);
  }
  return added;
}

async function untilIndexActive(
  client: DynamoDBClient,
  tableName: string,
  indexName: string,
): Promise<void> {
  // DynamoDB Local builds an index of a small table in a second, but beside a busy test suite
  // on two cores it took over a minute; real DynamoDB takes minutes (the CDK owns it there).
  for (let attempt = 0; attempt < 600; attempt++) {
    const table = await describe(client, tableName);
    const index = table?.GlobalSecondaryIndexes?.find((gsi) => gsi.IndexName === indexName);
    if (index?.IndexStatus === "ACTIVE") return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`index ${indexName} of ${tableName} did not become active in 5 minutes`);
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
