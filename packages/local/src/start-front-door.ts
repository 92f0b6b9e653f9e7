import { createServer, type Server } from "node:http";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  envNames,
  jobList,
  type RouteDefinition,
  routeList,
  type StreamConsumerDefinition,
  streamConsumerList,
} from "@front-door/contracts";
import type { DemoUser, DemoWeekResult } from "@front-door/store";
import { parseFaultSpec } from "@front-door/store/faults";
import { localTableName } from "@front-door/store/table-definition";
import { createLambdaContext } from "./api-gateway-event.ts";
import { jwksPath } from "./dev-identity-routes.ts";
import { readDevInbox } from "./dev-inbox.ts";
import { type DynamoDbLocal, startDynamoDbLocal, useLocalAwsDefaults } from "./dynamodb-local.ts";
import { inProcessInvoker, threadedInvoker } from "./function-threads.ts";
import { createIdentityIssuer, localClientId } from "./identity.ts";
import { type JobScheduler, runJobsOnSchedule } from "./job-schedule.ts";
import { createHandlerLoader } from "./lambda-invoker.ts";
import {
  defaultDataDir,
  defaultS3Dir,
  functionsSrcDir,
  identityKeyDir,
  localDocumentsBucket,
  webDistDir,
} from "./local-paths.ts";
import { type DocumentStorage, startDocumentStorage } from "./s3-local.ts";
import { createRequestListener } from "./server.ts";
import { portInUseMessage, StartError } from "./start-error.ts";
import { readTableStream, type TableStreamReader } from "./table-stream.ts";

/**
 * Connections each function's DynamoDB client may open here. In Lambda a container serves one
 * request at a time, so its client has a few calls in flight and the SDK's default of 50
 * sockets is never reached. Here one process plays every container: all concurrent requests
 * to a function share that module's one client, and in the 8am rush benchmark hundreds of calls
 * waited in the SDK for one of its 50 sockets: a queue no deployment has. 256 covers the
 * benchmark's 200 connections per kind of request; DynamoDB Local queues the rest itself.
 */
export const localDynamoDbMaxSockets = 256;

export interface StartFrontDoorOptions {
  /** Default 3000; 0 picks any free port. */
  port?: number;
  /** Default 127.0.0.1: local patient data stays off the network. */
  host?: string;
  /** Keep DynamoDB Local's data in memory only. */
  inMemory?: boolean;
  /** Where DynamoDB Local keeps its data when not in memory. Default <repo>/.local/dynamodb. */
  dataDir?: string;
  /** Log each request to stdout. */
  log?: boolean;
  /** Use this S3 endpoint for documents instead of starting s3rver. Default: $S3_ENDPOINT. */
  s3Endpoint?: string;
  /** s3rver's folder. Default <repo>/.local/s3, or a temporary one when inMemory. */
  s3Dir?: string;
  /** Use this DynamoDB instead of starting one. Default: $DYNAMODB_ENDPOINT, else start one. */
  dynamodbEndpoint?: string;
  /** Default "front-door". Tests sharing one DynamoDB Local give each file its own. */
  tableName?: string;
  /** Overrides for tests: the route table, handler modules, web root and identity key folder. */
  routes?: readonly RouteDefinition[];
  /**
   * Seed the demo session templates and publish the demo week (default true). Benchmarks turn
   * it off so only the slots they arrange exist.
   */
  demoSessions?: boolean;
  /**
   * Faults every function's DynamoDB client injects, e.g. "conflict:0.05,throttle:0.01".
   * Default: $FRONT_DOOR_FAULTS, else none. Seeding and the dev inbox are never faulted.
   */
  faults?: string;
  /** Run the job table's jobs on their schedules (npm start does; tests call jobs directly). */
  jobs?: boolean;
  /** Table stream consumers to run (default: the stream table's, e.g. message delivery). */
  streamConsumers?: readonly StreamConsumerDefinition[];
  /**
   * Told, in one line, when DynamoDB Local died and could not be restarted (npm start then
   * stops). Default: the line is logged and requests answer 503 until someone stops us.
   */
  onDatabaseGone?: (message: string) => void;
  /**
   * Run the API's handlers on this many worker threads, as Lambda runs concurrent requests in
   * separate environments, instead of on the HTTP server's thread (the default, 0). The rush
   * benchmark uses it; see function-threads.ts.
   */
  functionThreads?: number;
  handlersDir?: string;
  webDir?: string;
  identityDir?: string;
}

export interface FrontDoor {
  url: string;
  dynamodbEndpoint: string;
  tableName: string;
  /** Where documents are uploaded (s3rver's address, or the endpoint given), and the bucket. */
  s3Endpoint: string;
  documentsBucket: string;
  /** What this start published of the demo week (nothing new after the first start that day). */
  demoWeek?: DemoWeekResult;
  stop(): Promise<void>;
}

