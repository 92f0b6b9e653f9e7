import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { ServiceCode } from "@front-door/contracts";
import { londonToday, type Ranked, searchNearest } from "@front-door/domain";
import { type ShortLivedCacheOptions, shortLivedCache } from "@front-door/lambda";
import {
  findSitesOffering,
  getSite,
  getSitesNear,
  type OpenSlot,
  type Site,
  type SitesNearRecord,
  type SlotRecord,
  sitesNearKept,
} from "@front-door/store";
import { maxTimesPerSite, openSameDaySlots } from "./same-day-slots.ts";

/** How old a site's day may be when a 409 suggests times from it. */
export const recentSiteDayMs = 1500;

/**
 * Sites' open same-day slots for today as this container last read them, for the times a taken
 * hold's 409 suggests, and the slots it has lately seen held or taken, so a hold for one of them
 * is refused without reading it (takenLately). In the 8am rush most holds at a site are lost
 * within seconds of each other, and each would otherwise Query the site's open slots; one read
 * a second and a half answers them all. What the container learns meanwhile (a slot it saw held
 * or taken) is applied to the copy. A suggestion that went a moment ago costs the patient one
 * more conditional hold, never a wrong booking.
 */
export function recentSiteDays(
  db: DynamoDBDocumentClient,
  tableName: string,
  options: Partial<ShortLivedCacheOptions> & {
    /** How a site's day is read: openSameDaySlots (a Query); unit tests pass their own. */
    readDay?: (siteId: string, now: Date) => Promise<OpenSlot[]>;
  } = {},
) {
  const { readDay = (siteId, now) => openSameDaySlots({ db, tableName }, siteId, now), ...cache } =
    options;
  // 200 site-days: far more sites than one ICB has, a few hundred KB at most.
  const days = shortLivedCache<OpenSlot[]>({
    ttlMs: recentSiteDayMs,
    maxEntries: 200,
    ...cache,
  });
  const key = (siteId: string, localDate: string) => `${siteId}|${localDate}`;
  const clock = options.clock ?? Date.now;
  const dayOf = (siteId: string, now: Date) =>
    days.get(key(siteId, londonToday(now)), () => readDay(siteId, now));
  // Slots seen held or taken, oldest first (a fresh sighting moves to the end).
  const seen = new Map<string, Sighting>();
  return {
    openSameDaySlots: dayOf,
    noteSlotTaken: (
      slot: Pick<SlotRecord, "id" | "siteId" | "localDate"> &
        Partial<Pick<SlotRecord, "status" | "holdPatientId" | "holdExpiresAt" | "start">>,
    ) => {
      days.update(key(slot.siteId, slot.localDate), (slots) =>
        slots.filter((kept) => kept.id !== slot.id),
      );
      seen.delete(slot.id);
      if (slot.status === undefined || slot.status === "free") return;
      while (seen.size >= seenTakenEntries) {
        const oldest = seen.keys().next().value;
        if (oldest === undefined) break;
        seen.delete(oldest);
      }
      const at = clock();
      const held = slot.status === "busy-tentative";
      if (held) {
        // A hold that runs out sooner ends the sighting with it.
        const holdEnds = slot.holdExpiresAt ? Date.parse(slot.holdExpiresAt) : Number.NaN;
        const until = at + seenTakenMs;
        seen.set(slot.id, {
          at,
          until: Number.isNaN(holdEnds) ? until : Math.min(until, holdEnds),
          holder: slot.holdPatientId,
        });
        return;
      }
      // Booked or blocked: nobody may hold it, and it rarely frees (a cancellation).
      seen.set(slot.id, {
        at,
        until: at + seenSettledMs,
        settled: { siteId: slot.siteId, ...(slot.start ? { start: slot.start } : {}) },
      });
    },
    /**
     * Whether a hold on the slot is refused as taken without a read: the container saw it held
     * by someone else (for seenTakenMs), or booked or blocked. A sighting of a booked or blocked
     * slot older than a copy of the site's day is believed while the copy, read since, agrees
     * (the slot is not among the open slots it lists, and it lists as far as the slot's start):
     * a time freed by a cancellation is offered again within recentSiteDayMs, as the copy's
     * suggestions are, and a rush reads each site's day once a second and a half instead of each
     * booked slot once.
     */
    takenLately: async (slotId: string, patientId: string, now: Date) => {
      const sighting = seen.get(slotId);
      if (!sighting) return false;
      const at = clock();
      if (at >= sighting.until) {
        seen.delete(slotId);
        return false;
      }
      if (!sighting.settled) return sighting.holder !== patientId;
      if (at - sighting.at < recentSiteDayMs) return true;
      // A copy lives recentSiteDayMs, so the one in hand was read after this older sighting.
      const day = await dayOf(sighting.settled.siteId, now);
      if (!dayShowsTaken(day, slotId, sighting.settled.start)) {
        seen.delete(slotId);
        return false;
      }
      return true;
    },
  };
}

