import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  BatchGetItemCommand,
  GetItemCommand,
  InternalServerError,
  ProvisionedThroughputExceededException,
  ThrottlingException,
  TransactionCanceledException,
  TransactionConflictException,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDynamoDbClient } from "./client.ts";
import { type FaultRule, injectFaults, parseFaultSpec } from "./faults.ts";
import { isRetryableStoreError } from "./retry.ts";

/** A stand-in DynamoDB: answers every request with an empty success, or never when `silent`. */
function standIn(silent = false): Server {
  return createServer((request, response) => {
    request.resume();
    if (silent) return;
    request.on("end", () => {
      response.writeHead(200, { "content-type": "application/x-amz-json-1.0" });
      response.end("{}");
    });
  });
}

const key = (pk: string) => ({ pk: { S: pk }, sk: { S: "X" } });
const transaction = () =>
  new TransactWriteItemsCommand({
    TransactItems: [
      { Put: { TableName: "t", Item: key("A") } },
      {
        Update: {
          TableName: "t",
          Key: key("B"),
          UpdateExpression: "SET n = :n",
          ExpressionAttributeValues: { ":n": { N: "1" } },
        },
      },
      {
        ConditionCheck: {
          TableName: "t",
          Key: key("C"),
          ConditionExpression: "attribute_exists(pk)",
        },
      },
    ],
  });
const update = () =>
  new UpdateItemCommand({
    TableName: "t",
    Key: key("B"),
    UpdateExpression: "SET n = :n",
    ExpressionAttributeValues: { ":n": { N: "1" } },
  });

async function failure(promise: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Record<string, unknown>;
  }
  throw new Error("expected the call to fail");
}

