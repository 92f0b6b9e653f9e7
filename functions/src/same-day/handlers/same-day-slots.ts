import type { OfferedSlot, routes, SameDaySiteSlots, ServiceCode } from "@front-door/contracts";
import {
  InvalidInput,
  kmToMiles,
  londonToday,
  NotFound,
  type Ranked,
  sameDayOffer,
  searchNearest,
  spreadAlternatives,
  todaysStartWindow,
  toLondon,
} from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import {
  findSitesOffering,
  getSite,
  getSitesNear,
  type OpenSlot,
  openSlotsOn,
  type Site,
  type SitesNearRecord,
  type SlotRecord,
  siteOfRequestId,
} from "@front-door/store";
import {
  ownRequest,
  requireOpenToday,
  type SameDayDeps,
  sameDayService,
} from "./same-day-own-request.ts";

/** The registered site and the nearest others: enough to choose, few enough to read. */
export const maxSameDaySites = 5;
/**
 * The most times read and listed at one site: the soonest. 48 index entries of about 250 bytes
 * (a held one, the largest) fit in three 4 KB blocks, 1.5 read units: five sites and the
 * request stay within 10 units however many times a site has free (docs/data-model.md).
 */
export const maxTimesPerSite = 48;
/** How many free times a 409 for a taken slot suggests instead. */
export const maxAlternatives = 5;

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

export function offeredSlot(
  slot: Pick<
    SlotRecord,
    "id" | "siteId" | "channel" | "start" | "end" | "localDate" | "localStart"
  >,
): OfferedSlot {
  return {
    id: slot.id,
    siteId: slot.siteId,
    channel: slot.channel,
    start: slot.start,
    end: slot.end,
    localDate: slot.localDate,
    localStart: slot.localStart,
    localEnd: toLondon(slot.end).time,
  };
}

/**
 * A site's soonest same-day GP slots that may be free today and start after the minimum
 * notice, at most maxTimesPerSite: one Query of the open slots' index, which never reads
 * booked, blocked or past slots, nor other services'.
 */
export const openSameDaySlots = (
  deps: Pick<SameDayDeps, "db" | "tableName">,
  siteId: string,
  now: Date,
  /** Only slots starting after this instant (the last one a previous page listed). */
  after?: string,
) => {
  const from = todaysStartWindow(now).from;
  // Index sort keys are the slots' ISO starts (milliseconds included): 1 ms on is "after".
  const afterNext = after ? new Date(Date.parse(after) + 1).toISOString() : undefined;
  return openSlotsOn(deps.db, deps.tableName, {
    siteId,
    service: sameDayService,
    localDate: londonToday(now),
    from: afterNext && afterNext > from ? afterNext : from,
    limit: maxTimesPerSite,
  });
};

/**
 * A site's same-day GP slots a patient may take today, by channel, soonest first; and, when
 * the read stopped at maxTimesPerSite, the start it stopped at, for the next page.
 */
async function offerAt(deps: SameDayDeps, siteId: string, now: Date, after?: string) {
  const open = await openSameDaySlots(deps, siteId, now, after);
  const laterAfter = open.length >= maxTimesPerSite ? open[open.length - 1]?.start : undefined;
  return { offer: sameDayOffer(open, now), laterAfter };
}

/** Where a hold's 409 finds the free times it suggests, and how it picks among them. */
export interface AlternativesDeps extends SameDayDeps {
  /**
   * A site's same-day GP slots that may be free today (openSameDaySlots). The hold function
   * passes a short-lived cache of reads (see same-day-hold-create.ts): suggestions may be a
   * moment old, as a hold is conditional anyway. Default: a Query each time.
   */
  openSameDaySlots?: (siteId: string, now: Date) => Promise<OpenSlot[]>;
  /** As Math.random (the default); tests pass their own. */
  random?: () => number;
}

/**
 * Free times at a site today for a patient whose choice was just taken: up to five, chosen at
 * random among all that are free and listed soonest first, so that the patients who lost one
 * time are not all sent on to the same next five.
 */
export async function alternativesAt(
  deps: AlternativesDeps,
  siteId: string,
  excludeSlotId: string,
): Promise<OfferedSlot[]> {
  const now = deps.now();
  const read =
    deps.openSameDaySlots ?? ((site: string, at: Date) => openSameDaySlots(deps, site, at));
  const open = await read(siteId, now);
  const free = sameDayOffer(
    open.filter((slot) => slot.id !== excludeSlotId),
    now,
  ).channels.flatMap((group) => group.slots);
  return spreadAlternatives(free, maxAlternatives, deps.random ?? Math.random).map(offeredSlot);
}

export function nextStepsFor(requestId: string) {
  return {
    callback: {
      method: "POST" as const,
      path: `/api/same-day/requests/${requestId}/callback`,
      description: "Ask your practice to call you back today",
    },
    waitingList: {
      method: "POST" as const,
      path: "/api/same-day/waiting-list",
      description:
        "Join the waiting list: if a time frees up today, we hold it for you and tell you",
    },
  };
}

/** What the slot pages read through copies kept in the function (see recent-reads.ts). */
export interface SitesNearDeps extends SameDayDeps {
  /**
   * The nearest sites offering a service around a site, nearest first. The entries pass a
   * short-lived cache of searches; default: the geohash search (up to 18 Queries) each time.
   */
  sitesNear?: (service: ServiceCode, home: Site, limit: number) => Promise<Ranked<Site>[]>;
  /** A site's details; the entries pass a short-lived cache. Default: a GetItem each time. */
  siteOf?: (siteId: string) => Promise<Site | undefined>;
  /**
   * A site's item of its nearest (with the site itself), for the same-day slot page: the entry
   * passes a short-lived cache of them. Default: a GetItem each time.
   */
  sitesNearOf?: (siteId: string, service: ServiceCode) => Promise<SitesNearRecord | undefined>;
}

