import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
} from "@aws-sdk/client-dynamodb";
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
} from "@aws-sdk/lib-dynamodb";
import type { ServiceCode } from "@front-door/contracts";
import { geohash } from "@front-door/domain";
import { keys } from "./keys.ts";
import { queryAll } from "./query.ts";
import type { Icb, Site } from "./records.ts";
import { sitesNearEntries } from "./sites-near.ts";

const offerPrecision = 6;

/** How many times a site's add is worked out again when a neighbour changed meanwhile. */
const maxNeighbourRetries = 5;

/**
 * Adds a site with one "offer" item per service, and its place among its neighbours (the items
 * a cold slot page reads: sites-near.ts), in one transaction, only if the site is not already
 * there. Returns false when it was (so seeding can run on every start). A neighbour's item or
 * an area changed meanwhile (another site added near at once): read again and try again.
 */
export async function addSiteIfAbsent(
  db: DynamoDBDocumentClient,
  tableName: string,
  site: Site,
): Promise<boolean> {
  for (let attempt = 1; ; attempt += 1) {
    const outcome = await tryAddSite(db, tableName, site);
    if (outcome !== "neighbours-changed") return outcome === "added";
    if (attempt >= maxNeighbourRetries) {
      throw new Error(`site ${site.id}: its neighbours kept changing while it was added`);
    }
  }
}

async function tryAddSite(
  db: DynamoDBDocumentClient,
  tableName: string,
  site: Site,
): Promise<"added" | "present" | "neighbours-changed"> {
  const cell = geohash(site.location, offerPrecision);
  const neighbours = await sitesNearEntries(db, tableName, site);
  const own = 1 + site.services.length;
  try {
    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName,
              Item: {
                ...keys.site(site.id),
                ...keys.siteInIcb(site.icbId, site.id),
                type: "site",
                site,
              },
              ConditionExpression: "attribute_not_exists(pk)",
            },
          },
          ...site.services.map((service) => ({
            Put: {
              TableName: tableName,
              Item: {
                ...keys.offer(site.id, service),
                ...keys.offerNear(service, cell, site.id),
                type: "offer",
                service,
                // Denormalised so a search is index queries only; written with the site, always.
                site,
              },
            },
          })),
          ...neighbours,
        ],
      }),
    );
    return "added";
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      if (isConditionFailure(error, 0)) return "present";
      const reasons = error.CancellationReasons ?? [];
      if (reasons.some((reason, at) => at >= own && reason?.Code === "ConditionalCheckFailed")) {
        return "neighbours-changed";
      }
    }
    throw error;
  }
}

export async function addIcbIfAbsent(
  db: DynamoDBDocumentClient,
  tableName: string,
  icb: Icb,
): Promise<boolean> {
  try {
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...keys.icb(icb.id), ...keys.icbInList(icb.id), type: "icb", icb },
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

export async function getSite(
  db: DynamoDBDocumentClient,
  tableName: string,
  siteId: string,
): Promise<Site | undefined> {
  const result = await db.send(new GetCommand({ TableName: tableName, Key: keys.site(siteId) }));
  return result.Item?.site as Site | undefined;
}

export async function getIcb(
  db: DynamoDBDocumentClient,
  tableName: string,
  icbId: string,
): Promise<Icb | undefined> {
  const result = await db.send(new GetCommand({ TableName: tableName, Key: keys.icb(icbId) }));
  return result.Item?.icb as Icb | undefined;
}

/**
 * Sites offering a service whose location falls in any of the given geohash cells (3 to 6
 * characters). One Query per cell on gsi1; cells sharing a 3-character parent share a partition.
 */
export async function findSitesOffering(
  db: DynamoDBDocumentClient,
  tableName: string,
  service: ServiceCode,
  cells: readonly string[],
): Promise<Site[]> {
  const pages = await Promise.all(cells.map((cell) => offersInCell(db, tableName, service, cell)));
  const byId = new Map<string, Site>();
  for (const site of pages.flat()) byId.set(site.id, site);
  return [...byId.values()];
}

async function offersInCell(
  db: DynamoDBDocumentClient,
  tableName: string,
  service: ServiceCode,
  cell: string,
): Promise<Site[]> {
  if (cell.length < 3) throw new Error("search cells must have at least 3 characters");
  const partition = keys.offerNear(service, cell.padEnd(offerPrecision, "0"), "").gsi1pk;
  const sites: Site[] = [];
  for (const item of await queryAll(db, {
    TableName: tableName,
    IndexName: "gsi1",
    KeyConditionExpression:
      cell.length > 3 ? "gsi1pk = :pk AND begins_with(gsi1sk, :cell)" : "gsi1pk = :pk",
    ExpressionAttributeValues:
      cell.length > 3 ? { ":pk": partition, ":cell": cell } : { ":pk": partition },
  }))
    sites.push(item.site as Site);
  return sites;
}

function isConditionFailure(error: TransactionCanceledException, index: number): boolean {
  return error.CancellationReasons?.[index]?.Code === "ConditionalCheckFailed";
}

/** The sites of an ICB, by id. */
export async function sitesOfIcb(
  db: DynamoDBDocumentClient,
  tableName: string,
  icbId: string,
): Promise<Site[]> {
  const sites: Site[] = [];
  for (const item of await queryAll(db, {
    TableName: tableName,
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :icb AND begins_with(gsi1sk, :site)",
    ExpressionAttributeValues: { ":icb": keys.siteInIcb(icbId, "").gsi1pk, ":site": "SITE#" },
  }))
    sites.push(item.site as Site);
  return sites;
}

/** Every ICB in the deployment. */
export async function listIcbs(db: DynamoDBDocumentClient, tableName: string): Promise<Icb[]> {
  const page = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :icbs",
      ExpressionAttributeValues: { ":icbs": keys.icbInList("").gsi1pk },
    }),
  );
  return (page.Items ?? []).map((item) => item.icb as Icb);
}
