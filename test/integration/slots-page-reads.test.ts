import { randomUUID } from "node:crypto";
import { routes } from "@front-door/contracts";
import { londonToday } from "@front-door/domain";
import { http } from "@front-door/lambda";
import { httpEvent, lambdaContext } from "@front-door/lambda/testing";
import { type NewSlot, publishSlots, recordSameDayRequest } from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import {
  recentSites,
  recentSitesNear,
} from "../../functions/src/same-day/handlers/recent-reads.ts";
import { makeSameDaySlots } from "../../functions/src/same-day/handlers/same-day-slots.ts";
import { freshTable, measuringClient, type TestTable } from "./support.ts";

let t: TestTable;
const clock = new Date("2026-12-14T09:00:00Z");
const today = londonToday(clock);
const patient = {
  role: "patient" as const,
  userId: "u-slots",
  patientId: "patient-slots",
  nhsNumber: "9990000018",
};
const requestId = randomUUID();

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
  it("searches for sites near the practice once per container, then reads only the request and the sites' days", async () => {
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

    const first = await view(cached);
    const cold = { ...measured.cost, calls: [...measured.cost.calls] };
    measured.reset();
    const second = await view(cached);
    const warm = { ...measured.cost, calls: [...measured.cost.calls] };
    measured.reset();
    const plain = await view(uncached);
    const searched = { ...measured.cost, calls: [...measured.cost.calls] };

    expect(first.statusCode).toBe(200);
    const body = JSON.parse(second.body ?? "{}");
    expect(body.sites.map((site: { site: { id: string } }) => site.site.id)).toContain(
      "site-armley",
    );
    // The copies answer exactly as the search does.
    expect(JSON.parse(first.body ?? "")).toEqual(body);
    expect(JSON.parse(plain.body ?? "")).toEqual(body);

    // Without the copy: the request, the site, 9 (or 18) geohash Queries, then the days.
    expect(searched.calls.filter((call) => call === "QueryCommand").length).toBeGreaterThanOrEqual(
      9 + 5,
    );
    expect(cold.calls.length).toBe(searched.calls.length);
    // Warm: one GetItem for the request, then the five nearest sites' days all at once.
    const nearest = warm.calls.length - 1; // the practice and the nearest others, at most 5
    expect(nearest).toBeGreaterThanOrEqual(body.sites.length);
    expect(nearest).toBeLessThanOrEqual(5);
    expect(warm.calls).toEqual(["GetItemCommand", ...new Array(nearest).fill("QueryCommand")]);
    expect(warm.roundTrips).toBe(2);
    expect(searched.roundTrips).toBeGreaterThanOrEqual(4);
    expect(warm.readUnits).toBeLessThanOrEqual(10);
    expect(warm.readUnits).toBeLessThan(searched.readUnits);
  });
});
