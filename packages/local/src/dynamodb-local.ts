import { constants } from "node:fs";
import { access, mkdir } from "node:fs/promises";
import { createServer } from "node:net";
import { delimiter, join } from "node:path";
import { ensureDynamoDbLocalJar } from "./dynamodb-local-jar.ts";
import { type JavaChild, spawnJava } from "./java-child.ts";
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
  /** Progress and restart lines (default: stderr). */
  log?: (line: string) => void;
  /** Restarts allowed when Java dies on its own. Default 3. */
  maxRestarts?: number;
  /** Runs after a restart answers: an in-memory database comes back empty. */
  onRestart?: () => Promise<void>;
  /** Told once, in one line, when Java died and could not be brought back. Default: log it. */
  onGiveUp?: (message: string) => void;
}

export interface DynamoDbLocal {
  endpoint: string;
  stop(): Promise<void>;
}

const readyTimeoutMs = 60_000;

/**
 * Starts AWS's DynamoDB Local as a child process and resolves once it answers ListTables. If
 * Java later dies on its own, it is started again on the same port (the endpoint the clients
 * hold), a bounded number of times, with one line said each time; then onGiveUp is told.
 */
export async function startDynamoDbLocal(
  options: DynamoDbLocalOptions = {},
): Promise<DynamoDbLocal> {
  if (!options.inMemory && !options.dbPath) throw new Error("dbPath is required unless inMemory");
  // Before the 56 MB fetch: no point downloading a jar nothing can run.
  if (!(await javaOnPath())) throw new StartError("java-missing", javaMissingMessage);
  const jarDir = options.jarDir ?? (await ensureDynamoDbLocalJar(undefined, options.log));
  if (options.dbPath) await mkdir(options.dbPath, { recursive: true });
  useLocalAwsDefaults();

  let java: JavaChild | undefined;
  let port = options.port ?? 0;
  // A free port can be taken between our probe and Java's bind: retry a couple of times.
  for (let attempt = 1; !java; attempt++) {
    port = options.port ?? (await freePort());
    try {
      java = await launch(jarDir, port, options);
    } catch (error) {
      const raced = error instanceof BindError && options.port === undefined && attempt < 3;
      if (!raced) throw error;
    }
  }

  const say = options.log ?? ((line: string) => console.error(line));
  const giveUp = options.onGiveUp ?? say;
  const maxRestarts = options.maxRestarts ?? 3;
  let restarts = 0;
  let stopping = false;
  const supervise = (instance: JavaChild) => {
    void instance.exited.then(async (code) => {
      if (stopping) return;
      const reason = lastLine(instance.output()) || `exit code ${code ?? "none: killed"}`;
      if (restarts >= maxRestarts) {
        giveUp(`DynamoDB Local stopped again (${reason}) after ${maxRestarts} restarts`);
        return;
      }
      restarts++;
      say(`DynamoDB Local stopped (${reason}): restarting it (${restarts} of ${maxRestarts})`);
      try {
        const next = await launch(jarDir, port, options);
        java = next;
        if (stopping) return await next.stop();
        await options.onRestart?.();
        supervise(next);
      } catch (error) {
        giveUp(`DynamoDB Local stopped and could not be restarted: ${messageOf(error)}`);
      }
    });
  };
  supervise(java);
  return {
    endpoint: endpointFor(port),
    stop: async () => {
      stopping = true;
      await java?.stop();
    },
  };
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

/**
 * DynamoDB Local has no option to listen on one interface: it hands Jetty only a port, so it
 * listens on every interface (docs/architecture.md, "Local runner"). Callers keep to
 * 127.0.0.1, and the port is a random free one unless a caller asks for a fixed one.
 */
const endpointFor = (port: number) => `http://127.0.0.1:${port}`;

async function launch(
  jarDir: string,
  port: number,
  options: DynamoDbLocalOptions,
): Promise<JavaChild> {
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
  const java = spawnJava(args, { cwd: jarDir });
  const endpoint = endpointFor(port);
  const deadline = Date.now() + readyTimeoutMs;
  let exitCode: number | null | undefined;
  void java.exited.then((code) => {
    exitCode = code;
  });
  while (!(await answersListTables(endpoint))) {
    if (exitCode !== undefined) {
      // The shell's "command not found".
      if (exitCode === 127) throw new StartError("java-missing", javaMissingMessage);
      if (/BindException|Address already in use/.test(java.output())) throw new BindError(port);
      throw new StartError(
        "dynamodb-local-failed",
        `DynamoDB Local exited before it was ready: ${lastLine(java.output()) || `exit code ${exitCode}`}`,
      );
    }
    if (Date.now() > deadline) {
      await java.stop();
      throw new StartError(
        "dynamodb-local-failed",
        `DynamoDB Local did not answer within ${readyTimeoutMs / 1000} s`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return java;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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
