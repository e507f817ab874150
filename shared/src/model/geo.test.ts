import { describe, expect, it } from "vitest";
import { areaKeyOf, areasToGeoJson, centroidOf, parseAreaKey, parseAreas, rtPositions } from "./geo.ts";

const square = (x: number, y: number, d = 0.01) => [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]];
const feature = (properties: unknown, coordinates: unknown = square(123.6, -10.17), type = "Polygon") => ({ type: "Feature", properties, geometry: { type, coordinates } });
const collection = (...features: unknown[]) => ({ type: "FeatureCollection", features });

describe("parseAreas", () => {
  it("accepts RT polygons and a boundary, reading '003' as RT 3, and keeps the other properties", () => {
    const parsed = parseAreas(JSON.stringify(collection(feature({ RT: "003", nama: "RT Tiga", warna: "hijau" }), feature({ kind: "batas" }, [square(123.59, -10.18, 0.05)], "MultiPolygon"))));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.areas.map((a) => [a.rt, a.boundary, a.name])).toEqual([
      [3, false, "RT Tiga"],
      [null, true, ""],
    ]);
    const again = parseAreas(areasToGeoJson(parsed.areas));
    expect(again.ok && again.areas).toEqual(parsed.areas);
  });

  it.each([
    ["{not json", [{ code: "json" }]],
    [JSON.stringify({ type: "Feature" }), [{ code: "notCollection" }]],
    [JSON.stringify(collection()), [{ code: "empty" }]],
  ])("refuses %s", (text, problems) => {
    expect(parseAreas(text)).toEqual({ ok: false, problems });
  });

  it("lists every broken feature at once, counted from 1", () => {
    const parsed = parseAreas(
      collection(
        feature({ rt: 1 }),
        { type: "Feature", properties: { rt: 2 }, geometry: { type: "Point", coordinates: [1, 2] } },
        feature({ rt: 3 }, [[[1, 2], [3, 4]]]),
        feature({ nama: "tanpa RT" }),
        feature({ rt: "01" }),
        feature({ rt: 5 }, [[[500, 2], [3, 4], [5, 6], [500, 2]]]),
      ),
    );
    expect(parsed).toEqual({
      ok: false,
      problems: [
        { code: "geometry", feature: 2, type: "Point" },
        { code: "coordinates", feature: 3 },
        { code: "noRt", feature: 4 },
        { code: "duplicateRt", feature: 5, rt: 1, rw: null },
        { code: "coordinates", feature: 6 },
      ],
    });
  });

  it("takes RT 1 of RW 1 and RT 1 of RW 2 as two areas (RT numbers repeat across RWs), and RT 1 of RW 1 twice as a duplicate", () => {
    const two = parseAreas(collection(feature({ rt: 1, rw: 1 }), feature({ RT: "001", RW: "002" }), feature({ rt: 2 })));
    expect(two.ok && two.areas.map((a) => [a.rt, a.rw])).toEqual([
      [1, 1],
      [1, 2],
      [2, null],
    ]);
    expect(parseAreas(collection(feature({ rt: 1, rw: 1 }), feature({ rt: "01", rw: "01" })))).toEqual({ ok: false, problems: [{ code: "duplicateRt", feature: 2, rt: 1, rw: 1 }] });
    expect(areaKeyOf(1, 2)).toBe("1/2");
    expect(areaKeyOf(1, null)).toBe("1");
    expect(parseAreaKey("1/2")).toEqual({ rt: 1, rw: 2 });
    expect(parseAreaKey("3")).toEqual({ rt: 3, rw: null });
    expect(parseAreaKey("x")).toBeNull();
  });

  it("ignores __proto__ keys from an untrusted file", () => {
    const parsed = parseAreas('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"rt":1,"__proto__":{"x":1}},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]}');
    expect(parsed.ok && Object.keys(parsed.areas[0]!.properties)).toEqual(["rt"]);
  });
});

describe("centroidOf", () => {
  it("is the middle of a square", () => {
    const c = centroidOf({ type: "Polygon", coordinates: square(10, 20, 2) as [number, number][][] })!;
    expect(c.lon).toBeCloseTo(11);
    expect(c.lat).toBeCloseTo(21);
  });
});

describe("rtPositions", () => {
  it("gives an RT the mean of its located families, only from three of them, never a single house", () => {
    const p = (rt: number | null, lat: number | null, lon: number | null) => ({ rt, rw: null, lat, lon });
    expect(rtPositions([p(1, -10, 120), p(1, -10.0003, 120.0003), p(1, -10.0006, 120.0006), p(2, -9, 121), p(2, -9.1, 121.1), p(3, null, null), p(null, -8, 119)])).toEqual({
      1: { lat: -10.0003, lon: 120.0003 },
    });
  });

  it("keeps RT 1 of RW 1 and RT 1 of RW 2 apart (a mean of both would sit between two neighbourhoods)", () => {
    const p = (rw: number, lat: number) => ({ rt: 1, rw, lat, lon: 120 });
    expect(rtPositions([p(1, -10), p(1, -10), p(1, -10), p(2, -9), p(2, -9), p(2, -9)])).toEqual({
      "1/1": { lat: -10, lon: 120 },
      "1/2": { lat: -9, lon: 120 },
    });
  });
});
