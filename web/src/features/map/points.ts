import type { Household } from "@shared/model/index.ts";
import type { HouseholdAssessment } from "@shared/rules/index.ts";
import { areaKeyOf, centroidOf, parseAreaKey, type Area, type LatLon } from "@shared/model/geo.ts";

/** What a point's colour says, most urgent first. */
export const STATUSES = ["stunting", "unmet", "krs", "met", "other"] as const;
export type PointStatus = (typeof STATUSES)[number];

export const STATUS_COLOURS: Record<PointStatus, string> = {
  stunting: "#b3261e",
  unmet: "#e8710a",
  krs: "#c9a400",
  met: "#1f8a4c",
  other: "#6b7280",
};

export interface NeedLike {
  id: string;
  familyId: string;
  rt: number | null;
  rw: number | null;
  closed: boolean;
}

export interface PointFeature {
  type: "Feature";
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: { id: string; status: PointStatus; colour: string };
}

export interface PointCollection {
  type: "FeatureCollection";
  features: PointFeature[];
}

export function householdStatus(a: HouseholdAssessment, needs: NeedLike[]): PointStatus {
  if (a.stunting !== null) return "stunting";
  if (needs.some((n) => !n.closed)) return "unmet";
  if (a.screening.isKrs) return "krs";
  if (needs.length > 0) return "met";
  return "other";
}

export function needsByFamily(needs: NeedLike[]): Map<string, NeedLike[]> {
  const out = new Map<string, NeedLike[]>();
  for (const n of needs) out.set(n.familyId, [...(out.get(n.familyId) ?? []), n]);
  return out;
}

const point = (lon: number, lat: number, id: string, status: PointStatus): PointFeature => ({
  type: "Feature",
  geometry: { type: "Point", coordinates: [lon, lat] },
  properties: { id, status, colour: STATUS_COLOURS[status] },
});

/** The located families among `households` (already filtered), as points coloured by status. */
export function householdPoints(households: Household[], assess: (h: Household) => HouseholdAssessment, needs: Map<string, NeedLike[]>): PointCollection {
  const features: PointFeature[] = [];
  for (const h of households) {
    if (h.lat === null || h.lon === null) continue;
    features.push(point(h.lon, h.lat, h.id, householdStatus(assess(h), needs.get(h.id) ?? [])));
  }
  return { type: "FeatureCollection", features };
}

/**
 * Where each RT sits for a device without the roster, by area key (areaKeyOf: "3/1", or "3" without its
 * RW): its drawn area's centroid, else the stored mean of its families.
 */
export function rtPlaces(areas: Area[], positions: Record<string, LatLon>): Map<string, LatLon> {
  const out = new Map<string, LatLon>();
  for (const [key, p] of Object.entries(positions)) out.set(key, p);
  for (const a of areas) {
    const c = a.rt !== null ? centroidOf(a.geometry) : null;
    if (a.rt !== null && c) out.set(areaKeyOf(a.rt, a.rw), c);
  }
  return out;
}

/**
 * The place of a need's RT: its RT of its RW; an area or position without an RW where the village's
 * are drawn without (its RT numbers do not repeat); for a need without its RW (published before needs
 * carried it), its RT only where one place has that number.
 */
function placeOf(n: NeedLike, places: Map<string, LatLon>): string | null {
  if (n.rt === null) return null;
  if (n.rw !== null && places.has(areaKeyOf(n.rt, n.rw))) return areaKeyOf(n.rt, n.rw);
  if (places.has(areaKeyOf(n.rt, null))) return areaKeyOf(n.rt, null);
  if (n.rw !== null) return null;
  const same = [...places.keys()].filter((key) => parseAreaKey(key)?.rt === n.rt);
  return same.length === 1 ? same[0]! : null;
}

/** One point per RT with needs (the id is "rt-<area key>"), coloured unmet while any of its needs is open. */
export function rtNeedPoints(needs: NeedLike[], places: Map<string, LatLon>): { points: PointCollection; byRt: Map<string, NeedLike[]>; missing: number } {
  const byRt = new Map<string, NeedLike[]>();
  let missing = 0;
  for (const n of needs) {
    const key = placeOf(n, places);
    if (key === null) {
      missing += 1;
      continue;
    }
    byRt.set(key, [...(byRt.get(key) ?? []), n]);
  }
  const features = [...byRt].map(([key, list]) => {
    const p = places.get(key)!;
    return point(p.lon, p.lat, `rt-${key}`, list.some((n) => !n.closed) ? "unmet" : "met");
  });
  return { points: { type: "FeatureCollection", features }, byRt, missing };
}

/** [[west, south], [east, north]] around every point and area, or null when there is nothing to show. */
export function boundsOf(points: PointCollection, areas: Area[]): [[number, number], [number, number]] | null {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const f of points.features) {
    xs.push(f.geometry.coordinates[0]);
    ys.push(f.geometry.coordinates[1]);
  }
  for (const a of areas) {
    const polys = a.geometry.type === "Polygon" ? [a.geometry.coordinates] : a.geometry.coordinates;
    for (const ring of polys.flatMap((p) => p))
      for (const [x, y] of ring) {
        xs.push(x);
        ys.push(y);
      }
  }
  if (xs.length === 0) return null;
  // a loop, not Math.min(...xs): spreading 20,000 points into arguments can overflow the stack
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < xs.length; i++) {
    minX = Math.min(minX, xs[i]!);
    maxX = Math.max(maxX, xs[i]!);
    minY = Math.min(minY, ys[i]!);
    maxY = Math.max(maxY, ys[i]!);
  }
  return [
    [minX, minY],
    [maxX, maxY],
  ];
}
