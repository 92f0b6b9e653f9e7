import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { type EventLoopUtilization, performance } from "node:perf_hooks";

export interface CpuSample {
  process: NodeJS.CpuUsage;
  /** Busy and total jiffies over all cores from /proc/stat; undefined where there is none. */
  machine: { busy: number; total: number } | undefined;
  /** User and system jiffies of this process's Java children (DynamoDB Local). */
  jvm: number | undefined;
  loop: EventLoopUtilization;
  at: number;
}

export interface CpuUse {
  /** Cores' worth of CPU this Node process used (client, runner and handlers). */
  processCores: number;
  /** Cores' worth busy on the whole machine (the JVM, this process and anything else). */
  machineCores: number | undefined;
  /** Cores' worth DynamoDB Local (this process's Java child) used. */
  jvmCores: number | undefined;
  /** Share of the time this process's one event loop was busy (1: it never waited). */
  eventLoopUtilization: number;
}

export function sampleCpu(): CpuSample {
  return {
    process: process.cpuUsage(),
    machine: machineJiffies(),
    jvm: javaChildJiffies(),
    loop: performance.eventLoopUtilization(),
    at: performance.now(),
  };
}

export function cpuBetween(before: CpuSample, after: CpuSample, cores: number): CpuUse {
  const wallMicros = (after.at - before.at) * 1000;
  const processMicros =
    after.process.user - before.process.user + (after.process.system - before.process.system);
  const machine =
    before.machine && after.machine
      ? ((after.machine.busy - before.machine.busy) /
          (after.machine.total - before.machine.total)) *
        cores
      : undefined;
  const jvm =
    before.jvm !== undefined && after.jvm !== undefined
      ? ((after.jvm - before.jvm) / ticksPerSecond()) * 1e6
      : undefined;
  return {
    processCores: processMicros / wallMicros,
    machineCores: machine,
    jvmCores: jvm === undefined ? undefined : jvm / wallMicros,
    eventLoopUtilization: performance.eventLoopUtilization(after.loop, before.loop).utilization,
  };
}

function machineJiffies(): { busy: number; total: number } | undefined {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((sum, value) => sum + value, 0);
    // idle and iowait are the 4th and 5th fields.
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return undefined;
  }
}

/**
 * utime + stime of every java process started by this one (DynamoDB Local runs under a small
 * `sh` supervisor, so java is a grandchild), from /proc/<pid>/stat.
 */
function javaChildJiffies(): number | undefined {
  try {
    const processes = new Map<number, { parent: number; comm: string; jiffies: number }>();
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      } catch {
        continue; // gone meanwhile
      }
      // pid (comm) state ppid …: comm may hold spaces, so split after its closing bracket.
      const close = stat.lastIndexOf(")");
      const comm = stat.slice(stat.indexOf("(") + 1, close);
      const fields = stat.slice(close + 2).split(" ");
      // Fields after comm start at state (3rd in the man page): utime is 14th, stime 15th.
      processes.set(Number(entry), {
        parent: Number(fields[1]),
        comm,
        jiffies: Number(fields[11]) + Number(fields[12]),
      });
    }
    const descends = (pid: number) => {
      for (let at = processes.get(pid)?.parent, depth = 0; at && depth < 4; depth++) {
        if (at === process.pid) return true;
        at = processes.get(at)?.parent;
      }
      return false;
    };
    let total = 0;
    let found = false;
    for (const [pid, { comm, jiffies }] of processes) {
      if (comm !== "java" || !descends(pid)) continue;
      total += jiffies;
      found = true;
    }
    return found ? total : undefined;
  } catch {
    return undefined;
  }
}

let ticks: number | undefined;
function ticksPerSecond(): number {
  if (ticks === undefined) {
    try {
      ticks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      ticks = 100;
    }
  }
  return ticks;
}
