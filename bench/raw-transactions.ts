import { randomUUID } from "node:crypto";
import { cpus } from "node:os";
import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { localDynamoDbMaxSockets } from "@front-door/local";
import { createDocumentClient, createDynamoDbClient } from "@front-door/store";
import { type CpuUse, cpuBetween, sampleCpu } from "./cpu.ts";

export interface RawTransactionRate {
  transactions: number;
  seconds: number;
  perSecond: number;
  cpu: CpuUse;
}

/**
 * DynamoDB Local's own ceiling for the write a booking is built on: two conditional Puts in one
 * TransactWriteItems, `count` of them issued at once (as the rush issues its patients) through a
 * client built exactly as the functions build theirs in the local runner (its socket limit
 * included). After a warm-up, so the JVM is as warm as it is for the rush.
 */
export async function measureRawTransactions(
  endpoint: string,
  tableName: string,
  count: number,
): Promise<RawTransactionRate> {
  const client = createDynamoDbClient({ endpoint, maxSockets: localDynamoDbMaxSockets });
  const db = createDocumentClient(client);
  const run = randomUUID().slice(0, 8);
  const write = (label: string) =>
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
    };
  } finally {
    client.destroy();
  }
}
