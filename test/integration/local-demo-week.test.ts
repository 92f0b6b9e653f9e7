import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SameDaySlotsResponse } from "@front-door/contracts";
import { sameDayOffer } from "@front-door/domain";
import { type FrontDoor, startFrontDoor } from "@front-door/local";
import {
  createDocumentClient,
  createDynamoDbClient,
  demoSites,
  readDailyCounts,
  type SlotRecord,
  slotsOfDay,
} from "@front-door/store";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { maxTimesPerSite } from "../../functions/src/same-day/handlers/same-day-slots.ts";

/**
 * `npm start` publishes the demo week: a local Front Door has free same-day times at the demo
 * centres without a receptionist publishing first, and starting it again creates nothing twice.
 * Against the integration run's DynamoDB Local, in a table of this file's own.
 */
const tableName = `local-demo-${randomUUID()}`;
let front: FrontDoor | undefined;
let keyDir: string;
const client = createDynamoDbClient({ endpoint: inject("dynamodbEndpoint"), region: "eu-west-2" });
const db = createDocumentClient(client);

const start = () =>
  startFrontDoor({
    port: 0,
    inMemory: true,
    dynamodbEndpoint: inject("dynamodbEndpoint"),
    tableName,
    identityDir: keyDir,
  });

beforeAll(async () => {
  keyDir = await mkdtemp(join(tmpdir(), "local-demo-week-"));
  front = await start();
});
afterAll(async () => {
  await front?.stop();
  client.destroy();
  await rm(keyDir, { recursive: true, force: true });
});

function running(): FrontDoor {
  if (!front) throw new Error("Front Door is not running");
  return front;
}

/** London calendar dates, worked out here independently of the service's own code. */
const londonDate = (instant: Date) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(instant);
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const isoWeekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

/**
 * The demo rota, counted by hand: weekdays 08:00–18:30 in person in 15-minute slots (42 per
 * clinician) beside a telephone session in 10-minute slots; Saturday 09:00–12:00 at Armley
 * with 2 clinicians; nothing on Sundays, nor at the diagnostic centre, which has no GP.
 */
const weekdaySlots: Record<string, number> = {
  "site-armley": 42 * 3 + 24, // phone 08:00–12:00
  "site-chapeltown": 42 * 2 + 18, // phone 13:00–16:00
  "site-halifax": 42 * 2 + 12, // phone 08:00–10:00
  "site-york-clifton": 42 * 2 + 24, // phone 08:00–12:00
};
function expectedSlots(siteId: string, date: string): number {
  const weekday = isoWeekday(date);
  if (weekday <= 5) return weekdaySlots[siteId] ?? 0;
  if (weekday === 6 && siteId === "site-armley") return 12 * 2;
  return 0;
}

const week = (from: string) => Array.from({ length: 7 }, (_, i) => addDays(from, i));

async function sameDaySlots(siteId: string, date: string): Promise<SlotRecord[]> {
  return (await slotsOfDay(db, tableName, siteId, date)).filter((s) => s.service === "same-day-gp");
}

/** Every slot the demo sites hold that week, by id: what a restart must leave alone. */
async function slotIdsOfWeek(from: string): Promise<string[]> {
  const ids: string[] = [];
  for (const date of week(from)) {
    for (const site of demoSites) {
      ids.push(...(await slotsOfDay(db, tableName, site.id, date)).map((s) => s.id));
    }
  }
  return ids.sort();
}

/** The "published" capacity the ICB dashboard counts for the week, over both ICBs. */
async function publishedCount(from: string): Promise<number> {
  let total = 0;
  for (const icbId of ["icb-west-yorkshire", "icb-humber-north-yorkshire"]) {
    for (const row of await readDailyCounts(db, tableName, icbId, from, addDays(from, 6))) {
      total += row.published;
    }
  }
  return total;
}

async function api(path: string, token: string, body?: unknown) {
  const response = await fetch(`${running().url}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() };
}

async function tokenFor(userId: string): Promise<string> {
  const response = await fetch(`${running().url}/api/dev/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ userId }),
  });
  return (await response.json()).token;
}

const triageAnswers = {
  questionnaireVersion: 1,
  appointmentFor: "myself",
  ...Object.fromEntries(
    [
      "chestPain",
      "strokeSigns",
      "breathing",
      "allergicReaction",
      "fit",
      "unconsciousOrConfused",
      "suddenHeadache",
      "bleeding",
      "seriousInjury",
      "burn",
      "abdominalPain",
      "suicideOrSelfHarm",
    ].map((id) => [id, "no"]),
  ),
  problem: "Sore ear for 2 days",
  duration: "1-to-3-days",
};

