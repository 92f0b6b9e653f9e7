import { readFileSync } from "node:fs";

export interface CpuSample {
  process: NodeJS.CpuUsage;
  /** Busy and total jiffies over all cores from /proc/stat; undefined where there is none. */
  machine: { busy: number; total: number } | undefined;
  at: number;
}

export interface CpuUse {
  /** Cores' worth of CPU this Node process used (client, runner and handlers). */
  processCores: number;
  /** Cores' worth busy on the whole machine (the JVM, this process and anything else). */
  machineCores: number | undefined;
}

export function sampleCpu(): CpuSample {
  return { process: process.cpuUsage(), machine: machineJiffies(), at: performance.now() };
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
  return { processCores: processMicros / wallMicros, machineCores: machine };
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
