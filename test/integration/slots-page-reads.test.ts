import { randomUUID } from "node:crypto";
import { routes } from "@front-door/contracts";
import { londonToday } from "@front-door/domain";
import { http } from "@front-door/lambda";
import { httpEvent, lambdaContext } from "@front-door/lambda/testing";
import {
  addSiteIfAbsent,
  demoSites,
  type NewSlot,
  newSameDayRequestId,
  openSlotsOn,
  publishSlots,
  recordSameDayRequest,
  type Site,
  type SlotChannel,
  slotsOfDay,
} from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import {
  recentSites,
  recentSitesNear,
} from "../../functions/src/same-day/handlers/recent-reads.ts";
import {
  makeSameDaySlots,
  maxTimesPerSite,
} from "../../functions/src/same-day/handlers/same-day-slots.ts";
import { freshTable, measuringClient, type ReadCost, type TestTable } from "./support.ts";

let t: TestTable;
const clock = new Date("2026-12-14T09:00:00Z");
const today = londonToday(clock);
const patient = {
  role: "patient" as const,
  userId: "u-slots",
  patientId: "patient-slots",
  nhsNumber: "9990000018",
};
/** Made as the triage makes them: the practice first, so the page reads its neighbours beside it. */
const requestId = newSameDayRequestId("site-chapeltown");

function slotAt(siteId: string, hhmm: string): NewSlot {
  const start = new Date(`${today}T${hhmm}:00Z`);
  return {
    id: `${siteId}_${today}_${hhmm}_same-day-gp_in-person_0`,
    siteId,
    icbId: "icb-west-yorkshire",
    service: "same-day-gp",
    channel: "in-person",
    start: start.toISOString(),
    end: new Date(start.getTime() + 15 * 60_000).toISOString(),
    localDate: today,
    localStart: hhmm,
    sameDayOnly: true,
    templateId: "template-1",
  };
}

beforeAll(async () => {
  t = await freshTable();
  await publishSlots(t.db, t.tableName, [
    slotAt("site-chapeltown", "10:00"),
    slotAt("site-chapeltown", "10:15"),
    slotAt("site-armley", "11:00"),
    slotAt("site-halifax", "12:00"),
  ]);
  await recordSameDayRequest(t.db, t.tableName, {
    id: requestId,
    patientId: patient.patientId,
    siteId: "site-chapeltown",
    icbId: "icb-west-yorkshire",
    service: "same-day-gp",
    localDate: today,
    createdAt: clock.toISOString(),
    status: "started",
    triage: {},
  });
});

const view = (handler: ReturnType<typeof http>) =>
  handler(
    httpEvent({ path: "/api/same-day/slots", query: { requestId }, principal: patient }),
    lambdaContext(),
  );