interface Sighting {
  /** When it was seen, and until when it is believed. */
  at: number;
  until: number;
  /** Held: who holds it (they may hold it again). */
  holder?: string | undefined;
  /** Booked or blocked: where, and when it starts, to check against the site's day. */
  settled?: { siteId: string; start?: string };
}

/**
 * Whether a copy of the site's day confirms a slot is not open: not listed, and the copy lists
 * as far as the slot's start (a copy stops at maxTimesPerSite; a slot past its last is unknown).
 */
function dayShowsTaken(day: OpenSlot[], slotId: string, start: string | undefined): boolean {
  if (day.some((open) => open.id === slotId)) return false;
  if (day.length < maxTimesPerSite) return true;
  const last = day[day.length - 1]?.start;
  return start !== undefined && last !== undefined && start <= last;
}

/**
 * How long a slot this container saw held by someone else is refused as taken without a read:
 * as long as a site's day is kept for suggestions, and never past the end of the hold it saw.
 * A hold let go in that time is offered again once the sighting is older; the patient who holds
 * the slot always reaches the store (their retry after a lost answer is answered as ever).
 */
export const seenTakenMs = recentSiteDayMs;
/**
 * How long a slot seen booked or blocked may be refused without reading it, while copies of its
 * site's day agree (takenLately): a minute, after which it is looked at again.
 */
export const seenSettledMs = 60_000;
/** Sightings kept at most: far more than one site's morning, a few hundred KB. */
const seenTakenEntries = 10_000;

/** How old a site's details (name, address, phone) may be in a booking's answer and message. */
export const recentSiteMs = 5 * 60_000;

/**
 * Sites' details as this container last read them: a booking names the site in its answer and
 * its confirmation, and a site's name or phone changes rarely, never in a way that matters for
 * a few minutes. The slot and the patient are still read for every booking.
 */
export function recentSites(
  db: DynamoDBDocumentClient,
  tableName: string,
  options: Partial<ShortLivedCacheOptions> = {},
) {
  const sites = shortLivedCache<Site | undefined>({
    ttlMs: recentSiteMs,
    maxEntries: 500,
    ...options,
  });
  return {
    siteOf: (siteId: string) => sites.get(siteId, () => getSite(db, tableName, siteId)),
  };
}

/**
 * The nearest sites offering a service around a site, as this container last read them: the
 * site's own item of its nearest (sites-near.ts in the store: one GetItem, worked out when sites
 * are added), or, for a site stored before those items were kept, the geohash search (up to 18
 * Queries on partitions a whole city shares). Sites open, move or stop offering a service
 * rarely, never in a way a few minutes matter to: a new site appears in a warm container's
 * answers within `recentSiteMs`. Keyed by site, as the slot pages search around the patient's
 * practice; every patient of a practice shares one read.
 */
export function recentSitesNear(
  db: DynamoDBDocumentClient,
  tableName: string,
  options: Partial<ShortLivedCacheOptions> = {},
) {
  // A few hundred practices per container at most: a few hundred KB.
  const searches = shortLivedCache<Ranked<Site>[]>({
    ttlMs: recentSiteMs,
    maxEntries: 500,
    ...options,
  });
  const items = shortLivedCache<SitesNearRecord | undefined>({
    ttlMs: recentSiteMs,
    maxEntries: 500,
    ...options,
  });
  const sitesNearOf = (siteId: string, service: ServiceCode) =>
    items.get(`${service}|${siteId}`, () => getSitesNear(db, tableName, siteId, service));
  return {
    sitesNearOf,
    sitesNear: (service: ServiceCode, home: Site, limit: number) =>
      searches.get(`${service}|${home.id}|${limit}`, async () => {
        const kept = await sitesNearOf(home.id, service);
        if (kept && limit <= sitesNearKept) return kept.near.slice(0, limit);
        const { results } = await searchNearest(
          home.location,
          (cells) => findSitesOffering(db, tableName, service, cells),
          limit,
        );
        return results;
      }),
  };
}
