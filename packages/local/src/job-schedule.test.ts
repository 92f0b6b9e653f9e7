import { jobList } from "@front-door/contracts";
import { afterEach, describe, expect, it, vi } from "vitest";
import { nextRunAfter, runJobsOnSchedule } from "./job-schedule.ts";

describe("nextRunAfter", () => {
  it("adds a rate to now", () => {
    const now = new Date("2026-11-24T10:02:00Z");
    expect(nextRunAfter("rate(5 minutes)", now).toISOString()).toBe("2026-11-24T10:07:00.000Z");
    expect(nextRunAfter("rate(1 hour)", now).toISOString()).toBe("2026-11-24T11:02:00.000Z");
  });

  it("runs a daily cron at London wall-clock time, in GMT and in BST", () => {
    // Winter: 23:55 London is 23:55 UTC; summer: 22:55 UTC.
    expect(
      nextRunAfter("cron(55 23 * * ? *)", new Date("2026-11-24T10:00:00Z")).toISOString(),
    ).toBe("2026-11-24T23:55:00.000Z");
    expect(
      nextRunAfter("cron(55 23 * * ? *)", new Date("2026-07-01T10:00:00Z")).toISOString(),
    ).toBe("2026-07-01T22:55:00.000Z");
    // After today's run: tomorrow's, across the spring clock change (29 March 2026).
    expect(nextRunAfter("cron(0 18 * * ? *)", new Date("2026-03-28T18:00:00Z")).toISOString()).toBe(
      "2026-03-29T17:00:00.000Z",
    );
  });

  it("understands every schedule in the job table, and refuses what it cannot follow", () => {
    const now = new Date("2026-11-24T10:00:00Z");
    for (const job of jobList) {
      const next = nextRunAfter(job.schedule, now);
      expect(next.getTime(), job.id).toBeGreaterThan(now.getTime());
      expect(next.getTime() - now.getTime(), job.id).toBeLessThanOrEqual(86_400_000);
    }
    expect(() => nextRunAfter("cron(0 9 ? * MON-FRI *)", now)).toThrow(/cannot schedule/);
  });
});

describe("runJobsOnSchedule", () => {
  afterEach(() => vi.useRealTimers());

  it("invokes each job when due and again at its next time, until stopped", async () => {
    vi.useFakeTimers({ now: new Date("2026-11-24T23:50:00Z") });
    const calls: string[] = [];
    const scheduler = runJobsOnSchedule({
      // The every-minute delivery sweep would crowd the list: the others show the rhythm.
      jobs: jobList.filter(
        (job) => !["send-appointment-reminders", "deliver-due-messages"].includes(job.id),
      ),
      invoke: async (job) => {
        calls.push(`${job.id}@${new Date().toISOString().slice(11, 16)}`);
      },
    });
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(calls.sort()).toEqual([
      "close-same-day-queues@23:55",
      "pass-on-expired-offers@00:00",
      "pass-on-expired-offers@23:55",
    ]);
    await scheduler.stop();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(calls).toHaveLength(3);
  });
});
