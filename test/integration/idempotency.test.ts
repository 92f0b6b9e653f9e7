import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import type { RouteDefinition } from "@front-door/contracts";
import { http } from "@front-door/lambda";
import { dynamoDbIdempotency } from "@front-door/lambda/idempotency";
import { httpEvent, lambdaContext } from "@front-door/lambda/testing";
import { beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { freshTable, type TestTable } from "./support.ts";

// A creating POST that exists only in this test: the glue is what is under test.
const createRoute = {
  id: "test-create",
  method: "POST",
  path: "/api/test/things",
  handler: "none",
  summary: "test",
  access: ["patient"],
  table: "write",
  idempotent: true,
  request: { body: z.object({ name: z.string() }) },
  response: { status: 201, description: "created" },
} as const satisfies RouteDefinition;

const patient = {
  role: "patient" as const,
  userId: "user-1",
  patientId: "p1",
  nhsNumber: "9990000018",
};

let t: TestTable;
beforeAll(async () => {
  t = await freshTable({ seed: false });
});

function counter(delayMs = 0) {
  let calls = 0;
  const handler = http(
    createRoute,
    async ({ body }) => {
      calls += 1;
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      return { body: { id: `thing-${calls}`, name: body.name } };
    },
    { idempotency: dynamoDbIdempotency({ client: t.client, tableName: t.tableName }) },
  );
  return { handler, calls: () => calls };
}

const post = (key: string | undefined, name: string, userId = patient.userId) =>
  httpEvent({
    method: "POST",
    path: createRoute.path,
    headers: { "content-type": "application/json", ...(key ? { "idempotency-key": key } : {}) },
    body: JSON.stringify({ name }),
    principal: { ...patient, userId },
  });

describe("Idempotency-Key on creating POSTs (Powertools, DynamoDB Local)", () => {
  it("answers a retry with the first response without running the handler again", async () => {
    const { handler, calls } = counter();
    const first = await handler(post("key-aaaa-0001", "A"), lambdaContext());
    const retry = await handler(post("key-aaaa-0001", "A"), lambdaContext());
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(JSON.parse(retry.body ?? "")).toEqual(JSON.parse(first.body ?? ""));
    expect(calls()).toBe(1);
    expect(retry.headers?.["x-content-type-options"]).toBe("nosniff");
  });

  it("runs again for a new key, for no key, and keeps two callers' keys apart", async () => {
    const { handler, calls } = counter();
    await handler(post("key-bbbb-0001", "B"), lambdaContext());
    await handler(post("key-bbbb-0002", "B"), lambdaContext());
    await handler(post(undefined, "B"), lambdaContext());
    await handler(post(undefined, "B"), lambdaContext());
    const other = await handler(post("key-bbbb-0001", "B", "user-2"), lambdaContext());
    expect(other.statusCode).toBe(201);
    expect(calls()).toBe(5);
  });

  it("refuses the same key with a different body (422)", async () => {
    const { handler } = counter();
    await handler(post("key-cccc-0001", "C"), lambdaContext());
    const reused = await handler(post("key-cccc-0001", "different"), lambdaContext());
    expect(reused.statusCode).toBe(422);
    expect(JSON.parse(reused.body ?? "").error.code).toBe("idempotency_key_reused");
  });

  it("answers a concurrent duplicate with 409, not 500, and runs the handler once", async () => {
    const { handler, calls } = counter(300);
    const responses = await Promise.all([
      handler(post("key-dddd-0001", "D"), lambdaContext()),
      handler(post("key-dddd-0001", "D"), lambdaContext()),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const conflict = responses.find((r) => r.statusCode === 409);
    expect(JSON.parse(conflict?.body ?? "").error.code).toBe("idempotency_in_progress");
    expect(calls()).toBe(1);
  });

  it("keeps each request's record in a partition of its own, not one per route", async () => {
    const { handler } = counter();
    await handler(post("key-ffff-0001", "F"), lambdaContext());
    await handler(post("key-ffff-0002", "F"), lambdaContext());
    await handler(post("key-ffff-0001", "F", "user-2"), lambdaContext());
    const { Items = [] } = await t.db.send(new ScanCommand({ TableName: t.tableName }));
    const records = Items.filter((item) => String(item.pk).startsWith("IDEMPOTENCY#"));
    // Three here, and those of the tests before: every one its own partition key.
    expect(records.length).toBeGreaterThanOrEqual(3);
    expect(new Set(records.map((item) => item.pk)).size).toBe(records.length);
    for (const item of records) {
      expect(item.sk).toBe("IDEMPOTENCY");
      expect(String(item.pk)).toMatch(/^IDEMPOTENCY#test-create#[A-Za-z0-9+/=_-]{16,}$/);
    }
  });

  it("refuses a malformed key with a field error", async () => {
    const { handler, calls } = counter();
    const response = await handler(post("short", "E"), lambdaContext());
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body ?? "").error.fields).toEqual([
      {
        path: "Idempotency-Key",
        message: "Idempotency-Key must be 8 to 128 letters, digits or . _ : -",
      },
    ]);
    expect(calls()).toBe(0);
  });
});
