import { GetCommand, ScanCommand } from "@aws-sdk/lib-dynamodb";
import { emptyProfile } from "@front-door/contracts";
import { geohash, geohashWithNeighbours } from "@front-door/domain";
import {
  demoIcbs,
  demoPatients,
  demoSessionTemplates,
  demoSites,
  ensureTable,
  findSitesOffering,
  getPatient,
  getSite,
  keys,
  putSessionTemplate,
  replaceProfile,
  seedDemoData,
  sessionTemplatesOfSite,
} from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { freshTable, type TestTable } from "./support.ts";

let t: TestTable;

beforeAll(async () => {
  t = await freshTable();
});

describe("the store against DynamoDB Local", () => {
  it("creates the table idempotently", async () => {
    // Made with every declared index: nothing to add the second time.
    await expect(ensureTable(t.client, t.tableName)).resolves.toEqual({ addedIndexes: [] });
  });

  it("seeds every demo ICB, site (with one offer per service) and patient exactly once", async () => {
    const again = await seedDemoData(t.db, t.tableName);
    expect(again.added).toBe(0);
    const items = (await t.db.send(new ScanCommand({ TableName: t.tableName }))).Items ?? [];
    const count = (type: string) => items.filter((i) => i.type === type).length;
    expect(count("icb")).toBe(demoIcbs.length);
    expect(count("site")).toBe(demoSites.length);
    expect(count("offer")).toBe(demoSites.reduce((n, s) => n + s.services.length, 0));
    expect(count("patient")).toBe(demoPatients.length);
    expect(demoIcbs.length).toBe(2);
    expect(demoSites.filter((s) => s.icbId === "icb-west-yorkshire")).toHaveLength(4);
  });

  it("keeps a patient's edits when the seed runs again", async () => {
    const edited = { ...emptyProfile, preferredName: "Mira" };
    await replaceProfile(
      t.db,
      t.tableName,
      "patient-amira",
      edited,
      new Date("2026-11-24T09:00:00Z"),
    );
    await seedDemoData(t.db, t.tableName);
    const patient = await getPatient(t.db, t.tableName, "patient-amira");
    expect(patient?.profile.preferredName).toBe("Mira");
    expect(patient?.profileUpdatedAt).toBe("2026-11-24T09:00:00.000Z");
  });

  it("writes the demo sessions only when asked, once, and keeps a receptionist's change", async () => {
    expect(await sessionTemplatesOfSite(t.db, t.tableName, "site-armley")).toEqual([]);
    const first = await seedDemoData(t.db, t.tableName, { sessions: true });
    expect(first.added).toBe(demoSessionTemplates.length);
    const armley = await sessionTemplatesOfSite(t.db, t.tableName, "site-armley");
    const inPerson = armley.find((template) => template.id === "demo-gp-in-person");
    if (!inPerson) throw new Error("no in-person session at Armley");
    // One clinician fewer on shift, as a receptionist would change it on the sessions page.
    const { updatedAt: _updatedAt, ...template } = inPerson;
    await putSessionTemplate(
      t.db,
      t.tableName,
      { ...template, parallel: inPerson.parallel - 1 },
      new Date("2026-11-24T09:00:00Z"),
    );
    const again = await seedDemoData(t.db, t.tableName, { sessions: true });
    expect(again.added).toBe(0);
    const kept = (await sessionTemplatesOfSite(t.db, t.tableName, "site-armley")).find(
      (x) => x.id === "demo-gp-in-person",
    );
    expect(kept).toMatchObject({
      parallel: inPerson.parallel - 1,
      updatedAt: "2026-11-24T09:00:00.000Z",
    });
    // Every demo session is for a site that offers same-day GP appointments.
    for (const session of demoSessionTemplates) {
      expect(demoSites.find((site) => site.id === session.siteId)?.services).toContain(
        session.service,
      );
    }
  });

  it("does not create a record when replacing the profile of nobody", async () => {
    const result = await replaceProfile(
      t.db,
      t.tableName,
      "patient-ghost",
      emptyProfile,
      new Date(),
    );
    expect(result).toBeUndefined();
    const item = await t.db.send(
      new GetCommand({ TableName: t.tableName, Key: keys.patient("patient-ghost") }),
    );
    expect(item.Item).toBeUndefined();
  });

  it("finds sites offering a service by geohash cell, and only those", async () => {
    const leeds = { lat: 53.7966, lng: -1.5479 };
    const near = geohashWithNeighbours(geohash(leeds, 4));
    const gp = await findSitesOffering(t.db, t.tableName, "same-day-gp", near);
    expect(gp.map((s) => s.id)).toEqual(expect.arrayContaining(["site-armley", "site-chapeltown"]));
    for (const site of gp) {
      expect(site.services).toContain("same-day-gp");
      expect(near).toContain(geohash(site.location, 4));
    }
    const continence = await findSitesOffering(t.db, t.tableName, "continence", near);
    expect(continence.map((s) => s.id)).toEqual(["site-chapeltown"]);
    const wide = await findSitesOffering(
      t.db,
      t.tableName,
      "same-day-gp",
      geohashWithNeighbours(geohash(leeds, 3)),
    );
    expect(wide.map((s) => s.id).sort()).toEqual([
      "site-armley",
      "site-chapeltown",
      "site-halifax",
      "site-york-clifton",
    ]);
    expect((await getSite(t.db, t.tableName, "site-armley"))?.name).toBe(
      "Armley Neighbourhood Health Centre",
    );
  });
});
