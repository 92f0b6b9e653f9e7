import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import {
  type routes,
  type ServiceCode,
  type ServiceSummary,
  type SiteResult,
  serviceCatalogue,
} from "@front-door/contracts";
import {
  type DistrictCentroids,
  kmToMiles,
  parseUkPostcode,
  searchNearest,
  Unprocessable,
} from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import { demoIcbs, findSitesOffering, type Icb, type Site } from "@front-door/store";

export interface SitesSearchDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  districts: DistrictCentroids;
  /** ICB names rarely change; the demo list stands in for an ICB lookup until sites can move. */
  icbs?: readonly Icb[];
}

/** How many sites a patient is shown: enough to choose, few enough to read. */
export const maxSites = 10;

const summary = (code: ServiceCode): ServiceSummary => {
  const service = serviceCatalogue.find((s) => s.code === code);
  if (!service) throw new Error(`unknown service code ${code}`);
  return { ...service };
};

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

export function makeSitesSearch(deps: SitesSearchDeps): RouteHandler<typeof routes.sitesSearch> {
  const icbs = deps.icbs ?? demoIcbs;
  return async ({ query }) => {
    const postcode = parseUkPostcode(query.postcode);
    // The schema has already checked the shape, so this only guards against drift between them.
    if (!postcode) throw new Error("validated postcode did not parse");
    const origin = deps.districts.get(postcode.outcode);
    if (!origin) {
      const message = `Front Door does not cover ${postcode.postcode} yet. It covers parts of West and North Yorkshire for now. Contact your GP practice, or call 111 if you need help today.`;
      throw new Unprocessable(message, "postcode_not_covered", [
        { path: "postcode", message: `We do not cover ${postcode.postcode} yet` },
      ]);
    }
    const { results, searchedWithinKm } = await searchNearest(
      origin,
      (cells) => findSitesOffering(deps.db, deps.tableName, query.service, cells),
      maxSites,
    );
    const service = summary(query.service);
    const sites: SiteResult[] = results.map(({ item, distanceKm }) =>
      toResult(item, distanceKm, icbs),
    );
    const miles = Math.round(kmToMiles(searchedWithinKm));
    return {
      body: {
        postcode: postcode.postcode,
        service,
        searchedWithinKm,
        sites,
        ...(sites.length === 0
          ? {
              message: `No sites offer ${service.name.toLowerCase()} within ${miles} miles of ${postcode.postcode}. Contact your GP practice, or call 111 if you need help today.`,
            }
          : {}),
      },
    };
  };
}

function toResult(site: Site, distanceKm: number, icbs: readonly Icb[]): SiteResult {
  const icb = icbs.find((candidate) => candidate.id === site.icbId);
  return {
    id: site.id,
    name: site.name,
    kind: site.kind,
    address: site.address,
    phone: site.phone,
    icb: { id: site.icbId, name: icb?.name ?? site.icbId },
    distance: { km: oneDecimal(distanceKm), miles: oneDecimal(kmToMiles(distanceKm)) },
    openingHours: site.openingHours,
    services: site.services.map(summary),
  };
}