async function searchSitesNear(
  deps: SameDayDeps,
  service: ServiceCode,
  home: Site,
  limit: number,
): Promise<Ranked<Site>[]> {
  const { results } = await searchNearest(
    home.location,
    (cells) => findSitesOffering(deps.db, deps.tableName, service, cells),
    limit,
  );
  return results;
}

/** A site's details, through the function's copy when it keeps one. */
export const siteFor = (deps: SitesNearDeps, siteId: string) =>
  deps.siteOf ? deps.siteOf(siteId) : getSite(deps.db, deps.tableName, siteId);

/**
 * Today's free same-day GP times at `home` and the nearest other sites offering them, nearest
 * first (home first of all), by channel, in London time. Sites with nothing free are left out.
 * With the function's copies warm, its only reads are the sites' days, all at once.
 */
export async function sameDaySitesNear(
  deps: SitesNearDeps,
  home: Site,
  now: Date,
  /** Later times at one of these sites only: its id and the last start already listed. */
  later?: { siteId: string; after?: string },
): Promise<SameDaySiteSlots[]> {
  const results = await (deps.sitesNear ?? ((...args) => searchSitesNear(deps, ...args)))(
    sameDayService,
    home,
    maxSameDaySites,
  );
  const nearest = [
    { item: home, distanceKm: 0 },
    ...results.filter((ranked) => ranked.item.id !== home.id),
  ]
    .slice(0, maxSameDaySites)
    .filter(({ item }) => !later || item.id === later.siteId);
  if (later && nearest.length === 0) {
    throw new NotFound("That place is not one of those near you offering appointments today");
  }
  const offers = await Promise.all(
    nearest.map(({ item }) => offerAt(deps, item.id, now, later?.after)),
  );
  const sites: SameDaySiteSlots[] = [];
  nearest.forEach(({ item, distanceKm }, index) => {
    const { offer, laterAfter } = offers[index] ?? {};
    if (!offer || offer.total === 0) return;
    sites.push({
      site: {
        id: item.id,
        name: item.name,
        address: item.address,
        phone: item.phone,
        registered: item.id === home.id,
        distance: { km: oneDecimal(distanceKm), miles: oneDecimal(kmToMiles(distanceKm)) },
      },
      channels: offer.channels.map((group) => ({
        channel: group.channel,
        slots: group.slots.map(offeredSlot),
      })),
      ...(laterAfter ? { laterAfter } : {}),
    });
  });
  return sites;
}

/**
 * The one site whose later times a page asked for (its "Show later times"), if it asked: a
 * start to list after makes no sense without the site it came from.
 */
export function laterTimesAsked(query: {
  siteId?: string | undefined;
  after?: string | undefined;
}): { siteId: string; after?: string } | undefined {
  if (query.after && !query.siteId) {
    throw new InvalidInput("Say which place to show later times at", [
      { path: "siteId", message: "Choose a place from the list" },
    ]);
  }
  return query.siteId
    ? { siteId: query.siteId, ...(query.after ? { after: query.after } : {}) }
    : undefined;
}

/**
 * Free same-day slots today at the patient's registered site and the nearest other sites
 * offering same-day GP appointments, nearest first, by channel, in London time. When nothing is
 * free anywhere, the answer is still a way forward: the call-back queue and the waiting list.
 */
export function makeSameDaySlots(deps: SitesNearDeps): RouteHandler<typeof routes.sameDaySlots> {
  return async ({ principal, query }) => {
    const now = deps.now();
    // The site's item of its nearest beside the request, by the site a request's id begins
    // with (see recordSameDayRequest): a cold function reads the request and the sites near it
    // at once, then the sites' days. The request's own siteId is what counts.
    const nearOf = (siteId: string) =>
      deps.sitesNearOf
        ? deps.sitesNearOf(siteId, sameDayService)
        : getSitesNear(deps.db, deps.tableName, siteId, sameDayService);
    const guessedSiteId = siteOfRequestId(query.requestId);
    const guessedNear = guessedSiteId ? nearOf(guessedSiteId) : undefined;
    guessedNear?.catch(() => {});
    const request = await ownRequest(deps, principal.patientId, query.requestId);
    requireOpenToday(request, now);
    const near = await (request.siteId === guessedSiteId ? guessedNear : nearOf(request.siteId));
    const home = near?.home ?? (await siteFor(deps, request.siteId));
    if (!home) throw new Error("a request's site is missing");
    const sites = await sameDaySitesNear(
      near
        ? { ...deps, sitesNear: async (_service, _home, limit) => near.near.slice(0, limit) }
        : deps,
      home,
      now,
      laterTimesAsked(query),
    );
    return {
      body: {
        requestId: request.id,
        localDate: londonToday(now),
        sites,
        ...(sites.length === 0
          ? {
              message:
                "There are no same-day appointments free near you right now. Ask your practice to call you back today, or join the waiting list and we will hold a time for you if one frees up. If you need help urgently, call 111, or 999 in an emergency.",
            }
          : {}),
        nextSteps: nextStepsFor(request.id),
      },
    };
  };
}
