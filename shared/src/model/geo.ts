/**
 * The workspace's boundary and RT areas (issue 6), as GeoJSON the lurah draws
 * elsewhere or imports. Pure: validation, centroids and the RT positions OPD
 * devices place needs at (never a household's own point).
 */
export type Position = [number, number];
export type Ring = Position[];
export interface PolygonGeometry {
  type: "Polygon";
  coordinates: Ring[];
}
export interface MultiPolygonGeometry {
  type: "MultiPolygon";
  coordinates: Ring[][];
}
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

/**
 * One imported feature: an RT area (rt set) or the workspace boundary (rt null, boundary). RT numbers repeat
 * across a desa's RWs (RT 1 of RW 1 and RT 1 of RW 2 are two places), so an area says its RW where the file
 * does; `rw` null: a file without RWs (a desa whose RT numbers do not repeat).
 */
export interface Area {
  rt: number | null;
  rw: number | null;
  boundary: boolean;
  name: string;
  geometry: AreaGeometry;
  /** the file's other properties, kept so an export gives back what was imported */
  properties: Record<string, string | number | boolean | null>;
}

export interface LatLon {
  lat: number;
  lon: number;
}

/** Why a file was refused; `feature` is 1-based, as a person counts. */
export type GeoProblem =
  | { code: "json" }
  | { code: "notCollection" }
  | { code: "empty" }
  | { code: "tooMany"; max: number }
  | { code: "geometry"; feature: number; type: string }
  | { code: "coordinates"; feature: number }
  | { code: "noRt"; feature: number }
  | { code: "duplicateRt"; feature: number; rt: number; rw: number | null };

export const MAX_AREAS = 500;
const MAX_POINTS = 20_000;
const RT_KEYS = ["rt", "RT", "Rt", "no_rt", "NO_RT", "nomor_rt"];
const RW_KEYS = ["rw", "RW", "Rw", "no_rw", "NO_RW", "nomor_rw"];

/**
 * Where an RT is on the map, as a key: "3/1" for RT 3 of RW 1, "3" where the RW is not known (an area file
 * without RWs, positions stored before they had one). Stored as the rtPositions map's keys (crdt/meta.ts).
 */
export function areaKeyOf(rt: number, rw: number | null): string {
  return rw === null ? String(rt) : `${rt}/${rw}`;
}

export function parseAreaKey(key: string): { rt: number; rw: number | null } | null {
  const m = /^(\d{1,3})(?:\/(\d{1,3}))?$/.exec(key);
  return m ? { rt: Number(m[1]), rw: m[2] === undefined ? null : Number(m[2]) } : null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const own = (o: Record<string, unknown>, key: string): unknown => (Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined);

function isPosition(p: unknown): p is Position {
  return Array.isArray(p) && p.length >= 2 && typeof p[0] === "number" && typeof p[1] === "number" && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90;
}

function parseRing(raw: unknown, budget: { left: number }): Ring | null {
  if (!Array.isArray(raw) || raw.length < 4) return null;
  budget.left -= raw.length;
  if (budget.left < 0 || !raw.every(isPosition)) return null;
  return raw.map((p: Position) => [p[0], p[1]] as Position);
}

function parsePolygon(raw: unknown, budget: { left: number }): Ring[] | null {
  if (!Array.isArray(raw) || raw.length === 0) return null;
  const rings = raw.map((r) => parseRing(r, budget));
  return rings.every((r): r is Ring => r !== null) ? rings : null;
}

export function parseGeometry(raw: unknown, budget = { left: MAX_POINTS }): AreaGeometry | null {
  if (!isObject(raw)) return null;
  const type = own(raw, "type");
  const coordinates = own(raw, "coordinates");
  if (type === "Polygon") {
    const rings = parsePolygon(coordinates, budget);
    return rings ? { type, coordinates: rings } : null;
  }
  if (type === "MultiPolygon" && Array.isArray(coordinates) && coordinates.length > 0) {
    const polys = coordinates.map((p) => parsePolygon(p, budget));
    return polys.every((p): p is Ring[] => p !== null) ? { type, coordinates: polys } : null;
  }
  return null;
}

/** "003", 3 and " 3 " are the same RT (DOMAIN.md). */
export function rtOf(value: unknown): number | null {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0 && value < 1000) return value;
  if (typeof value === "string" && /^\s*\d{1,3}\s*$/.test(value)) return Number(value);
  return null;
}

function cleanProperties(raw: unknown): Area["properties"] {
  const out: Area["properties"] = {};
  if (!isObject(raw)) return out;
  for (const [key, value] of Object.entries(raw)) {
    if (key === "__proto__" || key.length > 60) continue;
    if (value === null || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value))) out[key] = value;
    else if (typeof value === "string") out[key] = value.slice(0, 500);
  }
  return out;
}

function isBoundary(props: Record<string, unknown>): boolean {
  const kind = own(props, "kind") ?? own(props, "jenis");
  return kind === "boundary" || kind === "batas" || own(props, "batas") === true;
}

/**
 * A FeatureCollection of Polygon/MultiPolygon features, each with an RT
 * property (or marked as the boundary: kind "batas"). Every problem is listed,
 * so a person can fix the file in one go; nothing is kept from a refused file.
 */
