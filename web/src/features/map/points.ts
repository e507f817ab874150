import type { Household } from "@shared/model/index.ts";
import type { HouseholdAssessment } from "@shared/rules/index.ts";
import { centroidOf, type Area, type LatLon } from "@shared/model/geo.ts";

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

/** Where an RT sits for a device without the roster: its drawn area's centroid, else the stored mean of its families. */
export function rtPlaces(areas: Area[], positions: Record<number, LatLon>): Map<number, LatLon> {
  const out = new Map<number, LatLon>();
  for (const [rt, p] of Object.entries(positions)) out.set(Number(rt), p);
  for (const a of areas) {
    const c = a.rt !== null ? centroidOf(a.geometry) : null;
    if (a.rt !== null && c) out.set(a.rt, c);
  }
  return out;
}

export interface RtNeeds {
  rt: number;
  needs: NeedLike[];
}

/** One point per RT with needs (the id is "rt-<n>"), coloured unmet while any of its needs is open. */
export function rtNeedPoints(needs: NeedLike[], places: Map<number, LatLon>): { points: PointCollection; byRt: Map<number, NeedLike[]>; missing: number } {
  const byRt = new Map<number, NeedLike[]>();
  let missing = 0;
  for (const n of needs) {
    if (n.rt === null || !places.has(n.rt)) {
      missing += 1;
      continue;
    }
    byRt.set(n.rt, [...(byRt.get(n.rt) ?? []), n]);
  }
  const features = [...byRt].map(([rt, list]) => {
    const p = places.get(rt)!;
    return point(p.lon, p.lat, `rt-${rt}`, list.some((n) => !n.closed) ? "unmet" : "met");
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
