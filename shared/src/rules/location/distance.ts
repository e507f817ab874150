import type { AreaGeometry, LatLon, Position } from "../../model/geo.ts";

const EARTH_RADIUS_M = 6_371_000;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres. */
export function distanceM(a: LatLon, b: LatLon): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

function outerRings(geometry: AreaGeometry): Position[][] {
  const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polys.map((p) => p[0]).filter((r): r is Position[] => r !== undefined && r.length >= 4);
}

function inRing(ring: Position[], at: LatLon): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > at.lat !== yj > at.lat && at.lon < ((xj - xi) * (at.lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Metres from a point to an area: 0 inside its outer rings, else to the nearest edge. Edges are
 * measured on a flat projection around the point (good to a few metres over a village's size;
 * only compared with a threshold of kilometres beyond that).
 */
export function distanceToAreaM(at: LatLon, geometry: AreaGeometry): number {
  const rings = outerRings(geometry);
  if (rings.some((r) => inRing(r, at))) return 0;
  const kx = 111_320 * Math.cos(rad(at.lat));
  const ky = 110_574;
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const ax = (ring[i]![0] - at.lon) * kx;
      const ay = (ring[i]![1] - at.lat) * ky;
      const bx = (ring[i + 1]![0] - at.lon) * kx;
      const by = (ring[i + 1]![1] - at.lat) * ky;
      const dx = bx - ax;
      const dy = by - ay;
      const len = dx * dx + dy * dy;
      const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}
