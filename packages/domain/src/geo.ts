export interface LatLng {
  lat: number;
  lng: number;
}

const earthRadiusKm = 6371.0088;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const kmToMiles = (km: number) => km / 1.609344;

const base32 = "0123456789bcdefghjkmnpqrstuvwxyz";

/**
 * Geohash of a point. Sites are indexed by the 4-character cell they fall in (about
 * 39 km × 19.5 km in England), so a search reads the patient's cell and its eight neighbours:
 * a cost that depends on how many sites are near, never on how many exist nationally.
 */
export function geohash(point: LatLng, precision: number): string {
  let latRange: [number, number] = [-90, 90];
  let lngRange: [number, number] = [-180, 180];
  let hash = "";
  let bits = 0;
  let bitCount = 0;
  let evenBit = true;
  while (hash.length < precision) {
    const range = evenBit ? lngRange : latRange;
    const value = evenBit ? point.lng : point.lat;
    const mid = (range[0] + range[1]) / 2;
    bits <<= 1;
    if (value >= mid) {
      bits |= 1;
      range[0] = mid;
    } else {
      range[1] = mid;
    }
    if (evenBit) lngRange = range;
    else latRange = range;
    evenBit = !evenBit;
    if (++bitCount === 5) {
      hash += base32[bits];
      bits = 0;
      bitCount = 0;
    }
  }
  return hash;
}

/** The bounding box of a geohash cell. */
export function geohashBounds(hash: string): {
  south: number;
  north: number;
  west: number;
  east: number;
} {
  const lat: [number, number] = [-90, 90];
  const lng: [number, number] = [-180, 180];
  let evenBit = true;
  for (const char of hash) {
    const index = base32.indexOf(char);
    if (index < 0) throw new Error(`not a geohash character: ${char}`);
    for (let bit = 4; bit >= 0; bit--) {
      const on = ((index >> bit) & 1) === 1;
      const range = evenBit ? lng : lat;
      const mid = (range[0] + range[1]) / 2;
      if (on) range[0] = mid;
      else range[1] = mid;
      evenBit = !evenBit;
    }
  }
  return { south: lat[0], north: lat[1], west: lng[0], east: lng[1] };
}

/** The cell and its eight neighbours (fewer at the poles), without duplicates. */
export function geohashWithNeighbours(hash: string): string[] {
  const { south, north, west, east } = geohashBounds(hash);
  const height = north - south;
  const width = east - west;
  const centre = { lat: (south + north) / 2, lng: (west + east) / 2 };
  const cells = new Set<string>();
  for (const dLat of [-1, 0, 1]) {
    for (const dLng of [-1, 0, 1]) {
      const lat = centre.lat + dLat * height;
      if (lat <= -90 || lat >= 90) continue;
      let lng = centre.lng + dLng * width;
      if (lng > 180) lng -= 360;
      if (lng < -180) lng += 360;
      cells.add(geohash({ lat, lng }, hash.length));
    }
  }
  return [...cells];
}
