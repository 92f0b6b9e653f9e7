import { rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { DemoUser } from "@front-door/store";
import { watchLauncher } from "./launcher-watch.ts";
import { defaultDataDir, pidFileName, repoRoot, s3DirFor } from "./local-paths.ts";
import { StartError } from "./start-error.ts";
import { type FrontDoor, startFrontDoor } from "./start-front-door.ts";

/**
 * `npm start`: the whole service on one port, with persistent local data. Whatever ends this
 * process, DynamoDB Local goes with it: signals stop it gracefully, java-child.ts kills it on
 * exit, and if this process is killed outright its shell sees the pipe close and stops Java.
 *
 * npm runs this as `node --import tsx main.ts`, one process, not through the `tsx` command: that
 * runs the script in a child and, on SIGTERM, kills the child with SIGKILL unless it answers
 * within 30 ms, which a busy machine misses (exit 143, Java orphaned). The handlers below are
 * installed before anything is started.
 */
const dataDir = process.env.FRONT_DOOR_DATA_DIR || defaultDataDir;
const pidFile = join(dataDir, pidFileName);
let app: FrontDoor | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (stopping) process.exit(code);
  stopping = true;
  try {
    await app?.stop();
    await rm(pidFile, { force: true });
  } catch (error) {
    console.error("Could not stop cleanly:", error);
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    // A second Ctrl-C while stopping means "now": shutdown() exits straight away.
    if (!stopping) console.log("\nStopping Front Door...");
    void shutdown(0);
  });
}
for (const event of ["uncaughtException", "unhandledRejection"] as const) {
  process.on(event, (error) => {
    console.error("Front Door crashed:", error);
    void shutdown(1);
  });
}

void watchLauncher(() => {
  console.log("\nThe npm process that started Front Door has gone: stopping...");
  void shutdown(0);
});

try {
  const port = parsePort(process.env.PORT);
  const started = performance.now();
  app = await startFrontDoor({
    port,
    dataDir,
    s3Dir: s3DirFor(),
    log: true,
    jobs: true,
    onDatabaseGone: (message) => {
      console.error(`${message}: stopping Front Door`);
      void shutdown(1);
    },
  });
  await writeFile(pidFile, `${process.pid}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  // Already loaded by startFrontDoor: importing it up front would delay starting Java.
  const { demoUsers } = await import("@front-door/store");
  console.log(welcome(app, seconds, demoUsers));
} catch (error) {
  if (error instanceof StartError) console.error(error.message);
  else console.error("Front Door could not start:", error);
  await shutdown(1);
}

function parsePort(text: string | undefined): number {
  if (text === undefined || text === "") return 3000;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new StartError(
      "port-in-use",
      `PORT must be a whole number from 0 to 65535, not "${text}"`,
    );
  }
  return port;
}

function welcome(front: FrontDoor, seconds: string, demoUsers: readonly DemoUser[]): string {
  const width = Math.max(...demoUsers.map((user) => user.displayName.length));
  const people = demoUsers.map(
    (user) => `  ${user.role.padEnd(13)} ${user.displayName.padEnd(width)}  ${user.description}`,
  );
  return [
    "",
    `Front Door is running at ${front.url} (ready in ${seconds} s)`,
    "",
    "Sign in as any of these demo people (no password: pick one on the sign-in page):",
    ...people,
    "",
    ...(front.demoWeek
      ? [
          demoWeekLine(front.demoWeek),
          ...front.demoWeek.problems.map(
            (problem) => `  Not published at ${problem.siteId}: ${problem.message}`,
          ),
        ]
      : []),
    `Data: ${relative(repoRoot, dataDir) || dataDir} (kept between runs; npm run reset wipes it)`,
    `DynamoDB Local: ${front.dynamodbEndpoint}, table "${front.tableName}"`,
    `Documents (S3): ${front.s3Endpoint}, bucket "${front.documentsBucket}"`,
    "Press Ctrl-C to stop.",
    "",
  ].join("\n");
}

function demoWeekLine(week: NonNullable<FrontDoor["demoWeek"]>): string {
  const published = week.created + week.alreadyPublished;
  return `Demo same-day slots ${week.from} to ${week.to}: ${published} published (${week.created} new this start)`;
}
