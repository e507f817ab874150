import type { Area, LatLon } from "../../model/geo.ts";
import { distanceM, distanceToAreaM } from "./distance.ts";
import { INDONESIA, inBox, provinceOf, type Box, type Province } from "./provinces.ts";

/**
 * Is a house's location in its village? (issue 14, item 6: one tap on a blank map saved a house
 * 1,000 km away, and the map then fitted that point for everyone.) Pure rules over plain data:
 *
 * - The reference, strongest first: the RT areas (and boundary) the lurah imported; else the
 *   bulk of the village's other located families; else the province of the kode wilayah; else none.
 * - A point farther than `maxDistanceKm` from the areas, or from the nearest family of the bulk,
 *   is refused; so is one outside the province's box or outside Indonesia. Against only one or two
 *   located families a far point is not refused but must be confirmed: either could be the wrong one.
 * - The bulk: located families inside Indonesia and the province, near the areas when there are
 *   any, else within max(maxDistanceKm, 3 x the median distance) of the families' median point
 *   (with three or more; fewer have no bulk to stray from). The rest are outliers, "lokasi
 *   meragukan": the map fits the bulk and lists them for the pokja to fix.
 * The distance is a setting (villages differ in size, from a city kelurahan to a Kalimantan desa).
 */
export const DEFAULT_MAX_DISTANCE_KM = 10;
export const MAX_DISTANCE_RANGE_KM = { min: 1, max: 200 } as const;
/** With fewer located families than this, a far point is confirmed rather than refused. */
export const FIRM_FAMILY_COUNT = 3;

export interface Located extends LatLon {
  id: string;
}

export interface VillageContext {
  areas: Area[];
  /** the village's located families (the one being placed may be among them: it is left out) */
  families: Located[];
  kodeWilayah: string;
  maxDistanceKm: number;
}

export type PlaceCheck =
  | { verdict: "inside"; area: Area }
  | { verdict: "nearArea"; area: Area; meters: number }
  | { verdict: "nearFamilies"; meters: number; families: number }
  | { verdict: "inProvince"; province: string }
  | { verdict: "unchecked" }
  | { verdict: "far"; from: "indonesia" | "province" | "areas" | "families"; meters: number; province?: string; firm: boolean };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function nearestArea(at: LatLon, areas: Area[]): { area: Area; meters: number } | null {
  let best: { area: Area; meters: number } | null = null;
  for (const area of areas) {
    const meters = distanceToAreaM(at, area.geometry);
    // an RT area before the boundary when the point is in both
    if (!best || meters < best.meters || (meters === best.meters && best.area.rt === null && area.rt !== null)) best = { area, meters };
  }
  return best;
}

function sane(at: LatLon, province: Province | null): boolean {
  return inBox(INDONESIA, at) && (province === null || inBox(province.box, at));
}

/** The bulk of the located families and the outliers ("lokasi meragukan"), each in input order. */
export function splitOutliers<T extends Located>(families: T[], ctx: Omit<VillageContext, "families">): { bulk: T[]; outliers: T[] } {
  const province = provinceOf(ctx.kodeWilayah);
  const maxM = ctx.maxDistanceKm * 1000;
  const keep = new Set<T>(families.filter((f) => sane(f, province)));
  if (ctx.areas.length > 0) {
    for (const f of keep) if ((nearestArea(f, ctx.areas)?.meters ?? 0) > maxM) keep.delete(f);
  } else if (keep.size >= FIRM_FAMILY_COUNT) {
    const list = [...keep];
    const centre = { lat: median(list.map((f) => f.lat)), lon: median(list.map((f) => f.lon)) };
    const distances = list.map((f) => distanceM(centre, f));
    const limit = Math.max(maxM, 3 * median(distances));
    list.forEach((f, i) => {
      if (distances[i]! > limit) keep.delete(f);
    });
  }
  return { bulk: families.filter((f) => keep.has(f)), outliers: families.filter((f) => !keep.has(f)) };
}

/** What a tapped (or GPS) location would be for `familyId`'s house, before it is saved. */
export function checkPlace(at: LatLon, familyId: string, ctx: VillageContext): PlaceCheck {
  const province = provinceOf(ctx.kodeWilayah);
  const maxM = ctx.maxDistanceKm * 1000;
  if (!inBox(INDONESIA, at)) return { verdict: "far", from: "indonesia", meters: 0, firm: true };
  if (province && !inBox(province.box, at)) return { verdict: "far", from: "province", meters: 0, province: province.name, firm: true };
  const area = nearestArea(at, ctx.areas);
  if (area) {
    if (area.meters === 0) return { verdict: "inside", area: area.area };
    if (area.meters <= maxM) return { verdict: "nearArea", area: area.area, meters: area.meters };
    return { verdict: "far", from: "areas", meters: area.meters, firm: true };
  }
  const { bulk } = splitOutliers(ctx.families.filter((f) => f.id !== familyId), ctx);
  if (bulk.length > 0) {
    let meters = Infinity;
    for (const f of bulk) meters = Math.min(meters, distanceM(at, f));
    if (meters <= maxM) return { verdict: "nearFamilies", meters, families: bulk.length };
    return { verdict: "far", from: "families", meters, firm: bulk.length >= FIRM_FAMILY_COUNT };
  }
  if (province) return { verdict: "inProvince", province: province.name };
  return { verdict: "unchecked" };
}

/** May the location be saved (after the person confirms)? A firm "far" may not. */
export function maySave(check: PlaceCheck): boolean {
  return check.verdict !== "far" || !check.firm;
}

/**
 * What the map shows first and returns to ("pusatkan"): the areas and the bulk of the points;
 * with neither, the province; with no province, null (the caller shows all of Indonesia).
 */
export function villageBounds(points: LatLon[], areas: Area[], kodeWilayah: string): [[number, number], [number, number]] | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (lon: number, lat: number) => {
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  };
  for (const p of points) add(p.lon, p.lat);
  for (const a of areas) {
    const polys = a.geometry.type === "Polygon" ? [a.geometry.coordinates] : a.geometry.coordinates;
    for (const ring of polys.flatMap((p) => p)) for (const [x, y] of ring) add(x, y);
  }
  if (w === Infinity) {
    const box: Box | undefined = provinceOf(kodeWilayah)?.box;
    if (!box) return null;
    [w, s, e, n] = box;
  }
  return [
    [w, s],
    [e, n],
  ];
}