describe("injectFaults", () => {
  const previous = { ...process.env };
  const server = standIn();
  const silent = standIn(true);
  let endpoint = "";
  let silentEndpoint = "";
  beforeAll(async () => {
    process.env.AWS_ACCESS_KEY_ID = "test";
    process.env.AWS_SECRET_ACCESS_KEY = "test";
    for (const each of [server, silent]) {
      await new Promise<void>((resolve) => each.listen(0, "127.0.0.1", resolve));
    }
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    silentEndpoint = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const name of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"]) {
      if (previous[name] === undefined) delete process.env[name];
      else process.env[name] = previous[name];
    }
    for (const each of [server, silent]) {
      each.closeAllConnections();
      await new Promise((resolve) => each.close(resolve));
    }
  });

  /** A client with no retries, so each call shows exactly what one attempt threw. */
  function faulty(rules: FaultRule[], random?: () => number) {
    const client = createDynamoDbClient({
      endpoint,
      region: "eu-west-2",
      retry: { maxAttempts: 1 },
    });
    return { client, log: injectFaults(client, rules, random) };
  }

  it("cancels a transaction as DynamoDB does: the SDK's class, a reason per item, the conflict on the chosen key", async () => {
    const { client, log } = faulty([{ kind: "conflict", key: (k) => k.pk === "B" }]);
    const error = await failure(client.send(transaction()));
    expect(error).toBeInstanceOf(TransactionCanceledException);
    expect(error.name).toBe("TransactionCanceledException");
    expect(error.$fault).toBe("client");
    expect(error.$metadata).toMatchObject({ httpStatusCode: 400, attempts: 1 });
    expect((error.$metadata as { requestId?: string }).requestId).toMatch(/^FAULT/);
    expect(error.CancellationReasons).toEqual([
      { Code: "None" },
      { Code: "TransactionConflict", Message: "Transaction is ongoing for the item" },
      { Code: "None" },
    ]);
    expect(isRetryableStoreError(error)).toBe(true);
    expect(log.injected("conflict")).toBe(1);
  });

  it("cancels a throttled transaction with reason ThrottlingError, at the first item when no key is chosen", async () => {
    const { client } = faulty([{ kind: "throttle" }]);
    const error = await failure(client.send(transaction()));
    expect(error).toBeInstanceOf(TransactionCanceledException);
    expect((error.CancellationReasons as { Code: string }[]).map((r) => r.Code)).toEqual([
      "ThrottlingError",
      "None",
      "None",
    ]);
  });

  it("fails a plain write with the SDK's own exception for each kind", async () => {
    const cases = [
      ["conflict", TransactionConflictException, 400],
      ["throttle", ThrottlingException, 400],
      ["capacity", ProvisionedThroughputExceededException, 400],
      ["server", InternalServerError, 500],
    ] as const;
    for (const [kind, type, status] of cases) {
      const { client } = faulty([{ kind }]);
      const error = await failure(client.send(update()));
      expect(error, kind).toBeInstanceOf(type);
      expect(error.$metadata, kind).toMatchObject({ httpStatusCode: status, attempts: 1 });
      expect(isRetryableStoreError(error), kind).toBe(true);
    }
  });

  it("refuses a connection as a closed port does", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const real = await failure(
      createDynamoDbClient({
        endpoint: `http://127.0.0.1:${port}`,
        region: "eu-west-2",
        retry: { maxAttempts: 1 },
      }).send(update()),
    );
    const { client } = faulty([{ kind: "connection" }]);
    const injected = await failure(client.send(update()));
    for (const error of [real, injected]) {
      expect(error).toMatchObject({ name: "Error", code: "ECONNREFUSED", syscall: "connect" });
      expect(error.$metadata).toMatchObject({ attempts: 1 });
      expect(isRetryableStoreError(error)).toBe(true);
    }
  });

  it("times out as the SDK's handler does when DynamoDB does not answer", async () => {
    const real = await failure(
      createDynamoDbClient({
        endpoint: silentEndpoint,
        region: "eu-west-2",
        retry: { maxAttempts: 1 },
        timeouts: { requestTimeoutMs: 200 },
      }).send(update()),
    );
    const { client } = faulty([{ kind: "timeout" }]);
    const injected = await failure(client.send(update()));
    for (const error of [real, injected]) {
      expect(error).toMatchObject({ name: "TimeoutError", code: "ETIMEDOUT" });
      expect(error.$metadata).toMatchObject({ attempts: 1 });
      expect(isRetryableStoreError(error)).toBe(true);
    }
  });

  it("faults only the chosen operations, keys and count, and lets the rest through", async () => {
    const { client, log } = faulty([
      { kind: "throttle", commands: ["UpdateItem"], key: (k) => k.pk === "B", times: 2 },
    ]);
    await client.send(new GetItemCommand({ TableName: "t", Key: key("B") }));
    await client.send(transaction());
    expect(log.injected()).toBe(0);
    await failure(client.send(update()));
    await failure(client.send(update()));
    await client.send(update());
    expect(log.injected("throttle")).toBe(2);
    expect(log.attempts.map((attempt) => attempt.operation)).toEqual([
      "GetItem",
      "TransactWriteItems",
      "UpdateItem",
      "UpdateItem",
      "UpdateItem",
    ]);
  });

  it("sees the keys of a BatchGetItem, so a rule on a key reaches reads made in one batch", async () => {
    const { client, log } = faulty([{ kind: "throttle", key: (k) => k.pk === "B" }]);
    const batch = (...pks: string[]) =>
      new BatchGetItemCommand({ RequestItems: { t: { Keys: pks.map(key) } } });
    await client.send(batch("A", "C"));
    const error = await failure(client.send(batch("A", "B")));
    expect(error.name).toBe("ThrottlingException");
    expect(log.attempts.map((attempt) => attempt.keys.map((k) => k?.pk))).toEqual([
      ["A", "C"],
      ["A", "B"],
    ]);
  });

  it("lets the first matching calls through when asked, then faults the rest", async () => {
    const { client, log } = faulty([{ kind: "conflict", commands: ["UpdateItem"], after: 1 }]);
    await client.send(update());
    await client.send(new GetItemCommand({ TableName: "t", Key: key("B") }));
    await failure(client.send(update()));
    await failure(client.send(update()));
    expect(log.injected("conflict")).toBe(2);
    expect(log.attempts.map((attempt) => attempt.fault ?? "none")).toEqual([
      "none",
      "none",
      "conflict",
      "conflict",
    ]);
  });

  it("faults a call when the draw falls under the rate", async () => {
    const draws = [0.04, 0.06, 0.5, 0.01];
    const { client, log } = faulty([{ kind: "conflict", rate: 0.05 }], () => draws.shift() ?? 1);
    const outcomes = [];
    for (let call = 0; call < 4; call += 1) {
      outcomes.push(
        await client.send(update()).then(
          () => "ok",
          () => "fault",
        ),
      );
    }
    expect(outcomes).toEqual(["fault", "ok", "ok", "fault"]);
    expect(log.injected("conflict")).toBe(2);
  });

  it("sits inside the retry loop: each attempt is faulted on its own and the call then succeeds", async () => {
    const client = createDynamoDbClient({
      endpoint,
      region: "eu-west-2",
      retry: { baseDelayMs: 1 },
    });
    const log = injectFaults(client, [{ kind: "conflict", times: 2 }]);
    const output = await client.send(transaction());
    expect(output.$metadata.attempts).toBe(3);
    expect(log.injected("conflict")).toBe(2);
    // The SDK fills the token once, before the retry loop: every attempt sends the same one.
    const tokens = new Set(log.attempts.map((attempt) => attempt.clientRequestToken));
    expect(tokens.size).toBe(1);
    expect([...tokens][0]).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("parseFaultSpec", () => {
  it("reads kind:rate pairs", () => {
    expect(parseFaultSpec("conflict:0.05,throttle:0.01, timeout:1")).toEqual([
      { kind: "conflict", rate: 0.05 },
      { kind: "throttle", rate: 0.01 },
      { kind: "timeout", rate: 1 },
    ]);
  });

  it("narrows a rule to items whose partition key starts with a prefix", () => {
    const [conflict, throttle] = parseFaultSpec("conflict:0.05@SLOT#,throttle:0.01");
    expect(conflict).toMatchObject({ kind: "conflict", rate: 0.05, keyPrefix: "SLOT#" });
    expect(conflict?.key?.({ pk: "SLOT#s1", sk: "SLOT" })).toBe(true);
    expect(conflict?.key?.({ pk: "PATIENT#p1", sk: "HOLD#same-day" })).toBe(false);
    expect(throttle).toEqual({ kind: "throttle", rate: 0.01 });
  });

  it("refuses anything else, naming it", () => {
    for (const bad of [
      "",
      "conflict",
      "conflict:0",
      "conflict:1.5",
      "conflict:-0.1",
      "flood:0.1",
      "conflict:0.1,conflict:0.2",
      "conflict:0.1;throttle:0.1",
      "conflict:abc",
      "conflict:0.1@",
      "conflict:0.1@SLOT #",
    ]) {
      expect(() => parseFaultSpec(bad), bad).toThrow();
    }
  });
});
