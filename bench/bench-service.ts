import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { type FrontDoor, startFrontDoor } from "@front-door/local";
import { createDocumentClient, createDynamoDbClient, type DemoUser } from "@front-door/store";
import { type ApiClient, createApiClient } from "./api-client.ts";
import { countDynamoDbCalls, type DynamoDbCallCounter } from "./dynamodb-calls.ts";
import {
  addPatients,
  issueTokens,
  type SyntheticPatient,
  syntheticPatients,
} from "./synthetic-patients.ts";

/** The whole service running in this process, with synthetic patients signed in. */
export interface BenchService {
  front: FrontDoor;
  db: DynamoDBDocumentClient;
  tableName: string;
  patients: SyntheticPatient[];
  /** Signs anyone in with the runner's dev issuer (a demo user or a synthetic patient). */
  tokenFor(user: DemoUser): Promise<string>;
  tokens: Map<string, string>;
  api: ApiClient;
  calls: DynamoDbCallCounter;
  stop(): Promise<void>;
}

/**
 * startFrontDoor as npm start runs it (real route table, handler modules, DynamoDB Local in
 * memory), minus the scheduled jobs and the table-stream delivery function: neither is on the
 * booking path, and in AWS neither shares the API's CPU, but here they would share 2 cores with
 * the figures. Handler INFO logs ("request handled", one per request) are turned off for the
 * run, as in the chain benchmark; warnings and errors still print.
 */
export async function startBenchService(options: {
  patients: number;
  siteIds: readonly string[];
  /** FRONT_DOOR_FAULTS for the functions' clients (see @front-door/store/faults). */
  faults?: string;
  /** Run the handlers on this many threads (see @front-door/local's function-threads.ts). */
  functionThreads?: number;
}): Promise<BenchService> {
  const identityDir = await mkdtemp(join(tmpdir(), "front-door-bench-identity-"));
  const previousLogLevel = process.env.POWERTOOLS_LOG_LEVEL;
  process.env.POWERTOOLS_LOG_LEVEL = "WARN";
  const front = await startFrontDoor({
    port: 0,
    inMemory: true,
    tableName: "bench-front-door",
    identityDir,
    jobs: false,
    streamConsumers: [],
    // Only the slots the benchmark arranges: the demo week would add free times to book.
    demoSessions: false,
    ...(options.faults ? { faults: options.faults } : {}),
    ...(options.functionThreads ? { functionThreads: options.functionThreads } : {}),
  });
  const client = createDynamoDbClient({ endpoint: front.dynamodbEndpoint });
  const db = createDocumentClient(client);
  const calls = countDynamoDbCalls();
  const api = createApiClient(front.url);
  const stop = async () => {
    api.close();
    calls.stop();
    client.destroy();
    await front.stop();
    await rm(identityDir, { recursive: true, force: true });
    if (previousLogLevel === undefined) delete process.env.POWERTOOLS_LOG_LEVEL;
    else process.env.POWERTOOLS_LOG_LEVEL = previousLogLevel;
  };
  try {
    const patients = syntheticPatients(options.patients, options.siteIds);
    await addPatients(db, front.tableName, patients);
    const tokens = await issueTokens(
      identityDir,
      front.url,
      patients.map((p) => p.user),
    );
    const tokenFor = async (user: DemoUser) =>
      (await issueTokens(identityDir, front.url, [user])).get(user.id) as string;
    return { front, db, tableName: front.tableName, patients, tokenFor, tokens, api, calls, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
