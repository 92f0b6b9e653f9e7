import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { routes, ServiceCode } from "@front-door/contracts";
import { NotFound, summariseDemand, summariseReferrals } from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import { getIcb, readDailyCounts, sitesOfIcb } from "@front-door/store";
import { journeySections } from "./journey-sections.ts";

export interface DashboardDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  now?: () => Date;
}

/**
 * An analyst's dashboard. The ICB comes from the verified token, never the request, and the
 * counts hold no patient data: nothing here can show a person.
 */
export function makeIcbDashboard(deps: DashboardDeps): RouteHandler<typeof routes.icbDashboard> {
  return async ({ principal, query }) => {
    const [icb, sites] = await Promise.all([
      getIcb(deps.db, deps.tableName, principal.icbId),
      sitesOfIcb(deps.db, deps.tableName, principal.icbId),
    ]);
    if (!icb) throw new NotFound("We could not find the ICB your account belongs to");
    // A site outside the analyst's ICB looks the same as one that does not exist.
    if (query.siteId && !sites.some((site) => site.id === query.siteId)) {
      throw new NotFound("There is no site with that id in your ICB", [
        { path: "siteId", message: "Choose a site from the list" },
      ]);
    }
    const [rows, sections] = await Promise.all([
      readDailyCounts(deps.db, deps.tableName, icb.id, query.from, query.to),
      journeySections(deps, icb.id, sites, query, (deps.now ?? (() => new Date()))()),
    ]);
    const summary = summariseDemand(rows, query, {
      ...(query.siteId ? { siteId: query.siteId } : {}),
      ...(query.service ? { service: query.service } : {}),
    });
    const siteName = (id: string) => sites.find((site) => site.id === id)?.name ?? id;
    return {
      body: {
        icb: { id: icb.id, name: icb.name },
        from: query.from,
        to: query.to,
        ...(query.siteId ? { siteId: query.siteId } : {}),
        ...(query.service ? { service: query.service } : {}),
        sites: sites
          .map((site) => ({ id: site.id, name: site.name }))
          .sort((a, b) => a.name.localeCompare(b.name)),
        days: summary.days,
        breakdown: summary.breakdown.map((line) => ({
          ...line,
          siteName: siteName(line.siteId),
          service: line.service as ServiceCode,
        })),
        totals: summary.totals,
        referrals: summariseReferrals(
          rows.filter(
            (row) =>
              (!query.siteId || row.siteId === query.siteId) &&
              (!query.service || row.service === query.service),
          ),
        ).map((figures) => ({ ...figures, service: figures.service as ServiceCode })),
        ...sections,
      },
    };
  };
}
