/**
 * Self-referral figures for the ICB dashboard, from the same per-day count items as same-day
 * demand. Waiting times are kept as histograms (counts per bucket of hours), so a median or
 * 90th percentile over any range is read from the buckets: exact to the bucket, never needing
 * one read per referral.
 */

/** Upper bounds, in hours, of the waiting-time buckets; longer waits fall in "longer". */
export const referralWaitBucketHours = [1, 4, 24, 48, 72, 168, 336, 672] as const;

export type WaitKind = "triageWait" | "bookingWait";

/** The count attribute a wait falls in, e.g. "triageWait:24" or "triageWait:longer". */
export function waitBucket(kind: WaitKind, hours: number): string {
  const bound = referralWaitBucketHours.find((limit) => hours <= limit);
  return `${kind}:${bound ?? "longer"}`;
}

/** A percentile as the bucket it falls in: "within N hours", or longer than the last bound. */
export type WaitBound = { withinHours: number } | { longerThanHours: number };

export interface WaitFigures {
  count: number;
  median: WaitBound | null;
  p90: WaitBound | null;
}

export interface ReferralFigures {
  service: string;
  submitted: number;
  /** Answers that made no referral because the person was not eligible, by reason code. */
  ineligible: number;
  ineligibleByReason: Record<string, number>;
  /** Sent to 999, A&E, crisis help or a same-day appointment instead. */
  diverted: number;
  accepted: number;
  rejected: number;
  rejectedByReason: Record<string, number>;
  booked: number;
  completed: number;
  withdrawn: number;
  timeToTriage: WaitFigures;
  timeToAppointment: WaitFigures;
}

export interface ReferralCountsRow {
  service: string;
  referrals: Readonly<Record<string, number>>;
}

export function waitFigures(histogram: Readonly<Record<string, number>>): WaitFigures {
  const buckets = [...referralWaitBucketHours.map(String), "longer"];
  const counts = buckets.map((bucket) => histogram[bucket] ?? 0);
  const count = counts.reduce((a, b) => a + b, 0);
  const at = (share: number): WaitBound | null => {
    if (count === 0) return null;
    const rank = Math.ceil(share * count);
    let seen = 0;
    for (const [index, n] of counts.entries()) {
      seen += n;
      if (seen >= rank) {
        const bound = referralWaitBucketHours[index];
        return bound === undefined
          ? { longerThanHours: referralWaitBucketHours.at(-1) as number }
          : { withinHours: bound };
      }
    }
    return null;
  };
  return { count, median: at(0.5), p90: at(0.9) };
}

/** Per service, the sum over the rows given (already filtered to the range, site, service). */
export function summariseReferrals(rows: readonly ReferralCountsRow[]): ReferralFigures[] {
  const byService = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const totals = byService.get(row.service) ?? {};
    for (const [name, value] of Object.entries(row.referrals)) {
      totals[name] = (totals[name] ?? 0) + value;
    }
    byService.set(row.service, totals);
  }
  const prefixed = (totals: Record<string, number>, prefix: string) =>
    Object.fromEntries(
      Object.entries(totals)
        .filter(([name]) => name.startsWith(`${prefix}:`))
        .map(([name, value]) => [name.slice(prefix.length + 1), value]),
    );
  return [...byService.entries()]
    .filter(([, totals]) => Object.values(totals).some((value) => value !== 0))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([service, totals]) => ({
      service,
      submitted: totals.referralsSubmitted ?? 0,
      ineligible: totals.referralsIneligible ?? 0,
      ineligibleByReason: prefixed(totals, "ineligible"),
      diverted: totals.referralsDiverted ?? 0,
      accepted: totals.referralsAccepted ?? 0,
      rejected: totals.referralsRejected ?? 0,
      rejectedByReason: prefixed(totals, "rejected"),
      booked: totals.referralsBooked ?? 0,
      completed: totals.referralsCompleted ?? 0,
      withdrawn: totals.referralsWithdrawn ?? 0,
      timeToTriage: waitFigures(prefixed(totals, "triageWait")),
      timeToAppointment: waitFigures(prefixed(totals, "bookingWait")),
    }));
}
