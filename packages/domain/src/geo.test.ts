import { describe, expect, it } from "vitest";
import { distanceKm, geohash, geohashBounds, geohashWithNeighbours, kmToMiles } from "./geo.ts";
import { rankByDistance, searchNearest, searchRings } from "./site-search.ts";

const leeds = { lat: 53.7966, lng: -1.5479 };
const york = { lat: 53.959, lng: -1.0815 };

describe("distance", () => {
  it("measures Leeds to York as about 34 km", () => {
    expect(distanceKm(leeds, york)).toBeGreaterThan(33);
    expect(distanceKm(leeds, york)).toBeLessThan(36);
    expect(distanceKm(leeds, leeds)).toBe(0);
  });

  it("converts to miles", () => {
    expect(kmToMiles(1.609344)).toBeCloseTo(1, 10);
  });
});

describe("geohash", () => {
  it("matches the published example (57.64911, 10.40744) → u4pruydqqvj", () => {
    expect(geohash({ lat: 57.64911, lng: 10.40744 }, 11)).toBe("u4pruydqqvj");
  });

  it("puts a point inside its own cell's bounds", () => {
    const cell = geohash(leeds, 6);
    const box = geohashBounds(cell);
    expect(leeds.lat).toBeGreaterThanOrEqual(box.south);
    expect(leeds.lat).toBeLessThan(box.north);
    expect(leeds.lng).toBeGreaterThanOrEqual(box.west);
    expect(leeds.lng).toBeLessThan(box.east);
  });

  it("gives nine distinct cells around a cell, including itself", () => {
    const cell = geohash(leeds, 4);
    const cells = geohashWithNeighbours(cell);
    expect(cells).toHaveLength(9);
    expect(new Set(cells).size).toBe(9);
    expect(cells).toContain(cell);
  });

  it("covers every point within each ring's radius (sampled around Great Britain)", () => {
    for (const origin of [leeds, york, { lat: 50.1, lng: -5.5 }, { lat: 55.9, lng: -3.2 }]) {
      for (const ring of searchRings) {
        const cells = new Set(geohashWithNeighbours(geohash(origin, ring.precision)));
        for (let bearing = 0; bearing < 360; bearing += 15) {
          const point = offset(origin, ring.radiusKm, bearing);
          expect(cells.has(geohash(point, ring.precision)), `${ring.precision} ${bearing}`).toBe(
            true,
          );
        }
      }
    }
  });
});

describe("nearest search", () => {
  const sites = [
    { id: "york", name: "York", location: york },
    { id: "leeds", name: "Leeds", location: { lat: 53.8, lng: -1.55 } },
    { id: "armley", name: "Armley", location: { lat: 53.7985, lng: -1.5935 } },
  ];

  it("ranks nearest first and drops what is beyond the radius", () => {
    const ranked = rankByDistance(leeds, sites, 19);
    expect(ranked.map((r) => r.item.id)).toEqual(["leeds", "armley"]);
  });

  it("widens to the outer ring only when the near ring has too few", async () => {
    const asked: number[] = [];
    const lookup = async (cells: string[]) => {
      asked.push(cells[0]?.length ?? 0);
      return sites;
    };
    const few = await searchNearest(leeds, lookup, 3);
    expect(asked).toEqual([4, 3]);
    expect(few.searchedWithinKm).toBe(85);
    expect(few.results.map((r) => r.item.id)).toEqual(["leeds", "armley", "york"]);

    asked.length = 0;
    const enough = await searchNearest(leeds, lookup, 2);
    expect(asked).toEqual([4]);
    expect(enough.searchedWithinKm).toBe(19);
  });
});

/** A point `km` away on a bearing, by the spherical destination formula. */
function offset(origin: { lat: number; lng: number }, km: number, bearingDegrees: number) {
  const r = 6371.0088;
  const d = km / r;
  const b = (bearingDegrees * Math.PI) / 180;
  const lat1 = (origin.lat * Math.PI) / 180;
  const lng1 = (origin.lng * Math.PI) / 180;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
  const lng2 =
    lng1 +
    Math.atan2(
      Math.sin(b) * Math.sin(d) * Math.cos(lat1),
      Math.cos(d) - Math.sin(lat1) * Math.sin(lat2),
    );
  return { lat: (lat2 * 180) / Math.PI, lng: (lng2 * 180) / Math.PI };
}
