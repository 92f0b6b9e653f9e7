import { describe, expect, it } from "vitest";
import {
  type AdviceCountedState,
  adviceCountChanges,
  summariseAdvice,
} from "./dashboard-counts.ts";

const sent: AdviceCountedState = {
  status: "submitted",
  submittedAt: "2026-12-07T09:00:00.000Z",
  replyDueAt: "2026-12-09T18:30:00.000Z",
};

describe("adviceCountChanges", () => {
  it("counts a new request as waiting for its first answer at its due minute", () => {
    expect(adviceCountChanges(undefined, sent)).toEqual({
      daily: {},
      awaiting: [{ dueAt: "2026-12-09T18:30", by: 1 }],
    });
  });
  it("counts the first answer's wait in hours and releases the waiting count", () => {
    const answered = {
      ...sent,
      status: "awaiting-patient" as const,
      firstResponseAt: "2026-12-08T08:00:00.000Z",
    };
    expect(adviceCountChanges(sent, answered)).toEqual({
      daily: { "firstResponseWait:24": 1 },
      awaiting: [{ dueAt: "2026-12-09T18:30", by: -1 }],
    });
    // A second reply is not a first answer.
    expect(adviceCountChanges(answered, { ...answered, status: "assigned" })).toEqual({
      daily: {},
      awaiting: [],
    });
  });
  it("counts each close's wait, and a request closed unanswered leaves the waiting count", () => {
    const closed = { ...sent, status: "closed" as const, closedAt: "2026-12-20T09:00:00.000Z" };
    expect(adviceCountChanges(sent, closed)).toEqual({
      daily: { "closeWait:336": 1 },
      awaiting: [{ dueAt: "2026-12-09T18:30", by: -1 }],
    });
    // Reopened without an answer, it waits again at the same due minute.
    expect(adviceCountChanges(closed, { ...closed, status: "assigned" }).awaiting).toEqual([
      { dueAt: "2026-12-09T18:30", by: 1 },
    ]);
  });
});

describe("summariseAdvice", () => {
  it("sums days by site and type, and splits waiting requests at now", () => {
    const summary = summariseAdvice(
      [
        {
          localDate: "2026-12-07",
          siteId: "b",
          counts: { adviceRequests: 2, "adviceRequests:admin": 2, adviceDiverted: 1 },
        },
        {
          localDate: "2026-12-07",
          siteId: "a",
          counts: {
            adviceRequests: 1,
            "adviceRequests:medical": 1,
            adviceFirstResponses: 2,
            adviceFirstResponsesInTarget: 1,
            "firstResponseWait:4": 1,
            "firstResponseWait:48": 1,
            adviceClosed: 1,
            "adviceOutcome:admin-done": 1,
          },
        },
        { localDate: "2026-12-08", siteId: "a", counts: { "adviceOutcome:admin-done": 0 } },
      ],
      [
        { siteId: "a", dueAt: "2026-12-08T18:30", count: 2 },
        { siteId: "a", dueAt: "2026-12-09T18:30", count: 1 },
      ],
      new Date("2026-12-08T18:31:00Z"),
    );
    expect(summary.days).toEqual([
      { date: "2026-12-07", siteId: "a", requests: 1, medical: 1, admin: 0, redFlagDiversions: 0 },
      { date: "2026-12-07", siteId: "b", requests: 2, medical: 0, admin: 2, redFlagDiversions: 1 },
    ]);
    expect(summary.totals).toMatchObject({
      requests: 3,
      medical: 1,
      admin: 2,
      redFlagDiversions: 1,
      answeredWithinTargetShare: 0.5,
      outcomes: { "admin-done": 1 },
      timeToFirstResponse: { count: 2, median: { withinHours: 4 }, p90: { withinHours: 48 } },
      awaitingFirstResponse: 3,
      openPastTarget: 2,
    });
    expect(summary.sites.map((s) => [s.siteId, s.openPastTarget])).toEqual([
      ["a", 2],
      ["b", 0],
    ]);
  });
});
