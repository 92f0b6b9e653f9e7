import { BatchGetCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { getItems, isRetryableStoreError, keys, UnprocessedReads } from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { freshTable, type TestTable } from "./support.ts";

let t: TestTable;
beforeAll(async () => {
  t = await freshTable();
});

/**
 * The table's client, except that its next `times` BatchGetItems read only their first key and
 * hand the rest back unprocessed, as DynamoDB does when it throttles part of a batch (DynamoDB
 * Local never does). The items still come from the real table.
 */
function throttlingBatches(times: number) {
  const asked: number[] = [];
  let left = times;
  const db = {
    send: async (command: BatchGetCommand) => {
      const request = command.input.RequestItems?.[t.tableName];
      const wanted = (request?.Keys ?? []) as Record<string, string>[];
      asked.push(wanted.length);
      if (left <= 0) return t.db.send(command);
      left -= 1;
      // The first key read (when there are others), the rest handed back.
      const read = wanted.length > 1 ? 1 : 0;
      const answer =
        read > 0
          ? await t.db.send(
              new BatchGetCommand({
                RequestItems: { [t.tableName]: { ...request, Keys: wanted.slice(0, read) } },
              }),
            )
          : { Responses: { [t.tableName]: [] } };
      return { ...answer, UnprocessedKeys: { [t.tableName]: { Keys: wanted.slice(read) } } };
    },
  } as unknown as DynamoDBDocumentClient;
  return { db, asked };
}

const noWait = async () => {};

describe("several items in one read (BatchGetItem)", () => {
  it("answers in the keys' order, with nothing for a missing item and a repeated key read once", async () => {
    const [amira, missing, again] = await getItems(
      t.db,
      t.tableName,
      [
        keys.patient("patient-amira"),
        keys.patient("patient-nobody"),
        keys.patient("patient-amira"),
      ],
      { consistent: true },
    );
    expect(amira?.pk).toBe("PATIENT#patient-amira");
    expect(missing).toBeUndefined();
    expect(again).toEqual(amira);
  });

  it("asks again for the keys DynamoDB left unprocessed, only those, and answers all of them", async () => {
    const flaky = throttlingBatches(2);
    const found = await getItems(
      flaky.db,
      t.tableName,
      [keys.patient("patient-amira"), keys.site("site-chapeltown"), keys.site("site-armley")],
      { sleep: noWait },
    );
    expect(flaky.asked).toEqual([3, 2, 1]);
    expect(found.map((item) => item?.pk)).toEqual([
      "PATIENT#patient-amira",
      "SITE#site-chapeltown",
      "SITE#site-armley",
    ]);
  });

  it("fails as retryable (a 503 with Retry-After) when keys are still unprocessed after the store's retries, never 'not found'", async () => {
    const flaky = throttlingBatches(100);
    const read = getItems(
      flaky.db,
      t.tableName,
      [keys.patient("patient-amira"), keys.site("site-chapeltown")],
      { sleep: noWait, retry: { maxAttempts: 3 } },
    );
    await expect(read).rejects.toBeInstanceOf(UnprocessedReads);
    const error = await read.catch((e: unknown) => e);
    expect(isRetryableStoreError(error)).toBe(true);
    expect(flaky.asked).toEqual([2, 1, 1]);
  });
});
