import {
  referralWaitBucketHours,
  type WaitFigures,
  waitFigures,
} from "../demand/referral-summary.ts";

/** The parts of a request its dashboard counts depend on. */
export interface AdviceCountedState {
  status: "submitted" | "assigned" | "awaiting-patient" | "closed";
  submittedAt: string;
  replyDueAt: string;
  firstResponseAt?: string;
  closedAt?: string;
}

/**
 * The count attribute a wait falls in: "firstResponseWait:24", "closeWait:longer". The same
 * hour buckets as self-referrals, so the page says both alike.
 */
export function adviceWaitBucket(kind: "firstResponseWait" | "closeWait", hours: number): string {
  const bound = referralWaitBucketHours.find((limit) => hours <= limit);
  return `${kind}:${bound ?? "longer"}`;
}

const hoursBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 3_600_000;

/**
 * The minute a request still waiting for its first answer is due: it is counted there while it
 * waits and released when the practice first answers or closes it, so "open past target" is the
 * sum of the buckets before now — one range read, whatever the number of requests.
 */
export function awaitingBucket(state: AdviceCountedState | undefined): string | undefined {
  if (!state || state.status === "closed" || state.firstResponseAt !== undefined) return undefined;
  return state.replyDueAt.slice(0, 16);
}

export interface AdviceCountChanges {
  /** Added to the day's counter for the site. */
  daily: Record<string, number>;
  /** Moves between due-time buckets: −1 from one, +1 to another. */
  awaiting: { dueAt: string; by: number }[];
}

/**
 * What a change adds to the counts, from the request before and after it: the first answer's
 * wait (hours since sending), each close's wait, and the move in or out of the "waiting for a
 * first answer" buckets. Every path (staff, patient, scheduled job) counts the same way.
 */
export function adviceCountChanges(
  before: AdviceCountedState | undefined,
  after: AdviceCountedState,
): AdviceCountChanges {
  const daily: Record<string, number> = {};
  if (!before?.firstResponseAt && after.firstResponseAt) {
    daily[
      adviceWaitBucket("firstResponseWait", hoursBetween(after.submittedAt, after.firstResponseAt))
    ] = 1;
  }
  if (before?.status !== "closed" && after.status === "closed" && after.closedAt) {
    daily[adviceWaitBucket("closeWait", hoursBetween(after.submittedAt, after.closedAt))] = 1;
  }
  const from = awaitingBucket(before);
  const to = awaitingBucket(after);
  const awaiting =
    from === to
      ? []
      : [...(from ? [{ dueAt: from, by: -1 }] : []), ...(to ? [{ dueAt: to, by: 1 }] : [])];
  return { daily, awaiting };
}

export interface AdviceDayRow {
  localDate: string;
  siteId: string;
  counts: Readonly<Record<string, number>>;
}

export interface AdviceFigures {
  requests: number;
  medical: number;
  admin: number;
  redFlagDiversions: number;
  freeTextFlags: number;
  enteredByStaff: number;
  firstResponses: number;
  answeredWithinTarget: number;
  answeredWithinTargetShare: number | null;
  closed: number;
  outcomes: Record<string, number>;
  timeToFirstResponse: WaitFigures;
  timeToClose: WaitFigures;
}

function prefixed(totals: Readonly<Record<string, number>>, prefix: string) {
  return Object.fromEntries(
    Object.entries(totals)
      .filter(([name]) => name.startsWith(`${prefix}:`))
      .map(([name, value]) => [name.slice(prefix.length + 1), value]),
  );
}

/** The figures of some day counters summed: the whole range, a site, or one day. */
export function adviceFiguresOf(rows: readonly AdviceDayRow[]): AdviceFigures {
  const t: Record<string, number> = {};
  for (const row of rows) {
    for (const [name, value] of Object.entries(row.counts)) t[name] = (t[name] ?? 0) + value;
  }
  const firstResponses = t.adviceFirstResponses ?? 0;
  const inTarget = t.adviceFirstResponsesInTarget ?? 0;
  return {
    requests: t.adviceRequests ?? 0,
    medical: t["adviceRequests:medical"] ?? 0,
    admin: t["adviceRequests:admin"] ?? 0,
    redFlagDiversions: t.adviceDiverted ?? 0,
    freeTextFlags: t.adviceFreeTextFlags ?? 0,
    enteredByStaff: t.adviceEnteredByStaff ?? 0,
    firstResponses,
    answeredWithinTarget: inTarget,
    answeredWithinTargetShare: firstResponses === 0 ? null : inTarget / firstResponses,
    closed: t.adviceClosed ?? 0,
    outcomes: Object.fromEntries(
      Object.entries(prefixed(t, "adviceOutcome")).filter(([, n]) => n !== 0),
    ),
    timeToFirstResponse: waitFigures(prefixed(t, "firstResponseWait")),
    timeToClose: waitFigures(prefixed(t, "closeWait")),
  };
}

export interface AdviceAwaitingRow {
  siteId: string;
  /** The due minute, as `awaitingBucket` spells it. */
  dueAt: string;
  count: number;
}

/**
 * The advice section: each site's requests per day by type, and per site and in total the
 * range's figures with the requests waiting for a first answer now and how many of those are
 * past their target.
 */
export function summariseAdvice(
  days: readonly AdviceDayRow[],
  awaiting: readonly AdviceAwaitingRow[],
  now: Date,
) {
  const nowMinute = now.toISOString().slice(0, 16);
  const open = (rows: readonly AdviceAwaitingRow[]) => ({
    awaitingFirstResponse: rows.reduce((sum, r) => sum + r.count, 0),
    openPastTarget: rows.filter((r) => r.dueAt < nowMinute).reduce((sum, r) => sum + r.count, 0),
  });
  const siteIds = [...new Set([...days, ...awaiting].map((row) => row.siteId))].sort();
  return {
    days: days
      .map((row) => {
        const f = adviceFiguresOf([row]);
        return {
          date: row.localDate,
          siteId: row.siteId,
          requests: f.requests,
          medical: f.medical,
          admin: f.admin,
          redFlagDiversions: f.redFlagDiversions,
        };
      })
      .filter((row) => row.requests + row.redFlagDiversions > 0)
      .sort((a, b) => a.date.localeCompare(b.date) || a.siteId.localeCompare(b.siteId)),
    sites: siteIds.map((siteId) => ({
      siteId,
      ...adviceFiguresOf(days.filter((row) => row.siteId === siteId)),
      ...open(awaiting.filter((row) => row.siteId === siteId)),
    })),
    totals: { ...adviceFiguresOf(days), ...open(awaiting) },
  };
}

export type AdviceSummary = ReturnType<typeof summariseAdvice>;
