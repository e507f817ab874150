import { describe, expect, it } from "vitest";
import type { Area } from "../../model/geo.ts";
import { distanceM, distanceToAreaM } from "./distance.ts";
import { provinceOf } from "./provinces.ts";
import { checkPlace, maySave, splitOutliers, villageBounds, type Located, type PlaceCheck, type VillageContext } from "./villagePlace.ts";

// Namosain, Alak, Kota Kupang (53.71.01.1001), around -10.160, 123.570.
const KODE = "53.71.01.1001";
const at = (lat: number, lon: number) => ({ lat, lon });
const SAMARINDA = at(-0.5, 117.15); // Kalimantan Timur, about 1,500 km away: the stray tap of the issue
const SOUTH_PACIFIC = at(-20, 160);
const rtArea = (rt: number, w: number, s: number, e: number, n: number, name = ""): Area => ({
  rt,
  rw: null,
  boundary: false,
  name,
  properties: {},
  geometry: { type: "Polygon", coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] },
});
const RT3 = rtArea(3, 123.565, -10.165, 123.575, -10.155, "RT 003 Namosain");
const RT4 = rtArea(4, 123.575, -10.165, 123.585, -10.155);
const family = (id: string, lat: number, lon: number): Located => ({ id, lat, lon });
// five families within a few hundred metres of each other
const VILLAGE = [family("a", -10.16, 123.57), family("b", -10.161, 123.571), family("c", -10.159, 123.569), family("d", -10.162, 123.572), family("e", -10.158, 123.568)];
const ctx = (over: Partial<VillageContext> = {}): VillageContext => ({ areas: [], families: [], kodeWilayah: "", maxDistanceKm: 10, ...over });

describe("distances", () => {
  it("measures great circles and areas in metres", () => {
    expect(distanceM(at(-10.16, 123.57), at(-10.16, 123.57))).toBe(0);
    expect(distanceM(at(0, 0), at(0, 1))).toBeCloseTo(111_195, -2);
    expect(distanceM(at(-10.16, 123.57), SAMARINDA) / 1000).toBeGreaterThan(1000);
    expect(distanceToAreaM(at(-10.16, 123.57), RT3.geometry)).toBe(0);
    // 0.01 degrees of longitude east of RT 3's east edge, at 10 degrees south: about 1.1 km
    expect(distanceToAreaM(at(-10.16, 123.585), RT3.geometry)).toBeCloseTo(1096, -1);
  });
});

describe("provinceOf", () => {
  it.each([
    ["53.71.01.1001", "Nusa Tenggara Timur"],
    ["5371011001", "Nusa Tenggara Timur"],
    ["64.02.11.1001", "Kalimantan Timur"],
    ["94.71.01.1001", "Papua Tengah"],
    ["99.01.01.1001", null],
    ["", null],
    ["Kupang", null],
  ])("%s → %s", (kode, name) => {
    expect(provinceOf(kode)?.name ?? null).toBe(name);
  });
});