/**
 * Starts everything `npm start` runs, in this process: the HTTP server first (so a busy port
 * fails in milliseconds, before Java starts), then DynamoDB Local, the table and its demo data,
 * then the demo week: every start publishes today and the next 6 days from the demo sites'
 * session templates, so patients always have times to choose (publishing is idempotent).
 * Handler modules read process.env once when first imported, so this sets the functions'
 * variables here and restores the old values on stop. One running instance per process.
 */
export async function startFrontDoor(options: StartFrontDoorOptions = {}): Promise<FrontDoor> {
  // The store pulls in the AWS SDK (~0.3 s to load): fetch it while Java starts, not before.
  const store = import("@front-door/store");
  const users = store.then((module): readonly DemoUser[] => module.demoUsers);
  const tableName = options.tableName ?? localTableName;
  const faults = options.faults ?? (process.env[envNames.frontDoorFaults] || undefined);
  // A mistyped value stops here, before Java starts, rather than running without the faults.
  if (faults !== undefined) parseFaultSpec(faults);
  const host = options.host ?? "127.0.0.1";
  let markReady: () => void = () => {};
  let markFailed: (error: unknown) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    markFailed = reject;
  });
  // The issuer is our own URL, known once the port is bound; requests needing it wait.
  let bound: (port: number) => void = () => {};
  const boundPort = new Promise<number>((resolve) => {
    bound = resolve;
  });
  const identity = boundPort.then((port) =>
    createIdentityIssuer({
      keyDir: options.identityDir ?? identityKeyDir,
      issuer: urlFor(host, port),
    }),
  );
  // The inbox reads through the same client the seeding uses, set before `ready` resolves.
  let inboxDb: Parameters<typeof readDevInbox>[1] | undefined;
  const readInbox = async () => {
    if (!inboxDb) throw new Error("The table is not ready");
    return readDevInbox(await store, inboxDb, tableName, await users);
  };
  // Known once storage starts: the web uploads documents straight to it.
  let documentsOrigin: string | undefined;
  const handlersDir = options.handlersDir ?? functionsSrcDir;
  const invoker = options.functionThreads
    ? threadedInvoker(handlersDir, options.functionThreads)
    : inProcessInvoker(handlersDir);
  const server = createServer(
    createRequestListener({
      invoker,
      connectOrigins: () => (documentsOrigin ? [documentsOrigin] : []),
      routes: options.routes ?? routeList,
      handlersDir,
      webDir: options.webDir ?? webDistDir,
      identity,
      users,
      ready,
      readInbox,
      ...(options.log ? { log: (line: string) => console.log(line) } : {}),
    }),
  );
  const port = await listen(server, options.port ?? 3000, host);
  bound(port);
  const url = urlFor(host, port);

  let dynamodb: DynamoDbLocal | undefined;
  let documents: DocumentStorage | undefined;
  let restoreEnv = () => {};
  let client: DynamoDBClient | undefined;
  let stream: TableStreamReader | undefined;
  let scheduler: JobScheduler | undefined;
  const stop = async () => {
    markFailed(new Error("stopped"));
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await invoker.close();
    await scheduler?.stop();
    await stream?.stop();
    client?.destroy();
    await dynamodb?.stop();
    await documents?.stop();
    restoreEnv();
  };

  try {
    const endpoint = options.dynamodbEndpoint ?? process.env[envNames.dynamodbEndpoint];
    if (endpoint && isLocalAddress(endpoint)) useLocalAwsDefaults();
    const launching = endpoint
      ? Promise.resolve(undefined)
      : startDynamoDbLocal({
          ...(options.inMemory
            ? { inMemory: true }
            : { dbPath: options.dataDir ?? defaultDataDir }),
          // The first run downloads the jar: say so rather than sit silent for seconds.
          log: (line) => console.log(line),
          // In memory, a restarted DynamoDB Local is empty: the table and demo data come back.
          onRestart: async () => {
            const { ensureTable, seedDemoData } = await store;
            if (!client || !inboxDb) return;
            await ensureTable(client, tableName);
            await seedDemoData(inboxDb, tableName, { sessions: options.demoSessions ?? true });
          },
          ...(options.onDatabaseGone ? { onGiveUp: options.onDatabaseGone } : {}),
        });
    const storage = startDocumentStorage({
      endpoint: options.s3Endpoint ?? process.env[envNames.s3Endpoint],
      directory: options.s3Dir ?? (options.inMemory ? undefined : defaultS3Dir),
      bucket: process.env[envNames.documentsBucket] || localDocumentsBucket,
      // The web PUTs uploads straight to storage: from our own origin only.
      allowedOrigins: [url],
    });
    // allSettled: if anything else fails, a Java process that did start must still be stopped.
    const settled = await Promise.allSettled([launching, identity, store, storage]);
    if (settled[0].status === "fulfilled") dynamodb = settled[0].value;
    if (settled[3].status === "fulfilled") documents = settled[3].value;
    for (const outcome of settled) if (outcome.status === "rejected") throw outcome.reason;
    const {
      createDocumentClient,
      createDynamoDbClient,
      ensureTable,
      indexOpenSlots,
      publishDemoWeek,
      seedDemoData,
    } = await store;
    const dynamodbEndpoint = endpoint ?? (dynamodb as DynamoDbLocal).endpoint;
    const { endpoint: s3Endpoint, bucket: documentsBucket } = documents as DocumentStorage;
    documentsOrigin = new URL(s3Endpoint).origin;
    restoreEnv = setFunctionEnvironment({
      [envNames.tableName]: tableName,
      [envNames.dynamodbEndpoint]: dynamodbEndpoint,
      [envNames.dynamodbMaxSockets]: String(localDynamoDbMaxSockets),
      [envNames.documentsBucket]: documentsBucket,
      [envNames.s3Endpoint]: s3Endpoint,
      [envNames.serviceName]: "front-door",
      // The functions check bearer tokens against the dev issuer, which is this server.
      [envNames.authIssuer]: url,
      [envNames.authJwksUrl]: `${url}${jwksPath}`,
      [envNames.authClientIds]: localClientId,
      AWS_REGION: process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? "eu-west-2",
      // Lambda sets this; without it Powertools never reports a cold start.
      AWS_LAMBDA_INITIALIZATION_TYPE: "on-demand",
      // Texts and emails are marked sent and shown in the dev inbox; nothing leaves the machine.
      [envNames.smsSender]: "simulated",
      [envNames.emailSender]: "simulated",
      ...(faults !== undefined ? { [envNames.frontDoorFaults]: faults } : {}),
    });
    const dynamo = createDynamoDbClient({ endpoint: dynamodbEndpoint });
    client = dynamo;
    const { addedIndexes } = await ensureTable(dynamo, tableName);
    inboxDb = createDocumentClient(dynamo);
    // Kept data from before the open slots' index: its slots join it (docs/data-model.md).
    if (addedIndexes.includes("gsi2")) await indexOpenSlots(inboxDb, tableName);
    const demoSessions = options.demoSessions ?? true;
    await seedDemoData(inboxDb, tableName, { sessions: demoSessions });
    const demoWeek = demoSessions
      ? await publishDemoWeek(inboxDb, tableName, new Date())
      : undefined;
    stream = await startStreamConsumers({
      endpoint: dynamodbEndpoint,
      tableName,
      consumers: options.streamConsumers ?? streamConsumerList,
      handlersDir,
    });
    if (options.jobs) {
      const load = createHandlerLoader(handlersDir);
      scheduler = runJobsOnSchedule({
        jobs: jobList,
        invoke: async (job) =>
          (await load(job.handler))({}, createLambdaContext(job.id, 10 * 60_000)),
        ...(options.log ? { log: (line: string) => console.log(line) } : {}),
      });
    }
    markReady();
    return {
      url,
      dynamodbEndpoint,
      tableName,
      s3Endpoint,
      documentsBucket,
      ...(demoWeek ? { demoWeek } : {}),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The table's stream, read as Lambda's event source mapping reads it in AWS. */
async function startStreamConsumers(options: {
  endpoint: string;
  tableName: string;
  consumers: readonly StreamConsumerDefinition[];
  handlersDir: string;
}): Promise<TableStreamReader | undefined> {
  if (!options.consumers.length) return undefined;
  const [{ DynamoDBClient, DescribeTableCommand }, { DynamoDBStreamsClient }] = await Promise.all([
    import("@aws-sdk/client-dynamodb"),
    import("@aws-sdk/client-dynamodb-streams"),
  ]);
  const region = process.env.AWS_REGION ?? "eu-west-2";
  const tables = new DynamoDBClient({ endpoint: options.endpoint, region });
  const { Table } = await tables.send(new DescribeTableCommand({ TableName: options.tableName }));
  tables.destroy();
  if (!Table?.LatestStreamArn) {
    throw new Error(`Table ${options.tableName} has no stream: run npm run reset`);
  }
  const load = createHandlerLoader(options.handlersDir);
  const streams = new DynamoDBStreamsClient({ endpoint: options.endpoint, region });
  const reader = readTableStream({
    client: streams,
    streamArn: Table.LatestStreamArn,
    consumers: options.consumers,
    invoke: async (consumer, event) =>
      (await load(consumer.handler))(event, createLambdaContext(consumer.id, 10_000)),
    log: (line) => console.error(line),
  });
  return {
    stop: async () => {
      await reader.stop();
      streams.destroy();
    },
  };
}

function urlFor(host: string, port: number): string {
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE" ? new StartError("port-in-use", portInUseMessage(port)) : error,
      );
    });
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}

/** Sets variables for the handler modules; returns a function that puts the old values back. */
function setFunctionEnvironment(values: Record<string, string>): () => void {
  const previous = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  Object.assign(process.env, values);
  return () => {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

function isLocalAddress(endpoint: string): boolean {
  try {
    return ["localhost", "127.0.0.1", "[::1]", "0.0.0.0"].includes(new URL(endpoint).hostname);
  } catch {
    return false;
  }
}
