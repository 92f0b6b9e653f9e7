import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * `npm start` as a developer runs it: main.ts through tsx, in a process of its own. These
 * guard the promises main.ts makes about its Java child and its error messages.
 */
const repo = fileURLToPath(new URL("../../", import.meta.url));
const tsx = join(repo, "node_modules", "tsx", "dist", "cli.mjs");
const main = join(repo, "packages", "local", "src", "main.ts");
/** Each of these starts Java for real: ~4 s on a quiet machine, far more on a busy one. */
const processTimeout = 60_000;

let dataDir: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "local-main-"));
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await rm(dataDir, { recursive: true, force: true });
});

/** viaShell: as npm runs it, under `sh -c`, which does not pass signals on to its child. */
function startMain(port: number, options: { viaShell?: boolean } = {}) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    // One data folder each: the tests run at once, and two DynamoDB Locals must not share one.
    FRONT_DOOR_DATA_DIR: join(dataDir, String(port)),
  };
  // It must start its own DynamoDB Local, whatever the test run was given.
  delete env.DYNAMODB_ENDPOINT;
  const child = options.viaShell
    ? // "; true" stops sh from exec-ing node in its place, so sh stays in between, as under npm.
      spawn("sh", ["-c", `"${process.execPath}" "${tsx}" "${main}"; true`], { cwd: repo, env })
    : spawn(process.execPath, [tsx, main], { cwd: repo, env, stdio: "pipe" });
  children.push(child);
  const output = { stdout: "", stderr: "" };
  child.stdout?.on("data", (chunk) => {
    output.stdout += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output.stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  return { child, output, exited };
}

/** Every process below pid, from the kernel's table: Java is a grandchild through tsx. */
function descendants(pid: number): { pid: number; command: string }[] {
  const table = execFileSync("ps", ["-eo", "pid=,ppid=,comm="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .map(([p, pp, command]) => ({ pid: Number(p), ppid: Number(pp), command: command ?? "" }));
  const found: { pid: number; command: string }[] = [];
  const walk = (parent: number) => {
    for (const row of table.filter((r) => r.ppid === parent)) {
      found.push({ pid: row.pid, command: row.command });
      walk(row.pid);
    }
  };
  walk(pid);
  return found;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function occupiedPort(): Promise<{ port: number; server: Server }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as { port: number }).port, server };
}

async function freePort(): Promise<number> {
  const { port, server } = await occupiedPort();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function untilRunning(child: ChildProcess, output: { stdout: string; stderr: string }) {
  const deadline = Date.now() + 45_000;
  while (!output.stdout.includes("Front Door is running at")) {
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`main.ts did not start:\n${output.stdout}\n${output.stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// Concurrent: each waits mostly on its own Java, so the file takes as long as the slowest one.
describe.concurrent("npm start (main.ts)", () => {
  it(
    "serves the API, and on SIGTERM stops cleanly leaving no Java process behind",
    async () => {
      const port = await freePort();
      const { child, output, exited } = startMain(port);
      await untilRunning(child, output);
      expect(output.stdout).toContain("Amira Hussain");
      expect(output.stdout).toContain("Ctrl-C");
      // A fresh data folder: the whole demo week is new (the count is checked in local-demo-week).
      expect(output.stdout).toMatch(
        /\nDemo same-day slots \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}: (\d+) published \(\1 new this start\)\n/,
      );
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(health.status).toBe(200);

      const javas = descendants(child.pid as number).filter((p) => p.command === "java");
      expect(javas).toHaveLength(1);

      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      for (const java of javas)
        expect(alive(java.pid), `java ${java.pid} still running`).toBe(false);
      expect(output.stdout).toContain("Stopping Front Door");
    },
    processTimeout,
  );

  it(
    "stops, Java and all, when the npm process above it is killed without passing it on",
    async () => {
      const { child, output } = startMain(await freePort(), { viaShell: true });
      await untilRunning(child, output);
      const javas = descendants(child.pid as number).filter((p) => p.command === "java");
      const mains = descendants(child.pid as number).filter((p) => p.command === "node");
      expect(javas).toHaveLength(1);
      child.kill("SIGKILL");
      const deadline = Date.now() + 10_000;
      while ([...javas, ...mains].some((p) => alive(p.pid)) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      for (const p of [...javas, ...mains])
        expect(alive(p.pid), `${p.command} ${p.pid}`).toBe(false);
    },
    processTimeout,
  );

  it("says in one line what to do when the port is busy, before starting Java", async () => {
    const { port, server } = await occupiedPort();
    try {
      const started = Date.now();
      const { output, exited } = startMain(port);
      expect(await exited).toBe(1);
      const lines = output.stderr.trim().split("\n");
      expect(lines).toEqual([
        `Port ${port} is already in use: stop what is using it or run PORT=${port + 1} npm start`,
      ]);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
