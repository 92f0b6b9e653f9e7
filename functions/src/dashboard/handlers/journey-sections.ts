import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { AdviceDashboard, PhbDashboard } from "@front-door/contracts";
import {
  financialQuarterById,
  financialQuarterOf,
  findPhbOffer,
  londonToday,
  phbRoutesOf,
  summariseAdvice,
  summarisePhb,
} from "@front-door/domain";
import { readAdviceCounts, readPhbCounts } from "@front-door/store";

interface SectionQuery {
  from: string;
  to: string;
  siteId?: string;
  quarter?: string;
}

/**
 * The PHB and online advice sections of an analyst's dashboard, from the ICB's counters only:
 * five range reads (each one Query per shard, all at once), whatever the number of
 * applications or requests.
 */
export async function journeySections(
  deps: { db: DynamoDBDocumentClient; tableName: string },
  icbId: string,
  sites: readonly { id: string; name: string }[],
  query: SectionQuery,
  now: Date,
): Promise<{ phb: PhbDashboard; advice: AdviceDashboard }> {
  const today = londonToday(now);
  const [phbCounts, adviceCounts] = await Promise.all([
    readPhbCounts(deps.db, deps.tableName, icbId, { from: query.from, to: query.to, today }),
    readAdviceCounts(deps.db, deps.tableName, icbId, { from: query.from, to: query.to }),
  ]);
  const offer = findPhbOffer(icbId);
  const routes = offer ? phbRoutesOf(offer) : [];
  const routeName = (id: string) => routes.find((route) => route.id === id)?.name ?? id;
  const quarter =
    (query.quarter ? financialQuarterById(query.quarter) : undefined) ??
    financialQuarterOf(query.to);
  const phb = summarisePhb(
    phbCounts,
    today,
    quarter,
    routes.map((route) => route.id),
  );

  const inFilter = <T extends { siteId: string }>(rows: readonly T[]) =>
    query.siteId ? rows.filter((row) => row.siteId === query.siteId) : rows;
  const advice = summariseAdvice(inFilter(adviceCounts.days), inFilter(adviceCounts.awaiting), now);
  const siteName = (id: string) => sites.find((site) => site.id === id)?.name ?? id;

  return {
    phb: {
      ...phb,
      applicationsByStage: phb.applicationsByStage.map((row) => ({
        ...row,
        routeName: routeName(row.routeId),
      })),
      quarterlyReturn: {
        ...phb.quarterlyReturn,
        rows: phb.quarterlyReturn.rows.map((row) => ({
          ...row,
          routeName: routeName(row.routeId),
        })),
      },
    },
    advice: {
      days: advice.days.map((row) => ({ ...row, siteName: siteName(row.siteId) })),
      sites: advice.sites.map((row) => ({ ...row, siteName: siteName(row.siteId) })),
      totals: advice.totals,
    },
  };
}
