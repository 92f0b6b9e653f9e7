import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDocumentClient, createDynamoDbClient } from "./client.ts";
import { consumedCapacityChannel, reportConsumedCapacity } from "./consumed-capacity.ts";

/** A stand-in DynamoDB that keeps each request's body and answers with some consumed capacity. */
const bodies: Record<string, unknown>[] = [];
let server: Server;
let endpoint: string;
const previous = { ...process.env };

beforeAll(async () => {
  process.env.AWS_ACCESS_KEY_ID = "test";
  process.env.AWS_SECRET_ACCESS_KEY = "test";
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      bodies.push(JSON.parse(Buffer.concat(chunks).toString("utf8")));
      response.writeHead(200, { "content-type": "application/x-amz-json-1.0" });
      response.end(
        JSON.stringify({
          ConsumedCapacity: { TableName: "t", CapacityUnits: 0.5, ReadCapacityUnits: 0.5 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const name of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"]) {
    if (previous[name] === undefined) delete process.env[name];
    else process.env[name] = previous[name];
  }
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("reportConsumedCapacity", () => {
  it("asks for capacity by index on the calls that take it, and publishes what came back", async () => {
    const client = createDynamoDbClient({ endpoint, region: "eu-west-2" });
    reportConsumedCapacity(client);
    const db = createDocumentClient(client);
    const seen: unknown[] = [];
    const listen = (message: unknown) => seen.push(message);
    consumedCapacityChannel.subscribe(listen);
    try {
      bodies.length = 0;
      await db.send(new GetCommand({ TableName: "t", Key: { pk: "a", sk: "b" } }));
      await client.send(new DescribeTableCommand({ TableName: "t" }));
    } finally {
      consumedCapacityChannel.unsubscribe(listen);
      client.destroy();
    }
    expect(bodies[0]).toMatchObject({ ReturnConsumedCapacity: "INDEXES" });
    expect(bodies[1]).not.toHaveProperty("ReturnConsumedCapacity");
    expect(seen).toEqual([
      {
        operation: "GetItem",
        consumedCapacity: { TableName: "t", CapacityUnits: 0.5, ReadCapacityUnits: 0.5 },
      },
    ]);
  });

  it("publishes nothing for a client that did not ask", async () => {
    const client = createDynamoDbClient({ endpoint, region: "eu-west-2" });
    const seen: unknown[] = [];
    const listen = (message: unknown) => seen.push(message);
    consumedCapacityChannel.subscribe(listen);
    try {
      bodies.length = 0;
      await createDocumentClient(client).send(
        new GetCommand({ TableName: "t", Key: { pk: "a", sk: "b" } }),
      );
    } finally {
      consumedCapacityChannel.unsubscribe(listen);
      client.destroy();
    }
    expect(bodies[0]).not.toHaveProperty("ReturnConsumedCapacity");
    expect(seen).toEqual([]);
  });
});