describe("the demo week on npm start", () => {
  it("publishes today and the next 6 days at every demo centre, as the rota says, all free", async () => {
    const today = londonDate(new Date());
    const { demoWeek } = running();
    expect(demoWeek).toMatchObject({ from: today, to: addDays(today, 6), problems: [] });
    let total = 0;
    for (const date of week(today)) {
      for (const site of demoSites) {
        const slots = await sameDaySlots(site.id, date);
        expect(slots, `${site.id} on ${date}`).toHaveLength(expectedSlots(site.id, date));
        expect(slots.every((s) => s.status === "free" && s.sameDayOnly)).toBe(true);
        total += slots.length;
      }
    }
    // The window always holds five weekdays and one Saturday.
    expect(total).toBe(5 * 456 + 24);
    // The self-referral clinics that book online, bookable ahead: Armley physiotherapy (16
    // half-hours × 2, weekdays), Wakefield chest X-ray (36 quarter-hours × 2, weekdays and
    // Saturday), Halifax weight management (8 × 45 minutes, Tue and Thu), York stop smoking
    // (6 half-hours, Mon, Wed and Fri).
    let clinics = 0;
    for (const date of week(today)) {
      for (const site of demoSites) {
        const slots = (await slotsOfDay(db, tableName, site.id, date)).filter(
          (s) => s.service !== "same-day-gp",
        );
        expect(slots.every((s) => s.status === "free" && !s.sameDayOnly)).toBe(true);
        clinics += slots.length;
      }
    }
    expect(clinics).toBe(5 * 32 + 6 * 72 + 2 * 8 + 3 * 6);
    expect(demoWeek?.created).toBe(total + clinics);
    expect(demoWeek?.alreadyPublished).toBe(0);
    // Published through the store, so the dashboard's capacity is exactly what is there.
    expect(await publishedCount(today)).toBe(total + clinics);

    const weekday = week(today).find((date) => isoWeekday(date) <= 5) ?? today;
    const chapeltown = await sameDaySlots("site-chapeltown", weekday);
    const inPerson = chapeltown.filter((s) => s.channel === "in-person");
    expect(new Set(inPerson.map((s) => s.localStart)).size).toBe(42);
    expect(inPerson[0]?.localStart).toBe("08:00");
    expect(inPerson.at(-1)?.localStart).toBe("18:15");
    expect(chapeltown.filter((s) => s.channel === "telephone")[0]?.localStart).toBe("13:00");
  });

  it("offers a patient today's remaining free times at her centre, and tomorrow's on the day", async () => {
    const token = await tokenFor("user-patient-amira");
    const asked = await api("/api/same-day/requests", token, triageAnswers);
    expect(asked.status).toBe(200);
    const requestId = asked.body.requestId as string;
    expect(requestId).toMatch(/\S/);

    const before = Date.now();
    const offered = await api(`/api/same-day/slots?requestId=${requestId}`, token);
    const after = Date.now();
    expect(offered.status).toBe(200);
    const body = offered.body as SameDaySlotsResponse;
    const home = body.sites.find((s) => s.site.id === "site-chapeltown");
    const offeredIds = (home?.channels ?? []).flatMap((c) => c.slots.map((s) => s.id)).sort();

    // Worked out from the store: today's Chapeltown slots starting 10 minutes or more from now,
    // the soonest maxTimesPerSite of them (slots starting together may fall either side).
    const today = await sameDaySlots("site-chapeltown", londonDate(new Date(before)));
    const startingFrom = (instant: number) =>
      today.filter((s) => Date.parse(s.start) >= instant + 10 * 60_000);
    const startOf = new Map(today.map((s) => [s.id, s.start]));
    const lastOffered =
      offeredIds
        .map((id) => startOf.get(id) ?? "")
        .sort()
        .at(-1) ?? "";
    // A slot may pass the 10-minute mark while the request is in flight: either side is right.
    expect(
      [before, after].some((instant) => {
        const open = startingFrom(instant);
        const offeredSet = new Set(offeredIds);
        return (
          offeredIds.length === Math.min(maxTimesPerSite, open.length) &&
          offeredIds.every((id) => open.some((s) => s.id === id)) &&
          open.every((s) => offeredSet.has(s.id) || s.start >= lastOffered)
        );
      }),
    ).toBe(true);
    if (offeredIds.length === 0) expect(home).toBeUndefined();

    // Tomorrow (or the next day with a session): at 08:30 the day's times from 08:40 are offered.
    const next = week(londonDate(new Date()))
      .slice(1)
      .find((date) => isoWeekday(date) <= 5);
    if (!next) throw new Error("a week always has a weekday after today");
    const nextDay = await sameDaySlots("site-chapeltown", next);
    const atHalfPastEight = new Date(
      nextDay.find((s) => s.localStart === "08:30")?.start ?? Number.NaN,
    );
    const offer = sameDayOffer(nextDay, atHalfPastEight);
    expect(offer.londonDate).toBe(next);
    expect(offer.total).toBe(nextDay.filter((s) => s.localStart >= "08:40").length);
    expect(offer.total).toBeGreaterThan(0);
  });

  it("creates no duplicate slots and counts nothing twice when started again", async () => {
    const today = londonDate(new Date());
    const slotsBefore = await slotIdsOfWeek(today);
    const publishedBefore = await publishedCount(today);
    expect(new Set(slotsBefore).size).toBe(slotsBefore.length);

    await running().stop();
    front = undefined;
    front = await start();

    expect(front.demoWeek).toMatchObject({
      from: today,
      created: 0,
      alreadyPublished: slotsBefore.length,
      problems: [],
    });
    expect(await slotIdsOfWeek(today)).toEqual(slotsBefore);
    expect(await publishedCount(today)).toBe(publishedBefore);
  });
});
