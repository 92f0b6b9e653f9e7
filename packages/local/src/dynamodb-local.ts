import { type ChildProcess, spawn } from "node:child_process";
import { constants } from "node:fs";
import { access, mkdir } from "node:fs/promises";
import { createServer } from "node:net";
import { delimiter, join } from "node:path";
import { ensureDynamoDbLocalJar } from "./dynamodb-local-jar.ts";
import { javaMissingMessage, StartError } from "./start-error.ts";

export interface DynamoDbLocalOptions {
  /** Keep nothing on disk. Default false: data persists in dbPath. */
  inMemory?: boolean;
  /** Folder for the database file; required unless inMemory. */
  dbPath?: string;
  /** Default: any free port. */
  port?: number;
  /** Where DynamoDBLocal.jar lives; fetched into the user cache when absent. */
  jarDir?: string;
  log?: (line: string) => void;
}

export interface DynamoDbLocal {
  endpoint: string;
  stop(): Promise<void>;
}

const readyTimeoutMs = 60_000;

/** Java processes this Node process started and has not yet seen exit. */
const running = new Set<ChildProcess>();
// Last line of defence against orphans: however the process ends (process.exit, an uncaught
// error), the JVMs go with it. kill() only sends a signal, so it is safe in an exit hook.
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/** Starts AWS's DynamoDB Local as a child process and resolves once it answers ListTables. */
export async function startDynamoDbLocal(
  options: DynamoDbLocalOptions = {},
): Promise<DynamoDbLocal> {
  if (!options.inMemory && !options.dbPath) throw new Error("dbPath is required unless inMemory");
  // Before the 56 MB fetch: no point downloading a jar nothing can run.
  if (!(await javaOnPath())) throw new StartError("java-missing", javaMissingMessage);
  const jarDir = options.jarDir ?? (await ensureDynamoDbLocalJar(undefined, options.log));
  if (options.dbPath) await mkdir(options.dbPath, { recursive: true });
  useLocalAwsDefaults();

  // A free port can be taken between our probe and Java's bind: retry a couple of times.
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await freePort());
    try {
      return await launch(jarDir, port, options);
    } catch (error) {
      const raced = error instanceof BindError && options.port === undefined && attempt < 3;
      if (!raced) throw error;
    }
  }
}

/**
 * DynamoDB Local accepts any credentials, but the SDK refuses to sign a request without some,
 * and needs a region. Set fake ones only when the developer has none of their own.
 */
export function useLocalAwsDefaults(env: NodeJS.ProcessEnv = process.env): void {
  if (!env.AWS_ACCESS_KEY_ID && !env.AWS_PROFILE) {
    env.AWS_ACCESS_KEY_ID = "local";
    env.AWS_SECRET_ACCESS_KEY = "local";
  }
  if (!env.AWS_REGION && !env.AWS_DEFAULT_REGION) env.AWS_REGION = "eu-west-2";
}

/** Java could not bind its port: retried with another when we chose the port ourselves. */
class BindError extends StartError {
  constructor(port: number) {
    super("dynamodb-local-failed", `DynamoDB Local could not listen on port ${port}: it is in use`);
  }
}

async function launch(jarDir: string, port: number, options: DynamoDbLocalOptions) {
  const args = [
    // C1 only and the serial collector: about 0.7 s faster to first answer, ample for a dev DB.
    "-XX:TieredStopAtLevel=1",
    "-XX:+UseSerialGC",
    `-Djava.library.path=${join(jarDir, "DynamoDBLocal_lib")}`,
    "-jar",
    join(jarDir, "DynamoDBLocal.jar"),
    "-port",
    String(port),
    // One database whatever the caller's region and credentials: tests and runner share it.
    "-sharedDb",
    // It would otherwise try to phone home, which only slows an offline machine down.
    "-disableTelemetry",
    ...(options.inMemory ? ["-inMemory"] : ["-dbPath", options.dbPath as string]),
  ];
  // cwd: DynamoDB Local writes dynamodb-local-metadata.json into its working directory; keep
  // that in the cache, not in whatever folder the developer ran npm start from.
  const child = spawn("java", args, { cwd: jarDir, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);

  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => {
      running.delete(child);
      resolve();
    });
    // spawn failed (no java on PATH): there will be no "exit" event.
    child.once("error", () => {
      running.delete(child);
      resolve();
    });
  });
  let spawnError: NodeJS.ErrnoException | undefined;
  child.once("error", (error) => {
    spawnError = error;
  });

  const stop = async () => {
    if (!running.has(child)) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };

  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  while (!(await answersListTables(endpoint))) {
    if (gone) {
      if (spawnError?.code === "ENOENT") throw new StartError("java-missing", javaMissingMessage);
      if (/BindException|Address already in use/.test(output)) {
        throw new BindError(port);
      }
      throw new StartError(
        "dynamodb-local-failed",
        `DynamoDB Local exited before it was ready: ${lastLine(output) || `exit code ${child.exitCode}`}`,
      );
    }
    if (Date.now() > deadline) {
      await stop();
      throw new StartError(
        "dynamodb-local-failed",
        `DynamoDB Local did not answer within ${readyTimeoutMs / 1000} s`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { endpoint, stop };
}

/**
 * A bare ListTables call. DynamoDB Local checks that an Authorization header is present and
 * well-formed but not its signature, so no SDK (and no credentials) is needed to probe it.
 */
async function answersListTables(endpoint: string): Promise<boolean> {
  try {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: {
        "content-type": "application/x-amz-json-1.0",
        "x-amz-target": "DynamoDB_20120810.ListTables",
        authorization:
          "AWS4-HMAC-SHA256 Credential=local/20200101/eu-west-2/dynamodb/aws4_request, SignedHeaders=host, Signature=00",
      },
      body: "{}",
      signal: AbortSignal.timeout(1_000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

async function javaOnPath(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    try {
      await access(join(dir, "java"), constants.X_OK);
      return true;
    } catch {}
  }
  return false;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function lastLine(output: string): string {
  const lines = output.trim().split("\n");
  // Java's own reason is usually the exception line, not the stack frames after it.
  const reason = lines.find(
    (line) => /Exception|Error/.test(line) && !line.trim().startsWith("at "),
  );
  return (reason ?? lines.at(-1) ?? "").trim();
}
