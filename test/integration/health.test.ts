import { createServer, type Server, type Socket } from "node:net";
import { createDocumentClient, createDynamoDbClient, probeTable } from "@front-door/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshTable, type TestTable } from "./support.ts";

/** The health check's probe against a real DynamoDB Local, and against one that is not there. */
let t: TestTable;
let silent: Server;
let silentPort: number;
const held = new Set<Socket>();

beforeAll(async () => {
  t = await freshTable({ seed: false });
  // Accepts connections and never answers: a database that hangs, not one that refuses.
  silent = createServer((socket) => {
    held.add(socket);
  });
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  silentPort = (silent.address() as { port: number }).port;
});
afterAll(async () => {
  for (const socket of held) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
});

const clientFor = (endpoint: string) =>
  createDocumentClient(createDynamoDbClient({ endpoint, region: "eu-west-2" }));

describe("probeTable", () => {
  it("says ok when the table answers", async () => {
    expect(await probeTable(t.db, t.tableName)).toEqual({ state: "ok" });
  });

  it("says unreachable when the table does not exist", async () => {
    expect(await probeTable(t.db, `${t.tableName}-missing`)).toEqual({
      state: "unreachable",
      reason: "ResourceNotFoundException",
    });
  });

  it("says unreachable when nothing listens at the endpoint", async () => {
    const result = await probeTable(clientFor("http://127.0.0.1:9"), t.tableName);
    expect(result.state).toBe("unreachable");
  });

  it("gives up on a database that accepts the connection but never answers", async () => {
    const result = await probeTable(clientFor(`http://127.0.0.1:${silentPort}`), t.tableName, 300);
    expect(result).toEqual({ state: "unreachable", reason: "no answer within 300 ms" });
  });
});
