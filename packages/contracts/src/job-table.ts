import type { TableAccess } from "./route-definition.ts";

/**
 * Scheduled work, declared like routes: the CDK stack builds one function and one EventBridge
 * schedule per entry with exactly this table access. Schedules run in London time, so "end of
 * the day" stays the end of the day across the clock changes.
 */
export interface JobDefinition {
  id: string;
  /** Entry module under functions/src/, without extension. */
  handler: string;
  summary: string;
  table: TableAccess;
  /** An EventBridge Scheduler cron expression, read in Europe/London time. */
  schedule: string;
}

export const jobs = {
  closeSameDayQueues: {
    id: "close-same-day-queues",
    handler: "close-same-day-queues",
    summary: "At the end of each London day, count every same-day request still waiting as unmet",
    table: "write",
    schedule: "cron(55 23 * * ? *)",
  },
} as const satisfies Record<string, JobDefinition>;

export const jobList: readonly JobDefinition[] = Object.values(jobs);
