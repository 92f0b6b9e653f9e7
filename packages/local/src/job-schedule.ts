import type { JobDefinition } from "@front-door/contracts";
import { addDays, londonToday, londonToUtc } from "@front-door/domain";

const units: Record<string, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };

/**
 * When a job next runs after `now`, read as EventBridge Scheduler reads its expression in
 * Europe/London: `rate(N minutes|hours|days)`, or a daily `cron(M H * * ? *)` at that London
 * wall-clock time (so 23:55 stays 23:55 across the clock changes). Other expressions are not
 * needed by the job table and are refused rather than guessed at.
 */
export function nextRunAfter(schedule: string, now: Date): Date {
  const rate = /^rate\((\d+) (minute|hour|day)s?\)$/.exec(schedule);
  if (rate) {
    return new Date(now.getTime() + Number(rate[1]) * (units[rate[2] as string] as number));
  }
  const cron = /^cron\((\d{1,2}) (\d{1,2}) \* \* \? \*\)$/.exec(schedule);
  if (cron) {
    const time = `${cron[2]?.padStart(2, "0")}:${cron[1]?.padStart(2, "0")}`;
    const today = londonToday(now);
    const todayRun = londonToUtc(today, time);
    return todayRun > now ? todayRun : londonToUtc(addDays(today, 1), time);
  }
  throw new Error(`The local runner cannot schedule "${schedule}"`);
}

export interface JobScheduler {
  stop(): Promise<void>;
}

/**
 * Runs each job when its schedule says, for `npm start`: the same handler modules EventBridge
 * Scheduler invokes in AWS. A failed run is logged and the next one goes ahead (jobs catch up).
 */
export function runJobsOnSchedule(options: {
  jobs: readonly JobDefinition[];
  invoke: (job: JobDefinition) => Promise<unknown>;
  now?: () => Date;
  log?: (line: string) => void;
}): JobScheduler {
  const now = options.now ?? (() => new Date());
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<unknown>>();
  let stopped = false;
  const plan = (job: JobDefinition) => {
    if (stopped) return;
    // setTimeout's limit is about 24.8 days; every schedule here is a day or less away.
    const delay = Math.max(0, nextRunAfter(job.schedule, now()).getTime() - now().getTime());
    const timer = setTimeout(() => {
      timers.delete(timer);
      const run = options
        .invoke(job)
        .then((result) => options.log?.(`${job.id}: ${JSON.stringify(result)}`))
        .catch((error: unknown) =>
          options.log?.(`${job.id} failed: ${error instanceof Error ? error.message : error}`),
        )
        .finally(() => {
          running.delete(run);
          plan(job);
        });
      running.add(run);
    }, delay);
    timers.add(timer);
  };
  for (const job of options.jobs) plan(job);
  return {
    stop: async () => {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      await Promise.allSettled([...running]);
    },
  };
}