export function parseAreas(input: unknown): { ok: true; areas: Area[] } | { ok: false; problems: GeoProblem[] } {
  let raw = input;
  if (typeof input === "string") {
    try {
      raw = JSON.parse(input);
    } catch {
      return { ok: false, problems: [{ code: "json" }] };
    }
  }
  if (!isObject(raw) || own(raw, "type") !== "FeatureCollection" || !Array.isArray(own(raw, "features"))) return { ok: false, problems: [{ code: "notCollection" }] };
  const features = own(raw, "features") as unknown[];
  if (features.length === 0) return { ok: false, problems: [{ code: "empty" }] };
  if (features.length > MAX_AREAS) return { ok: false, problems: [{ code: "tooMany", max: MAX_AREAS }] };
  const problems: GeoProblem[] = [];
  const areas: Area[] = [];
  const seen = new Set<string>();
  const budget = { left: MAX_POINTS };
  features.forEach((f, i) => {
    const feature = i + 1;
    const geometry = isObject(f) ? own(f, "geometry") : undefined;
    const type = isObject(geometry) ? String(own(geometry, "type")) : "-";
    if (type !== "Polygon" && type !== "MultiPolygon") return problems.push({ code: "geometry", feature, type });
    const parsed = parseGeometry(geometry, budget);
    if (!parsed) return problems.push({ code: "coordinates", feature });
    const props = isObject(f) && isObject(own(f, "properties")) ? (own(f, "properties") as Record<string, unknown>) : {};
    const boundary = isBoundary(props);
    const rtKey = RT_KEYS.find((k) => own(props, k) !== undefined);
    const rt = rtKey ? rtOf(own(props, rtKey)) : null;
    const rwKey = RW_KEYS.find((k) => own(props, k) !== undefined);
    const rw = rwKey ? rtOf(own(props, rwKey)) : null;
    if (rt === null && !boundary) return problems.push({ code: "noRt", feature });
    if (rt !== null) {
      const key = areaKeyOf(rt, rw);
      if (seen.has(key)) return problems.push({ code: "duplicateRt", feature, rt, rw });
      seen.add(key);
    }
    const name = own(props, "name") ?? own(props, "nama");
    areas.push({ rt, rw: rt === null ? null : rw, boundary, name: typeof name === "string" ? name.slice(0, 100) : "", geometry: parsed, properties: cleanProperties(props) });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, areas };
}

/** The areas as a FeatureCollection, with the properties they came with. */
export function areasToGeoJson(areas: Area[]): { type: "FeatureCollection"; features: unknown[] } {
  return {
    type: "FeatureCollection",
    features: areas.map((a) => ({
      type: "Feature",
      // the file's own properties as they came; rt / kind added only for areas made without them
      properties: {
        ...(a.rt !== null && !RT_KEYS.some((k) => k in a.properties) ? { rt: a.rt } : {}),
        ...(a.rw !== null && !RW_KEYS.some((k) => k in a.properties) ? { rw: a.rw } : {}),
        ...(a.boundary && !isBoundary(a.properties) ? { kind: "batas" } : {}),
        ...a.properties,
      },
      geometry: a.geometry,
    })),
  };
}

/** Area-weighted centroid of the outer rings (a good enough label point for an RT). */
export function centroidOf(geometry: AreaGeometry): LatLon | null {
  const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let sx = 0;
  let sy = 0;
  let sa = 0;
  for (const poly of polys) {
    const ring = poly[0];
    if (!ring) continue;
    for (let i = 0; i < ring.length - 1; i++) {
      const [x0, y0] = ring[i]!;
      const [x1, y1] = ring[i + 1]!;
      const cross = x0 * y1 - x1 * y0;
      sa += cross;
      sx += (x0 + x1) * cross;
      sy += (y0 + y1) * cross;
    }
  }
  if (sa === 0) {
    const all = polys.flatMap((p) => p[0] ?? []);
    if (all.length === 0) return null;
    return { lon: all.reduce((s, p) => s + p[0], 0) / all.length, lat: all.reduce((s, p) => s + p[1], 0) / all.length };
  }
  return { lon: sx / (3 * sa), lat: sy / (3 * sa) };
}

/** Below this many located families an RT gets no position: the mean of one or two points would give them away. */
export const MIN_FAMILIES_FOR_RT_POSITION = 3;

/**
 * The mean position of each RT's located families (an RT of an RW: areaKeyOf), rounded to ~10 m, for RTs
 * with at least MIN_FAMILIES_FOR_RT_POSITION of them. This, not the points, is what reaches devices
 * without the roster.
 */
export function rtPositions(points: Array<{ rt: number | null; rw: number | null; lat: number | null; lon: number | null }>): Record<string, LatLon> {
  const sums = new Map<string, { lat: number; lon: number; n: number }>();
  for (const p of points) {
    if (p.rt === null || p.lat === null || p.lon === null) continue;
    const key = areaKeyOf(p.rt, p.rw);
    const s = sums.get(key) ?? { lat: 0, lon: 0, n: 0 };
    s.lat += p.lat;
    s.lon += p.lon;
    s.n += 1;
    sums.set(key, s);
  }
  const out: Record<string, LatLon> = {};
  const round = (v: number) => Math.round(v * 10_000) / 10_000;
  for (const [key, s] of [...sums].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (s.n >= MIN_FAMILIES_FOR_RT_POSITION) out[key] = { lat: round(s.lat / s.n), lon: round(s.lon / s.n) };
  }
  return out;
}

export function isLatLon(v: unknown): v is LatLon {
  return isObject(v) && typeof v.lat === "number" && typeof v.lon === "number" && Math.abs(v.lat) <= 90 && Math.abs(v.lon) <= 180;
}
