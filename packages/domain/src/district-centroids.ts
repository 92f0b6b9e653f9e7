import type { LatLng } from "./geo.ts";
import { demoPostcodeDistrictsCsv } from "./postcode-districts.data.ts";

export type DistrictCentroids = ReadonlyMap<string, LatLng>;

/** Parses `outcode,lat,lng` rows; `#` lines and the header are skipped. */
export function parseDistrictCentroids(csv: string): DistrictCentroids {
  const table = new Map<string, LatLng>();
  for (const raw of csv.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith("outcode,")) continue;
    const [outcode, lat, lng] = line.split(",");
    const point = { lat: Number(lat), lng: Number(lng) };
    if (!outcode || !Number.isFinite(point.lat) || !Number.isFinite(point.lng)) {
      throw new Error(`bad postcode district row: ${line}`);
    }
    table.set(outcode.toUpperCase(), point);
  }
  return table;
}

let demoTable: DistrictCentroids | undefined;

/** The demo area's table, parsed on first use. */
export function demoDistrictCentroids(): DistrictCentroids {
  demoTable ??= parseDistrictCentroids(demoPostcodeDistrictsCsv);
  return demoTable;
}