describe("the same-day slots page's reads", () => {
  it("reads the request beside the practice's item of its nearest, then the sites' days: 2 round trips, cold or warm", async () => {
    const measured = measuringClient();
    const deps = { db: measured.db, tableName: t.tableName, now: () => clock };
    const cached = http(
      routes.sameDaySlots,
      makeSameDaySlots({
        ...deps,
        ...recentSitesNear(measured.db, t.tableName),
        ...recentSites(measured.db, t.tableName),
      }),
    );
    const uncached = http(routes.sameDaySlots, makeSameDaySlots(deps));
    // A practice stored before the items of nearest were kept: the geohash search, as before.
    const searching = http(
      routes.sameDaySlots,
      makeSameDaySlots({ ...deps, sitesNearOf: async () => undefined }),
    );

    const first = await view(cached);
    const cold = { ...measured.cost, calls: [...measured.cost.calls] };
    measured.reset();
    const second = await view(cached);
    const warm = { ...measured.cost, calls: [...measured.cost.calls] };
    measured.reset();
    const plain = await view(uncached);
    const uncopied = { ...measured.cost, calls: [...measured.cost.calls] };
    measured.reset();
    const searchedPage = await view(searching);
    const searched = { ...measured.cost, calls: [...measured.cost.calls] };

    expect(first.statusCode).toBe(200);
    const body = JSON.parse(second.body ?? "{}");
    expect(body.sites.map((site: { site: { id: string } }) => site.site.id)).toContain(
      "site-armley",
    );
    // The item and the copies answer exactly as the search does.
    expect(JSON.parse(first.body ?? "")).toEqual(body);
    expect(JSON.parse(plain.body ?? "")).toEqual(body);
    expect(JSON.parse(searchedPage.body ?? "")).toEqual(body);

    // The search: the request, the site, 9 (or 18) geohash Queries, then the days.
    expect(searched.calls.filter((call) => call === "QueryCommand").length).toBeGreaterThanOrEqual(
      9 + 5,
    );
    expect(searched.roundTrips).toBeGreaterThanOrEqual(4);
    // Cold: the request and the practice's item of its nearest at once, then the days at once.
    const nearest = warm.calls.length - 1; // the practice and the nearest others, at most 5
    expect(cold.calls).toEqual([
      "GetItemCommand",
      "GetItemCommand",
      ...new Array(nearest).fill("QueryCommand"),
    ]);
    expect(cold.roundTrips).toBe(2);
    expect(cold.readUnits).toBeLessThanOrEqual(10);
    expect(uncopied.calls).toEqual(cold.calls);
    // Warm: one GetItem for the request, then the five nearest sites' days all at once.
    expect(nearest).toBeGreaterThanOrEqual(body.sites.length);
    expect(nearest).toBeLessThanOrEqual(5);
    expect(warm.calls).toEqual(["GetItemCommand", ...new Array(nearest).fill("QueryCommand")]);
    expect(warm.roundTrips).toBe(2);
    expect(warm.readUnits).toBeLessThanOrEqual(10);
    expect(cold.readUnits).toBeLessThan(searched.readUnits);
    console.log(
      `slots page read units: cold ${cold.readUnits}, warm ${warm.readUnits}, searched ${searched.readUnits}`,
    );
  });
});

/** One rota's slots on `today` (London is on UTC in December). */
function rota(
  siteId: string,
  service: string,
  channel: SlotChannel,
  from: string,
  to: string,
  minutes: number,
  parallel: number,
): NewSlot[] {
  const slots: NewSlot[] = [];
  for (
    let at = Date.parse(`${today}T${from}:00Z`);
    at + minutes * 60_000 <= Date.parse(`${today}T${to}:00Z`);
    at += minutes * 60_000
  ) {
    const start = new Date(at).toISOString();
    const hhmm = start.slice(11, 16);
    for (let n = 0; n < parallel; n++) {
      slots.push({
        id: `${siteId}_${today}_${hhmm}_${service}_${channel}_${n}`,
        siteId,
        icbId: "icb-west-yorkshire",
        service,
        channel,
        start,
        end: new Date(at + minutes * 60_000).toISOString(),
        localDate: today,
        localStart: hhmm,
        sameDayOnly: service === "same-day-gp",
        templateId: `template-${service}-${channel}`,
      });
    }
  }
  return slots;
}

/**
 * A busy health centre's day, 200 slots across six services: same-day GP in person (two
 * clinicians, 08:00 to 18:30, 15 minutes) and by telephone (08:00 to 11:00, 10 minutes), 102 in
 * all, beside blood tests, physiotherapy, podiatry, stop smoking and weight management.
 */
const busyDay = (siteId: string) => [
  ...rota(siteId, "same-day-gp", "in-person", "08:00", "18:30", 15, 2),
  ...rota(siteId, "same-day-gp", "telephone", "08:00", "11:00", 10, 1),
  ...rota(siteId, "blood-test", "in-person", "08:00", "12:00", 10, 2),
  ...rota(siteId, "physiotherapy", "in-person", "09:00", "17:00", 30, 2),
  ...rota(siteId, "podiatry", "in-person", "13:00", "15:00", 30, 1),
  ...rota(siteId, "stop-smoking", "telephone", "09:00", "12:00", 30, 1),
  ...rota(siteId, "weight-management", "video", "10:00", "16:00", 45, 1),
];

