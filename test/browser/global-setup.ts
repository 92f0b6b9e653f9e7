import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startFrontDoor } from "@front-door/local";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** The whole local service (pages and API) for this browser run. */
    baseUrl: string;
    /** The runner's DynamoDB Local and table, for tests that arrange data through the store. */
    dynamodbEndpoint: string;
    tableName: string;
    /** The runner's S3 server: pages upload documents to it straight from the browser. */
    s3Endpoint: string;
  }
}

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Builds the site (0.3 s, so tests never run against stale pages), then starts the real local
 * service once, in memory, for every browser test file. Nothing is mocked.
 */
export default async function setup(project: TestProject) {
  execFileSync(
    fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url)),
    ["web/build.ts"],
    {
      cwd: repoRoot,
      stdio: "inherit",
    },
  );
  // One JSON line per request would bury the test output; warnings and errors still show.
  process.env.POWERTOOLS_LOG_LEVEL ??= "WARN";
  const frontDoor = await startFrontDoor({ port: 0, inMemory: true });
  project.provide("baseUrl", frontDoor.url);
  project.provide("dynamodbEndpoint", frontDoor.dynamodbEndpoint);
  project.provide("tableName", frontDoor.tableName);
  project.provide("s3Endpoint", frontDoor.s3Endpoint);
  return async () => {
    await frontDoor.stop();
  };
}
