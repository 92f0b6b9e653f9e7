import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import type { ServiceCode } from "@front-door/contracts";
import { searchNearest } from "@front-door/domain";
import {
  addSiteIfAbsent,
  demoSites,
  findSitesOffering,
  getSitesNear,
  isRetryableStoreError,
  type Site,
  sitesNearKept,
} from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { faultyTable, onKeys } from "./fault-fixture.ts";
import { freshTable, type TestTable } from "./support.ts";

/**
 * The item of each site's nearest (what a cold slot page reads instead of the geohash search)
 * is what the search finds, for every site and service, after sites are added one at a time,
 * at once, or through faults.
 */

const leeds = demoSites.find((site) => site.id === "site-chapeltown") as Site;

function newSite(id: string, lat: number, lng: number, services: ServiceCode[]): Site {
  return { ...leeds, id, name: `Test practice ${id}`, location: { lat, lng }, services };
}

async function expectItemsMatchSearch(t: TestTable, sites: readonly Site[]) {
  for (const site of sites) {
    for (const service of site.services) {
      const kept = await getSitesNear(t.db, t.tableName, site.id, service);
      const { results } = await searchNearest(
        site.location,
        (cells) => findSitesOffering(t.db, t.tableName, service, cells),
        sitesNearKept,
      );
      expect(kept?.home.id, `${site.id} ${service}`).toBe(site.id);
      expect(
        kept?.near.map((r) => [r.item.id, r.distanceKm]),
        `${site.id} ${service}`,
      ).toEqual(results.map((r) => [r.item.id, r.distanceKm]));
    }
  }
}

async function tableItems(t: TestTable) {
  const { Items } = await t.db.send(
    new ScanCommand({ TableName: t.tableName, ConsistentRead: true }),
  );
  return (Items ?? []).filter((item) => /^SITE/.test(String(item.pk)));
}

describe("each site's item of its nearest", () => {
  let t: TestTable;
  beforeAll(async () => {
    t = await freshTable({ seed: false });
  });

  it("is what the geohash search finds, for every demo site and service", async () => {
    for (const site of demoSites) await addSiteIfAbsent(t.db, t.tableName, site);
    await expectItemsMatchSearch(t, demoSites);
    expect(await addSiteIfAbsent(t.db, t.tableName, leeds)).toBe(false);
  });

  it("takes in a site added later, and two added near each other at once see each other", async () => {
    const closer = newSite("site-test-headingley", 53.82, -1.578, ["same-day-gp", "physiotherapy"]);
    expect(await addSiteIfAbsent(t.db, t.tableName, closer)).toBe(true);
    const [a, b] = [
      newSite("site-test-roundhay", 53.835, -1.5, ["same-day-gp"]),
      newSite("site-test-seacroft", 53.82, -1.46, ["same-day-gp"]),
    ];
    expect(
      await Promise.all([a, b].map((site) => addSiteIfAbsent(t.db, t.tableName, site))),
    ).toEqual([true, true]);
    await expectItemsMatchSearch(t, [...demoSites, closer, a, b]);
  });
});

describe("adding a site through faults", () => {
  it("adds it once after a conflicting transaction: every item of nearest still matches the search", async () => {
    const t = await freshTable({ seed: false });
    for (const site of demoSites) await addSiteIfAbsent(t.db, t.tableName, site);
    const faulty = faultyTable(t, [
      { kind: "conflict", commands: ["TransactWriteItems"], times: 2 },
    ]);
    const site = newSite("site-test-beeston", 53.775, -1.57, ["same-day-gp"]);
    expect(await addSiteIfAbsent(faulty.db, t.tableName, site)).toBe(true);
    expect(faulty.log.injected("conflict")).toBe(2);
    await expectItemsMatchSearch(t, [...demoSites, site]);
  });

  it("throttled until the retries run out: a retryable failure (503), and nothing of it written", async () => {
    const t = await freshTable({ seed: false });
    for (const site of demoSites) await addSiteIfAbsent(t.db, t.tableName, site);
    const before = await tableItems(t);
    const faulty = faultyTable(t, [
      { kind: "throttle", commands: ["TransactWriteItems"], key: onKeys("SITEAREA#", "SITE#") },
    ]);
    const site = newSite("site-test-morley", 53.745, -1.6, ["same-day-gp"]);
    const error = await addSiteIfAbsent(faulty.db, t.tableName, site).catch((e: unknown) => e);
    expect(isRetryableStoreError(error)).toBe(true);
    expect(await tableItems(t)).toEqual(before);
    // Sent again when the table is back: added, and taken in by its neighbours.
    expect(await addSiteIfAbsent(t.db, t.tableName, site)).toBe(true);
    await expectItemsMatchSearch(t, [...demoSites, site]);
  });
});
