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

export interface ReadCost {
  /** Commands sent, by name, in order. */
  calls: string[];
  /** Items the reads returned (Query Count, GetItem 0 or 1, BatchGetItem responses). */
  itemsRead: number;
  /** Read capacity units the table reported (ReturnConsumedCapacity TOTAL). */
  readUnits: number;
  /**
   * Sequential round trips: calls that started while no other call was in flight. Calls sent
   * together (Promise.all) are one; each await of a call before the next is one more.
   */
  roundTrips: number;
  /**
   * The longest chain of calls each of which started after the one before it had answered: the
   * round trips a request waits on in turn, whatever else was in flight meanwhile (a call that
   * starts after another answered is counted as waiting on it). roundTrips undercounts a read
   * that waits on one call while a slower one is still out; this does not.
   */
  chain: number;
}

/**
 * A document client of its own that asks every read for its consumed capacity and adds it up,
 * with the items read: what a page costs in DynamoDB's own units. `reset()` starts again.
 */
export function measuringClient(): { db: DynamoDBDocumentClient; cost: ReadCost; reset(): void } {
  const cost: ReadCost = { calls: [], itemsRead: 0, readUnits: 0, roundTrips: 0, chain: 0 };
  let inFlight = 0;
  let answeredDepth = 0;
  const db = createDocumentClient(
    createDynamoDbClient({ endpoint: inject("dynamodbEndpoint"), region: "eu-west-2" }),
  );
  db.middlewareStack.add(
    (next, context) => async (args) => {
      const name = String(context.commandName);
      cost.calls.push(name);
      const input = args.input as Record<string, unknown>;
      if (/^(Query|GetItem|BatchGetItem|Scan)Command$/.test(name)) {
        input.ReturnConsumedCapacity = "TOTAL";
      }
      if (inFlight === 0) cost.roundTrips += 1;
      inFlight += 1;
      const depth = answeredDepth + 1;
      cost.chain = Math.max(cost.chain, depth);
      const result = await next(args).finally(() => {
        inFlight -= 1;
        answeredDepth = Math.max(answeredDepth, depth);
      });
      const output = result.output as {
        Count?: number;
        Item?: unknown;
        Responses?: Record<string, unknown[]>;
        ConsumedCapacity?: { CapacityUnits?: number } | { CapacityUnits?: number }[];
      };
      cost.itemsRead +=
        output.Count ??
        (output.Item ? 1 : 0) +
          Object.values(output.Responses ?? {}).reduce((sum, items) => sum + items.length, 0);
      for (const consumed of [output.ConsumedCapacity ?? []].flat()) {
        cost.readUnits += consumed.CapacityUnits ?? 0;
      }
      return result;
    },
    { step: "initialize", name: "measureReads" },
  );
  return {
    db,
    cost,
    reset() {
      cost.calls.length = 0;
      cost.itemsRead = 0;
      cost.readUnits = 0;
      cost.roundTrips = 0;
      cost.chain = 0;
      answeredDepth = 0;
    },
  };
}
