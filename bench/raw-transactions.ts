import { randomUUID } from "node:crypto";
import { cpus } from "node:os";
import { TransactWriteCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { createDocumentClient, createDynamoDbClient } from "@front-door/store";
import { type CpuUse, cpuBetween, sampleCpu } from "./cpu.ts";

export interface RawTransactionRate {
  transactions: number;
  seconds: number;
  perSecond: number;
  cpu: CpuUse;
  /** The client's socket limit; undefined for the SDK's default (50). */
  maxSockets: number | undefined;
}

/**
 * DynamoDB Local's own ceiling for a write, `count` of them issued at once (as the rush issues
 * its patients) through a client built as the functions build theirs: "transaction" is what a
 * booking is built on (two conditional Puts in one TransactWriteItems), "update" what a hold is
 * (one conditional UpdateItem). After a warm-up, so the JVM is as warm as it is for the rush.
 */
export async function measureRawTransactions(
  endpoint: string,
  tableName: string,
  count: number,
  options: { maxSockets?: number; write?: "transaction" | "update" } = {},
): Promise<RawTransactionRate> {
  const client = createDynamoDbClient({
    endpoint,
    ...(options.maxSockets ? { maxSockets: options.maxSockets } : {}),
  });
  const db = createDocumentClient(client);
  const run = randomUUID().slice(0, 8);
  const transaction = (label: string) =>
    db.send(
      new TransactWriteCommand({
        TransactItems: ["A", "B"].map((sk) => ({
          Put: {
            TableName: tableName,
            Item: { pk: `BENCH#tx#${run}#${label}`, sk, type: "bench-transaction" },
            ConditionExpression: "attribute_not_exists(pk)",
          },
        })),
      }),
    );
  const update = (label: string) =>
    db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { pk: `BENCH#update#${run}#${label}`, sk: "A" },
        ConditionExpression: "attribute_not_exists(pk)",
        UpdateExpression: "SET #type = :type",
        ExpressionAttributeNames: { "#type": "type" },
        ExpressionAttributeValues: { ":type": "bench-update" },
      }),
    );
  const write = options.write === "update" ? update : transaction;
  try {
    await Promise.all(Array.from({ length: 200 }, (_, i) => write(`warm-${i}`)));
    const before = sampleCpu();
    await Promise.all(Array.from({ length: count }, (_, i) => write(String(i))));
    const after = sampleCpu();
    const seconds = (after.at - before.at) / 1000;
    return {
      transactions: count,
      seconds,
      perSecond: count / seconds,
      cpu: cpuBetween(before, after, cpus().length),
      maxSockets: options.maxSockets,
    };
  } finally {
    client.destroy();
  }
}
