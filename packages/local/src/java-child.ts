import { type ChildProcess, spawn } from "node:child_process";

/**
 * A Java process that cannot outlive this Node process, however this one ends.
 *
 * Signal handlers and an exit hook cover the orderly ends, but not SIGKILL (an OOM kill, a
 * `kill -9`, a launcher that gives up waiting) nor a machine so busy that a handler runs too
 * late. So Java runs under a small POSIX shell that watches the pipe on its stdin: the kernel
 * closes that pipe when Node dies for any reason, and the shell then stops Java. The shell and
 * Java get a process group of their own, so Node can also kill both at once, and a terminal's
 * Ctrl-C reaches Node alone, which stops Java in order.
 */
const supervisor = [
  // fd 3: Node's pipe, for the watcher below only; Java itself reads nothing.
  "exec 3<&0 0</dev/null",
  'java "$@" 3<&- &',
  "java=$!",
  "trap 'kill -TERM \"$java\" 2>/dev/null' INT TERM HUP",
  // read returns at end of file: Node closed the pipe (stop()) or Node is gone.
  '( read -r _ <&3; kill -TERM "$java" 2>/dev/null ) &',
  "watcher=$!",
  "exec 3<&-",
  // wait returns early when a trapped signal arrives: wait again until Java has really gone.
  'while :; do wait "$java"; status=$?; kill -0 "$java" 2>/dev/null || break; done',
  'kill "$watcher" 2>/dev/null',
  'exit "$status"',
].join("\n");

export interface JavaChild {
  readonly process: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal) once Java and its shell are gone. */
  readonly exited: Promise<number | null>;
  /** The last few KB of Java's stdout and stderr, for error messages. */
  output(): string;
  /** Asks Java to stop (SIGTERM); kills it after graceMs. Resolves once it has gone. */
  stop(graceMs?: number): Promise<void>;
}

/** Children still running, killed with their whole process group if this process exits. */
const running = new Set<ChildProcess>();
// kill() only sends a signal, so it is safe in an exit hook.
process.once("exit", () => {
  for (const child of running) killGroup(child, "SIGKILL");
});

export function spawnJava(args: readonly string[], options: { cwd: string }): JavaChild {
  const child = spawn("sh", ["-c", supervisor, "java-supervisor", ...args], {
    cwd: options.cwd,
    stdio: ["pipe", "pipe", "pipe"],
    detached: true,
  });
  running.add(child);
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  // Writing is never done; an error here only means the shell has gone, which exit reports.
  child.stdin?.on("error", () => {});

  const exited = new Promise<number | null>((resolve) => {
    const gone = (code: number | null) => {
      running.delete(child);
      resolve(code);
    };
    child.once("exit", (code) => gone(code));
    // spawn failed (no sh): there will be no "exit" event.
    child.once("error", () => gone(null));
  });

  const stop = async (graceMs = 10_000) => {
    if (!running.has(child)) return;
    // End of file on the watcher's pipe: the shell sends Java SIGTERM and waits for it.
    child.stdin?.end();
    const timer = setTimeout(() => killGroup(child, "SIGKILL"), graceMs);
    await exited;
    clearTimeout(timer);
  };

  return { process: child, exited, output: () => output, stop };
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    // Negative pid: the shell's whole process group, Java and the watcher with it.
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: already gone.
  }
}
