import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { keys } from "../keys.ts";
import { queryAll } from "../query.ts";

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

/** A TransactWriteItems entry that adds the deltas to one day's counts (creating the item). */
export function countUpdate(
  tableName: string,
  scope: CountScope,
  deltas: Partial<Record<CountName | ReferralCountName, number>> &
    Readonly<Record<string, number | undefined>>,
) {
  const changes = Object.entries(deltas).filter(([, delta]) => delta !== 0 && delta !== undefined);
  if (changes.length === 0) throw new Error("a count update needs at least one non-zero delta");
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const adds = changes.map(([name, delta], index) => {
    names[`#c${index}`] = name;
    values[`:c${index}`] = delta;
    return `#c${index} :c${index}`;
  });
  names["#scope"] = "scope";
  values[":scope"] = scope;
  return {
    Update: {
      TableName: tableName,
      Key: keys.dailyCounts(scope.icbId, scope.localDate, scope.siteId, scope.service),
      UpdateExpression: `SET #scope = if_not_exists(#scope, :scope) ADD ${adds.join(", ")}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}

/**
 * An ICB's counts for a London date range (inclusive): one Query on one partition, reading one
 * item per day, site and service that had any activity — never one per booking.
 */
export async function readDailyCounts(
  db: DynamoDBDocumentClient,
  tableName: string,
  icbId: string,
  fromDate: string,
  toDate: string,
): Promise<DailyCounts[]> {
  const rows: DailyCounts[] = [];
  for (const item of await queryAll(db, {
    TableName: tableName,
    KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
    ExpressionAttributeValues: {
      ":pk": keys.dailyCounts(icbId, "", "", "").pk,
      ":from": `${fromDate}#`,
      // "~" sorts after every character used in site ids and service codes.
      ":to": `${toDate}#~`,
    },
  })) {
    const scope = item.scope as CountScope;
    const counts = Object.fromEntries(countNames.map((name) => [name, Number(item[name] ?? 0)]));
    const referrals = Object.fromEntries(
      Object.entries(item).filter(
        ([name, value]) =>
          typeof value === "number" &&
          ((referralCountNames as readonly string[]).includes(name) || name.includes(":")),
      ),
    ) as Record<string, number>;
    rows.push({ ...scope, ...(counts as Record<CountName, number>), referrals });
  }
  return rows;
}
