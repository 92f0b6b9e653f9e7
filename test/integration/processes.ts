import { execFileSync } from "node:child_process";

/** Every process below pid, from the kernel's table: Java runs a level or two below its owner. */
export function descendants(pid: number): { pid: number; command: string }[] {
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

/** Running, not merely a zombie waiting for a parent that no longer reaps it. */
export function alive(pid: number): boolean {
  try {
    const state = execFileSync("ps", ["-o", "stat=", "-p", String(pid)], { encoding: "utf8" });
    return !state.trim().startsWith("Z");
  } catch {
    // ps exits 1 when there is no such process.
    return false;
  }
}

/**
 * Polls until check() holds or a deadline generous enough for a very busy machine passes. Not a
 * timing assertion: the caller asserts the state afterwards, whatever the time it took.
 */
export async function eventually(check: () => boolean, deadlineMs = 60_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!check() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
