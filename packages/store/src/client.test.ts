import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDynamoDbClient } from "./client.ts";

/**
 * A stand-in endpoint that holds every request until `expected` are waiting at once, or none
 * has come for a moment, then answers them all: the most it held at once is how many
 * connections the client opened.
 */
function holdingEndpoint(expected: number) {
  let waiting: ServerResponse[] = [];
  let most = 0;
  let quiet: NodeJS.Timeout | undefined;
  const answerAll = () => {
    for (const response of waiting) {
      response.writeHead(200, { "content-type": "application/x-amz-json-1.0" });
      response.end(JSON.stringify({ TableNames: [] }));
    }
    waiting = [];
  };
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      waiting.push(response);
      most = Math.max(most, waiting.length);
      clearTimeout(quiet);
      if (waiting.length >= expected) answerAll();
      else quiet = setTimeout(answerAll, 300);
    });
  });
  return { server, most: () => most };
}

describe("createDynamoDbClient", () => {
  const previous = { ...process.env };
  beforeAll(() => {
    process.env.AWS_ACCESS_KEY_ID = "test";
    process.env.AWS_SECRET_ACCESS_KEY = "test";
  });
  afterAll(() => {
    for (const name of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"]) {
      if (previous[name] === undefined) delete process.env[name];
      else process.env[name] = previous[name];
    }
  });

  async function mostAtOnce(calls: number, maxSockets?: number): Promise<number> {
    const endpoint = holdingEndpoint(calls);
    await new Promise<void>((resolve) => endpoint.server.listen(0, "127.0.0.1", resolve));
    const { port } = endpoint.server.address() as AddressInfo;
    const client = createDynamoDbClient({
      endpoint: `http://127.0.0.1:${port}`,
      region: "eu-west-2",
      ...(maxSockets ? { maxSockets } : {}),
    });
    try {
      await Promise.all(
        Array.from({ length: calls }, () => client.send(new ListTablesCommand({}))),
      );
      return endpoint.most();
    } finally {
      client.destroy();
      endpoint.server.closeAllConnections();
      await new Promise((resolve) => endpoint.server.close(resolve));
    }
  }

  it("opens up to maxSockets connections at once when given, the SDK's 50 otherwise", async () => {
    expect(await mostAtOnce(80, 80)).toBe(80);
    expect(await mostAtOnce(80)).toBe(50);
  });
});
