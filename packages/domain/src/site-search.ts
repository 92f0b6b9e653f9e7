import { distanceKm, geohash, geohashWithNeighbours, type LatLng } from "./geo.ts";

/**
 * Two rings of search. A 3×3 block of 4-character geohash cells always reaches at least
 * 19.5 km from its centre cell in Great Britain (cells are 19.5 km tall and 21–25 km wide at
 * 50–56°N); a block of 3-character cells reaches at least 85 km. Results are cut at those radii
 * so that "nearest first" is never wrong at the edge of a block.
 */
export const searchRings = [
  { precision: 4, radiusKm: 19 },
  { precision: 3, radiusKm: 85 },
] as const;

export interface Located {
  id: string;
  name: string;
  location: LatLng;
}

export interface Ranked<T> {
  item: T;
  distanceKm: number;
}

/** Nearest first; ties broken by name so the order is stable. */
export function rankByDistance<T extends Located>(
  origin: LatLng,
  items: readonly T[],
  withinKm: number,
): Ranked<T>[] {
  return items
    .map((item) => ({ item, distanceKm: distanceKm(origin, item.location) }))
    .filter((ranked) => ranked.distanceKm <= withinKm)
    .sort((a, b) => a.distanceKm - b.distanceKm || a.item.name.localeCompare(b.item.name));
}

/**
 * Finds up to `limit` items nearest to `origin`, reading the near ring first and widening only
 * when it holds fewer than `limit`. `lookup` fetches the items in a set of geohash cells.
 */
export async function searchNearest<T extends Located>(
  origin: LatLng,
  lookup: (cells: string[]) => Promise<T[]>,
  limit: number,
): Promise<{ results: Ranked<T>[]; searchedWithinKm: number }> {
  let results: Ranked<T>[] = [];
  let searchedWithinKm = 0;
  for (const ring of searchRings) {
    const cells = geohashWithNeighbours(geohash(origin, ring.precision));
    results = rankByDistance(origin, await lookup(cells), ring.radiusKm);
    searchedWithinKm = ring.radiusKm;
    if (results.length >= limit) break;
  }
  return { results: results.slice(0, limit), searchedWithinKm };
}

/** The widest ring: no search reaches past it. */
export const widestSearchKm = searchRings[searchRings.length - 1]?.radiusKm ?? 85;

/**
 * What searchNearest finds, worked out from candidates already in hand (every one within
 * widestSearchKm included): the nearest `limit` within the widest ring, ties by name. The near
 * ring's block holds everything within its radius, so when it has `limit` results they are
 * these; when it has fewer the search widens to exactly these.
 */
export function nearestOf<T extends Located>(
  origin: LatLng,
  candidates: readonly T[],
  limit: number,
): Ranked<T>[] {
  return rankByDistance(origin, candidates, widestSearchKm).slice(0, limit);
}
