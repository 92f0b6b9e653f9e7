import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * `npm start` runs us as npm → sh → tsx → node. A terminal's Ctrl-C reaches all of them, but a
 * SIGTERM sent to npm alone (a CI script's `kill`, a process manager) kills npm and sh and never
 * reaches us: we would live on as an orphan with DynamoDB Local beside us. So we note the
 * launcher processes above us and stop when any of them disappears.
 */
export async function watchLauncher(onGone: () => void, intervalMs = 1_000): Promise<void> {
  // Killed while we were still loading: we now belong to init, and npm never runs us that way.
  if (process.ppid === 1 && process.env.npm_lifecycle_event) return onGone();
  const launchers = await launcherChain(process.ppid);
  if (launchers.length === 0) return;
  const timer = setInterval(() => {
    if (launchers.some((pid) => !isAlive(pid))) {
      clearInterval(timer);
      onGone();
    }
  }, intervalMs);
  // Never the reason the process stays up.
  timer.unref();
}

/**
 * Our parent and its ancestors for as long as they are npm, a script shell or node (tsx): the
 * interactive shell above them is not ours to watch (nohup npm start & may outlive it).
 */
async function launcherChain(start: number): Promise<number[]> {
  const chain: number[] = [];
  let pid = start;
  for (let depth = 0; depth < 8 && pid > 1; depth++) {
    const info = await processInfo(pid);
    if (!info || !/^(node|npm\b.*|sh|dash|tsx)$/.test(info.command)) break;
    chain.push(pid);
    pid = info.ppid;
  }
  return chain;
}

async function processInfo(pid: number): Promise<{ ppid: number; command: string } | undefined> {
  try {
    const { stdout } = await run("ps", ["-o", "ppid=,comm=", "-p", String(pid)]);
    const match = /^\s*(\d+)\s+(.+?)\s*$/.exec(stdout);
    return match ? { ppid: Number(match[1]), command: match[2] as string } : undefined;
  } catch {
    // No ps (a minimal container): watch nothing rather than fail to start.
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    // ESRCH: gone. EPERM: the pid now belongs to another user's process, so ours is gone too.
    return false;
  }
}