describe("checkPlace: where a tapped location would put the house", () => {
  const cases: Array<[string, { lat: number; lon: number }, VillageContext, Partial<PlaceCheck> & { verdict: PlaceCheck["verdict"] }, boolean]> = [
    ["inside an RT area", at(-10.16, 123.57), ctx({ areas: [RT3, RT4], families: VILLAGE, kodeWilayah: KODE }), { verdict: "inside", area: RT3 }, true],
    ["near an RT area, within the distance", at(-10.16, 123.6), ctx({ areas: [RT3, RT4] }), { verdict: "nearArea", area: RT4 }, true],
    ["far from the RT areas: refused", at(-10.3, 123.8), ctx({ areas: [RT3, RT4] }), { verdict: "far", from: "areas", firm: true }, false],
    ["far from the RT areas with a larger distance set: near", at(-10.3, 123.8), ctx({ areas: [RT3, RT4], maxDistanceKm: 40 }), { verdict: "nearArea" }, true],
    ["near the village's families", at(-10.17, 123.58), ctx({ families: VILLAGE }), { verdict: "nearFamilies", families: 5 }, true],
    ["Kalimantan, against five families: refused", SAMARINDA, ctx({ families: VILLAGE }), { verdict: "far", from: "families", firm: true }, false],
    ["Kalimantan, against one family: to be confirmed (either may be wrong)", SAMARINDA, ctx({ families: VILLAGE.slice(0, 1) }), { verdict: "far", from: "families", firm: false }, true],
    ["Kalimantan, with only the kode wilayah of Kota Kupang: refused", SAMARINDA, ctx({ kodeWilayah: KODE }), { verdict: "far", from: "province", province: "Nusa Tenggara Timur", firm: true }, false],
    ["in the province, with only the kode wilayah", at(-10.2, 123.6), ctx({ kodeWilayah: KODE }), { verdict: "inProvince", province: "Nusa Tenggara Timur" }, true],
    ["no reference at all", SAMARINDA, ctx(), { verdict: "unchecked" }, true],
    ["outside Indonesia, whatever else", SOUTH_PACIFIC, ctx(), { verdict: "far", from: "indonesia", firm: true }, false],
    ["the family's own old (stray) location is no reference", at(-10.16, 123.57), ctx({ families: [family("x", SAMARINDA.lat, SAMARINDA.lon)] }), { verdict: "unchecked" }, true],
    ["a stray family of the village is no reference", at(-10.16, 123.57), ctx({ families: [...VILLAGE, family("s", SAMARINDA.lat, SAMARINDA.lon)] }), { verdict: "nearFamilies", families: 5 }, true],
  ];

  it.each(cases)("%s", (_what, point, context, expected, saveable) => {
    const check = checkPlace(point, "x", context);
    expect(check).toMatchObject(expected);
    expect(maySave(check)).toBe(saveable);
  });

  it("says how far: metres to the nearest family of the bulk", () => {
    const check = checkPlace(at(-10.16, 123.58), "x", ctx({ families: VILLAGE }));
    expect(check.verdict).toBe("nearFamilies");
    expect(check.verdict === "nearFamilies" && Math.round(check.meters)).toBe(Math.round(distanceM(at(-10.16, 123.58), VILLAGE[3]!)));
  });
});

describe("splitOutliers: the bulk of the village and the doubtful locations", () => {
  const ids = (list: Located[]) => list.map((f) => f.id);
  it.each<[string, Located[], Partial<VillageContext>, string[]]>([
    ["one stray point among five", [...VILLAGE, family("s", SAMARINDA.lat, SAMARINDA.lon)], {}, ["s"]],
    ["a point outside the province of the kode wilayah, even among few", [VILLAGE[0]!, family("s", SAMARINDA.lat, SAMARINDA.lon)], { kodeWilayah: KODE }, ["s"]],
    ["two points and no other reference: none can be told wrong", [VILLAGE[0]!, family("s", SAMARINDA.lat, SAMARINDA.lon)], {}, []],
    ["a point far from the RT areas", [...VILLAGE, family("f", -10.3, 123.8)], { areas: [RT3, RT4] }, ["f"]],
    ["a spread-out desa: 8 km apart is not doubtful", [...VILLAGE, family("g", -10.2, 123.64)], {}, []],
    ["outside Indonesia", [...VILLAGE, family("p", SOUTH_PACIFIC.lat, SOUTH_PACIFIC.lon)], {}, ["p"]],
  ])("%s", (_what, families, over, outliers) => {
    const split = splitOutliers(families, { areas: [], kodeWilayah: "", maxDistanceKm: 10, ...over });
    expect(ids(split.outliers)).toEqual(outliers);
    expect(ids(split.bulk)).toEqual(ids(families).filter((id) => !outliers.includes(id)));
  });
});

describe("villageBounds: what the map fits and recentres to", () => {
  it("fits the bulk, the areas, else the province, else nothing", () => {
    expect(villageBounds(VILLAGE, [], "")).toEqual([[123.568, -10.162], [123.572, -10.158]]);
    expect(villageBounds([], [RT3], "")).toEqual([[123.565, -10.165], [123.575, -10.155]]);
    expect(villageBounds([], [], KODE)).toEqual([[118.4, -11.6], [125.7, -7.5]]);
    expect(villageBounds([], [], "")).toBeNull();
  });
});