const snapshot = (cost: ReadCost): ReadCost => ({ ...cost, calls: [...cost.calls] });

describe("the same-day slots page at five busy health centres", () => {
  const template = demoSites.find((site) => site.id === "site-chapeltown") as Site;
  // Five centres a few hundred metres apart: the practice and the four nearest others.
  const sites: Site[] = [0, 1, 2, 3, 4].map((n) => ({
    ...template,
    id: `site-busy-leeds-${n}`,
    location: { lat: template.location.lat + n * 0.004, lng: template.location.lng },
    services: ["same-day-gp", "blood-test", "physiotherapy", "podiatry", "stop-smoking"],
  }));
  const busyRequestId = randomUUID();
  let busy: TestTable;

  beforeAll(async () => {
    busy = await freshTable({ seed: false });
    for (const site of sites) await addSiteIfAbsent(busy.db, busy.tableName, site);
    for (const site of sites) {
      const day = busyDay(site.id);
      expect(day.length).toBe(200);
      await publishSlots(busy.db, busy.tableName, day);
    }
    await recordSameDayRequest(busy.db, busy.tableName, {
      id: busyRequestId,
      patientId: patient.patientId,
      siteId: sites[0]?.id as string,
      icbId: "icb-west-yorkshire",
      service: "same-day-gp",
      localDate: today,
      createdAt: clock.toISOString(),
      status: "started",
      triage: {},
    });
  }, 120_000);

  async function pageAt(at: Date) {
    const measured = measuringClient();
    const handler = http(
      routes.sameDaySlots,
      makeSameDaySlots({
        db: measured.db,
        tableName: busy.tableName,
        now: () => at,
        ...recentSitesNear(measured.db, busy.tableName),
        ...recentSites(measured.db, busy.tableName),
      }),
    );
    const event = () =>
      httpEvent({
        path: "/api/same-day/slots",
        query: { requestId: busyRequestId },
        principal: patient,
      });
    await handler(event(), lambdaContext()); // warms the function's copies of the sites
    measured.reset();
    const response = await handler(event(), lambdaContext());
    return { response, cost: snapshot(measured.cost) };
  }

  it("reads at most 10 units in 2 round trips, even at 8am with every time free, listing the soonest", async () => {
    for (const at of [new Date(`${today}T08:00:00Z`), clock]) {
      const { response, cost } = await pageAt(at);
      expect(response.statusCode).toBe(200);
      const body = JSON.parse(response.body ?? "{}");
      expect(body.sites.map((s: { site: { id: string } }) => s.site.id)).toEqual(
        sites.map((site) => site.id),
      );
      const times = body.sites.flatMap((s: { channels: { slots: unknown[] }[] }) =>
        s.channels.flatMap((c) => c.slots),
      );
      // The soonest 48 free same-day times a site from 10 minutes ahead (of 99 at 08:00, 85 at
      // 09:00), in start order whatever the channel.
      expect(times.length).toBe(5 * maxTimesPerSite);
      const home = body.sites[0].channels.flatMap((c: { slots: { start: string }[] }) => c.slots);
      const soonest = busyDay(sites[0]?.id as string)
        .filter((slot) => slot.service === "same-day-gp")
        .map((slot) => slot.start)
        .filter((start) => Date.parse(start) >= at.getTime() + 10 * 60_000)
        .sort()
        .slice(0, maxTimesPerSite);
      expect(home.map((slot: { start: string }) => slot.start).sort()).toEqual(soonest);
      expect(cost.calls).toEqual(["GetItemCommand", ...new Array(5).fill("QueryCommand")]);
      expect(cost.roundTrips).toBe(2);
      expect(cost.itemsRead).toBe(1 + times.length);
      expect(cost.readUnits).toBeLessThanOrEqual(10);
      console.log(`slots page at ${at.toISOString().slice(11, 16)}: ${cost.readUnits} read units`);
    }
  });

  it("reads a fraction of what the whole site days cost (all free, every service)", async () => {
    const measured = measuringClient();
    await Promise.all(sites.map((site) => slotsOfDay(measured.db, busy.tableName, site.id, today)));
    const wholeDays = snapshot(measured.cost);
    measured.reset();
    const open = () =>
      Promise.all(
        sites.map((site) =>
          openSlotsOn(measured.db, busy.tableName, {
            siteId: site.id,
            service: "same-day-gp",
            localDate: today,
          }),
        ),
      );
    await open();
    const openDays = snapshot(measured.cost);
    expect(wholeDays.itemsRead).toBe(5 * 200);
    expect(openDays.itemsRead).toBe(5 * 102);
    expect(openDays.readUnits * 3).toBeLessThan(wholeDays.readUnits);
    console.log(
      `five site days: ${wholeDays.readUnits} units whole (gsi1), ${openDays.readUnits} open same-day (gsi2)`,
    );
  });

  it("lists a site's later times page by page after its soonest, each time once, then says there are no more", async () => {
    const at = new Date(`${today}T08:00:00Z`);
    const handler = http(
      routes.sameDaySlots,
      makeSameDaySlots({ db: busy.db, tableName: busy.tableName, now: () => at }),
    );
    const view = (query: Record<string, string>) =>
      handler(
        httpEvent({
          path: "/api/same-day/slots",
          query: { requestId: busyRequestId, ...query },
          principal: patient,
        }),
        lambdaContext(),
      );
    const starts = (site: { channels: { slots: { start: string }[] }[] }) =>
      site.channels.flatMap((c) => c.slots.map((slot) => slot.start));
    const home = sites[1]?.id as string; // a nearby site, not the practice: any listed one
    const first = JSON.parse((await view({})).body ?? "{}");
    let entry = first.sites.find((s: { site: { id: string } }) => s.site.id === home);
    const seen = [...starts(entry)];
    let pages = 1;
    while (entry?.laterAfter) {
      expect(entry.laterAfter).toBe([...starts(entry)].sort().at(-1));
      const page = await view({ siteId: home, after: entry.laterAfter });
      expect(page.statusCode).toBe(200);
      const body = JSON.parse(page.body ?? "{}");
      expect(body.sites.map((s: { site: { id: string } }) => s.site.id)).toEqual([home]);
      entry = body.sites[0];
      const later = starts(entry);
      const lastSeen = seen.toSorted().at(-1) as string;
      expect(later.every((start) => start > lastSeen)).toBe(true);
      seen.push(...later);
      pages += 1;
    }
    // Every same-day time from 10 minutes ahead, across the pages (a time once: a page may end
    // between a time's two places, and the patient sees a time once anyway).
    const expected = busyDay(home)
      .filter((slot) => slot.service === "same-day-gp")
      .map((slot) => slot.start)
      .filter((start) => Date.parse(start) >= at.getTime() + 10 * 60_000);
    expect([...new Set(seen)].toSorted()).toEqual([...new Set(expected)].toSorted());
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(expected.length / maxTimesPerSite));
  });

  it("refuses later times without a site (400 on siteId) or at a site that is not near (404)", async () => {
    const handler = http(
      routes.sameDaySlots,
      makeSameDaySlots({ db: busy.db, tableName: busy.tableName, now: () => clock }),
    );
    const view = (query: Record<string, string>) =>
      handler(
        httpEvent({
          path: "/api/same-day/slots",
          query: { requestId: busyRequestId, ...query },
          principal: patient,
        }),
        lambdaContext(),
      );
    const noSite = await view({ after: `${today}T10:00:00.000Z` });
    expect(noSite.statusCode).toBe(400);
    expect(JSON.parse(noSite.body ?? "{}").error.fields).toEqual([
      expect.objectContaining({ path: "siteId" }),
    ]);
    const farAway = await view({ siteId: "site-york-clifton", after: `${today}T10:00:00.000Z` });
    expect(farAway.statusCode).toBe(404);
    const badAfter = await view({ siteId: sites[0]?.id as string, after: "10am" });
    expect(badAfter.statusCode).toBe(400);
  });
});
