import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alive, descendants, eventually } from "./processes.ts";

/**
 * `npm start` as a developer runs it: `node --import tsx main.ts`, in a process of its own. These
 * guard the promises main.ts makes about its Java child and its error messages, on a machine
 * however busy: nothing here depends on how long anything takes.
 */
const repo = fileURLToPath(new URL("../../", import.meta.url));
const main = join(repo, "packages", "local", "src", "main.ts");
/** Each of these starts Java for real: ~4 s on a quiet machine, a minute or more on a busy one. */
const processTimeout = 150_000;

let dataDir: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "local-main-"));
});
afterAll(async () => {
  // A test that failed half-way: its whole process group (sh, main.ts) goes; Java follows main.
  for (const child of children) {
    try {
      if (child.exitCode === null) process.kill(-(child.pid as number), "SIGKILL");
    } catch {}
  }
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
      spawn("sh", ["-c", `"${process.execPath}" --import tsx "${main}"; true`], {
        cwd: repo,
        env,
        detached: true,
      })
    : spawn(process.execPath, ["--import", "tsx", main], { cwd: repo, env, detached: true });
  children.push(child);
  const output = { stdout: "", stderr: "" };
  child.stdout?.on("data", (chunk) => {
    output.stdout += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output.stderr += chunk;
  });
  // The signal too: "exit 143" and "killed by SIGTERM" are different failures.
  const exited = new Promise<number | string | null>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal)),
  );
  return { child, output, exited };
}

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
  const deadline = Date.now() + 120_000;
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
      // 0, not 143: main.ts's own handler stopped it, Java first.
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
      await eventually(() => ![...javas, ...mains].some((p) => alive(p.pid)));
      for (const p of [...javas, ...mains])
        expect(alive(p.pid), `${p.command} ${p.pid}`).toBe(false);
    },
    processTimeout,
  );

  it(
    "takes Java with it even when killed outright (SIGKILL), with no chance to clean up",
    async () => {
      const { child, output, exited } = startMain(await freePort());
      await untilRunning(child, output);
      const javas = descendants(child.pid as number).filter((p) => p.command === "java");
      expect(javas).toHaveLength(1);
      child.kill("SIGKILL");
      expect(await exited).toBe("SIGKILL");
      await eventually(() => !javas.some((p) => alive(p.pid)));
      for (const java of javas)
        expect(alive(java.pid), `java ${java.pid} still running`).toBe(false);
    },
    processTimeout,
  );

  it(
    "says in one line what to do when the port is busy, before starting Java",
    async () => {
      const { port, server } = await occupiedPort();
      try {
        const { output, exited } = startMain(port);
        expect(await exited).toBe(1);
        const lines = output.stderr.trim().split("\n");
        expect(lines).toEqual([
          `Port ${port} is already in use: stop what is using it or run PORT=${port + 1} npm start`,
        ]);
        // DynamoDB Local makes its data folder before Java starts: no folder, no Java.
        expect(existsSync(join(dataDir, String(port)))).toBe(false);
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    },
    processTimeout,
  );
});
