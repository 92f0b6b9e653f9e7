import type { TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { type DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";
import type { ServiceCode } from "@front-door/contracts";
import {
  distanceKm,
  geohash,
  geohashWithNeighbours,
  nearestOf,
  type Ranked,
  widestSearchKm,
} from "@front-door/domain";
import { getItems } from "./batch-get.ts";
import { keys } from "./keys.ts";
import type { Site } from "./records.ts";

/**
 * The sites nearest each site, per service, worked out when a site is added, so a slot page
 * whose function has no copy yet reads one small item (GetItem, about 1 read unit) where the
 * geohash search made up to 18 Queries and 2 round trips. A site's item (`SITE#<id>`,
 * `NEAR#<service>`) holds the site itself and the sitesNearKept nearest sites offering the
 * service within the widest search ring, nearest first, ties by name: what searchNearest finds
 * around the site's location. Adding a site merges it into the items of the sites it is now
 * among the nearest of, in the site's own transaction.
 *
 * Which sites are near comes from one item per 3-character geohash cell (`SITEAREA#<cell>`):
 * the sites in it, their services and where they are. A site's add writes its own cell's item
 * and checks the versions of the 8 around it, all read consistently; two sites added near each
 * other at once touch each other's cells, so the second transaction is refused and worked out
 * again with the first in view. Sites open rarely; a cell's item is a few dozen KB at most
 * (about 80 bytes a site; a 150 km cell of a big city holds a thousand or so practices).
 */

type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

/** How many nearest sites an item keeps: more than any page lists (five), few enough to be small. */
export const sitesNearKept = 10;

export interface SitesNearRecord {
  siteId: string;
  service: ServiceCode;
  /** The site itself, so a page needs no other read for it. */
  home: Site;
  /** Nearest first, the site itself among them when it offers the service (distance 0). */
  near: Ranked<Site>[];
  version: number;
}

interface AreaSite {
  name: string;
  lat: number;
  lng: number;
  services: ServiceCode[];
}

interface AreaItem {
  sites?: Record<string, AreaSite>;
  version?: number;
}

/** The item, eventually consistent (half a read unit): sites change rarely. */
export async function getSitesNear(
  db: DynamoDBDocumentClient,
  tableName: string,
  siteId: string,
  service: ServiceCode,
): Promise<SitesNearRecord | undefined> {
  const result = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.sitesNear(siteId, service) }),
  );
  return result.Item ? sitesNearOf(result.Item) : undefined;
}

function sitesNearOf(item: Record<string, unknown>): SitesNearRecord {
  return {
    siteId: String(item.siteId),
    service: item.service as ServiceCode,
    home: item.home as Site,
    near: item.near as Ranked<Site>[],
    version: Number(item.version ?? 0),
  };
}

/**
 * The entries a new site's transaction carries for its neighbours: its own items, the changed
 * items of sites it is now among the nearest of (each on condition it is unchanged since read),
 * its cell's item with it added and the 8 around checked. All reads consistent.
 */
export async function sitesNearEntries(
  db: DynamoDBDocumentClient,
  tableName: string,
  site: Site,
): Promise<TransactItem[]> {
  const own = geohash(site.location, 3);
  const cells = geohashWithNeighbours(own);
  const areas = (await getItems(db, tableName, cells.map(keys.siteArea), { consistent: true })).map(
    (item) => (item ?? {}) as AreaItem,
  );
  // Everyone within reach, by service: the cells cover the widest ring from anywhere in the middle one.
  const reach = areas
    .flatMap((area) => Object.entries(area.sites ?? {}))
    .filter(([id]) => id !== site.id)
    .map(([id, near]) => ({ id, ...near, location: { lat: near.lat, lng: near.lng } }))
    .filter((near) => distanceKm(site.location, near.location) <= widestSearchKm);
  const candidates = reach.filter((near) => near.services.some((s) => site.services.includes(s)));
  const itemKeys = candidates.flatMap((near) =>
    site.services
      .filter((service) => near.services.includes(service))
      .map((service) => ({ siteId: near.id, service })),
  );
  const [nearItems, siteItems] = await Promise.all([
    readAll(
      db,
      tableName,
      itemKeys.map((k) => keys.sitesNear(k.siteId, k.service)),
    ),
    readAll(
      db,
      tableName,
      candidates.map((near) => keys.site(near.id)),
    ),
  ]);
  const sites = new Map<string, Site>([[site.id, site]]);
  for (const item of siteItems) if (item) sites.set((item.site as Site).id, item.site as Site);

  const entries: TransactItem[] = [];
  for (const service of site.services) {
    const offering = [
      site.id,
      ...candidates.filter((n) => n.services.includes(service)).map((n) => n.id),
    ]
      .map((id) => sites.get(id))
      .filter((found): found is Site => found !== undefined);
    entries.push({
      Put: {
        TableName: tableName,
        Item: nearItem(site, service, nearestOf(site.location, offering, sitesNearKept), 1),
        ConditionExpression: "attribute_not_exists(pk)",
      },
    });
  }
  itemKeys.forEach(({ service }, index) => {
    const item = nearItems[index];
    // A site stored before these items were kept has none; its pages search, as they did.
    if (!item) return;
    const before = sitesNearOf(item);
    const after = nearestOf(
      before.home.location,
      [...before.near.map((ranked) => ranked.item).filter((s) => s.id !== site.id), site],
      sitesNearKept,
    );
    if (!after.some((ranked) => ranked.item.id === site.id)) return;
    entries.push({
      Put: {
        TableName: tableName,
        Item: nearItem(before.home, service, after, before.version + 1),
        ConditionExpression: "version = :version",
        ExpressionAttributeValues: { ":version": before.version },
      },
    });
  });
  cells.forEach((cell, index) => {
    const area = areas[index] ?? {};
    const version = area.version ?? 0;
    const unchanged =
      version === 0
        ? { ConditionExpression: "attribute_not_exists(pk)" }
        : {
            ConditionExpression: "version = :version",
            ExpressionAttributeValues: { ":version": version },
          };
    if (cell === own) {
      const entry: AreaSite = {
        name: site.name,
        lat: site.location.lat,
        lng: site.location.lng,
        services: site.services,
      };
      entries.push({
        Put: {
          TableName: tableName,
          Item: {
            ...keys.siteArea(cell),
            type: "site-area",
            sites: { ...(area.sites ?? {}), [site.id]: entry },
            version: version + 1,
          },
          ...unchanged,
        },
      });
    } else {
      entries.push({
        ConditionCheck: { TableName: tableName, Key: keys.siteArea(cell), ...unchanged },
      });
    }
  });
  return entries;
}

function nearItem(home: Site, service: ServiceCode, near: Ranked<Site>[], version: number) {
  return {
    ...keys.sitesNear(home.id, service),
    type: "sites-near",
    siteId: home.id,
    service,
    home,
    near,
    version,
  };
}

/** Any number of keys, 100 to a batch, all at once. */
async function readAll(
  db: DynamoDBDocumentClient,
  tableName: string,
  wanted: Record<string, string>[],
): Promise<(Record<string, unknown> | undefined)[]> {
  const batches: Record<string, string>[][] = [];
  for (let at = 0; at < wanted.length; at += 100) batches.push(wanted.slice(at, at + 100));
  const found = await Promise.all(
    batches.map((batch) => getItems(db, tableName, batch, { consistent: true })),
  );
  return found.flat();
}
