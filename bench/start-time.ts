import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { median } from "./stats.ts";

/**
 * Seconds from running `npm start` to the first 200 from GET /api/health, with the DynamoDB
 * Local jar already cached. Each run is stopped with SIGTERM, as Ctrl-C would.
 */
export async function measureStart(
  repo: string,
  runs = 3,
): Promise<{ runsSeconds: number[]; medianSeconds: number }> {
  const runsSeconds: number[] = [];
  for (let i = 0; i < runs; i++) runsSeconds.push(await startOnce(repo));
  return { runsSeconds, medianSeconds: median(runsSeconds) };
}

async function startOnce(repo: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn("npm", ["start"], {
    cwd: repo,
    env: { ...process.env, PORT: String(port) },
    stdio: "ignore",
    detached: true,
  });
  const deadline = Date.now() + 60_000;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (response.ok) return (performance.now() - started) / 1000;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error("npm start did not answer /api/health within 60 s");
  } finally {
    await stop(child.pid);
  }
}

async function stop(pid: number | undefined): Promise<void> {
  if (!pid) return;
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    return;
  }
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(-pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  process.kill(-pid, "SIGKILL");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}
