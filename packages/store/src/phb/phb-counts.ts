import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import {
  addDays,
  financialQuarterOf,
  type PhbCountChanges,
  type PhbSummaryInput,
  reviewDueWithinDays,
} from "@front-door/domain";
import { counterUpdate, readCounters } from "../counts/sharded-counter.ts";
import { keys } from "../keys.ts";

/** What one change counts, and the London date it happened on. */
export interface PhbCounts {
  localDate: string;
  changes: PhbCountChanges;
}

const reviewPrefix = "REVIEW#";

/**
 * The ONE place PHB dashboard counts are written: the TransactWriteItems entries that add one
 * change's counts, for the change's own transaction. Three kinds of counter share the ICB's
 * group, each sharded (counts/sharded-counter.ts) so a busy ICB's changes never queue on one
 * item: the day's (`<date>#<route>`), the financial quarter's (`Q<yyyy-mm>#<route>`) and the
 * review due date's (`REVIEW#<date>#<route>`). Nothing when nothing moves.
 */
export function phbCountUpdates(
  tableName: string,
  icbId: string,
  routeId: string,
  counts: PhbCounts,
) {
  const { changes, localDate } = counts;
  const quarter = financialQuarterOf(localDate).counterName;
  const counter = (name: string, route: string, scope: Record<string, string>) => ({
    ...keys.phbCounts(icbId, name, route),
    scope: { icbId, routeId: route, ...scope },
  });
  return [
    ...(Object.keys(changes.daily).length > 0
      ? [counterUpdate(tableName, counter(localDate, routeId, { localDate }), changes.daily)]
      : []),
    ...changes.stock.map((s) =>
      counterUpdate(tableName, counter(quarter, s.routeId, { quarter }), s.deltas),
    ),
    ...changes.reviewsDue.map((r) =>
      counterUpdate(
        tableName,
        counter(`${reviewPrefix}${r.dueOn}`, r.routeId, { dueOn: r.dueOn }),
        { budgets: r.by },
      ),
    ),
  ];
}

/**
 * What the PHB section of the dashboard reads, in three range reads of the ICB's counters made
 * at once: the days in the range, every quarter so far, and reviews due up to four weeks ahead.
 * The cost is counters × shards written, never the number of applications.
 */
export async function readPhbCounts(
  db: DynamoDBDocumentClient,
  tableName: string,
  icbId: string,
  range: { from: string; to: string; today: string },
): Promise<PhbSummaryInput> {
  const group = keys.phbCounts(icbId, "", "").group;
  const soon = addDays(range.today, reviewDueWithinDays);
  const [days, quarters, reviews] = await Promise.all([
    // Dates start with a digit, so "Q…" and "REVIEW#…" fall outside a date range.
    readCounters(db, tableName, group, { from: `${range.from}#`, to: `${range.to}#~` }),
    readCounters(db, tableName, group, { from: "Q", to: "Q~" }),
    readCounters(db, tableName, group, { from: reviewPrefix, to: `${reviewPrefix}${soon}#~` }),
  ]);
  const route = (name: string) => name.slice(name.lastIndexOf("#") + 1);
  return {
    days: days.map((c) => ({ routeId: route(c.name), counts: c.counts })),
    quarters: quarters.map((c) => ({
      quarter: c.name.slice(0, c.name.indexOf("#")),
      routeId: route(c.name),
      counts: c.counts,
    })),
    reviews: reviews.map((c) => ({
      dueOn: c.name.slice(reviewPrefix.length, reviewPrefix.length + 10),
      routeId: route(c.name),
      counts: c.counts,
    })),
  };
}
