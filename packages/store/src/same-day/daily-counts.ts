import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { counterUpdate, readCounters } from "../counts/sharded-counter.ts";
import { keys } from "../keys.ts";

/** Waiting-time histogram buckets: defined with the dashboard's arithmetic, in the domain. */
export { waitBucket } from "@front-door/domain";

/**
 * What the ICB dashboard counts, per ICB, London date, site and service. Every count changes
 * in the same transaction as the change that causes it, so retries and races cannot make it
 * drift. Capacity: published and blocked slots. Demand: requests, diversions (red flags),
 * bookings, cancellations, did-not-attend, and requests still unmet at the end of the day.
 */
export const countNames = [
  "published",
  "blocked",
  "requests",
  "diversions",
  "booked",
  "cancelled",
  "didNotAttend",
  "unmet",
] as const;
export type CountName = (typeof countNames)[number];

/**
 * Self-referrals, counted on the same items: submitted, not referred (ineligible or diverted),
 * and what the service did. Reasons and waiting times are further attributes on the item:
 * `ineligible:<reasonCode>`, `rejected:<reasonCode>`, and `triageWait:<bucket>` /
 * `bookingWait:<bucket>` — histograms in hours (referralWaitBucketHours in the domain), so
 * medians and 90th percentiles over any range read the same items as every other count.
 */
export const referralCountNames = [
  "referralsSubmitted",
  "referralsIneligible",
  "referralsDiverted",
  "referralsAccepted",
  "referralsRejected",
  "referralsBooked",
  "referralsCompleted",
  "referralsWithdrawn",
] as const;
export type ReferralCountName = (typeof referralCountNames)[number];

export interface CountScope {
  icbId: string;
  siteId: string;
  service: string;
  localDate: string;
}

export type DailyCounts = CountScope &
  Record<CountName, number> & {
    /** Self-referral counts, reasons and waiting-time histograms: only those with activity. */
    referrals: Readonly<Record<string, number>>;
  };

/**
 * A TransactWriteItems entry that adds the deltas to one day's counts: one shard of the count,
 * chosen at random (see counts/sharded-counter.ts), so a rush's transactions do not cancel each
 * other on one item.
 */
export function countUpdate(
  tableName: string,
  scope: CountScope,
  deltas: Partial<Record<CountName | ReferralCountName, number>> &
    Readonly<Record<string, number | undefined>>,
) {
  const { icbId, siteId, service, localDate } = scope;
  return counterUpdate(
    tableName,
    {
      ...keys.dailyCounts(icbId, localDate, siteId, service),
      scope: { icbId, siteId, service, localDate },
    },
    deltas,
  );
}

/**
 * An ICB's counts for a London date range (inclusive), one row per day, site and service that
 * had any activity: one Query per shard at once, plus the partition counts had before they were
 * sharded (a developer's older `.local` data; empty otherwise). Never one item per booking.
 */
export async function readDailyCounts(
  db: DynamoDBDocumentClient,
  tableName: string,
  icbId: string,
  fromDate: string,
  toDate: string,
): Promise<DailyCounts[]> {
  const counters = await readCounters(db, tableName, keys.dailyCounts(icbId, "", "", "").group, {
    from: `${fromDate}#`,
    // "~" sorts after every character used in site ids and service codes.
    to: `${toDate}#~`,
    alsoPartitions: [keys.unshardedDailyCounts(icbId).pk],
  });
  return counters.map(({ scope, counts: totals }) => {
    const counts = Object.fromEntries(countNames.map((name) => [name, totals[name] ?? 0]));
    const referrals = Object.fromEntries(
      Object.entries(totals).filter(
        ([name]) => (referralCountNames as readonly string[]).includes(name) || name.includes(":"),
      ),
    );
    return {
      ...(scope as unknown as CountScope),
      ...(counts as Record<CountName, number>),
      referrals,
    };
  });
}
