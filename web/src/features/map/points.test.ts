import { describe, expect, it } from "vitest";
import { householdStatus, rtNeedPoints, rtPlaces } from "./points.ts";
import type { HouseholdAssessment } from "@shared/rules/index.ts";

const assessment = (isKrs: boolean, stunting: HouseholdAssessment["stunting"]) => ({ screening: { isKrs }, stunting }) as unknown as HouseholdAssessment;
const need = (id: string, rt: number | null, closed = false, familyId = "f1", rw: number | null = null) => ({ id, familyId, rt, rw, closed });

describe("householdStatus", () => {
  it.each([
    ["stunting", assessment(true, "pendek"), [need("n", 1)]],
    ["unmet", assessment(true, null), [need("n", 1), need("m", 1, true)]],
    ["krs", assessment(true, null), []],
    ["met", assessment(false, null), [need("n", 1, true)]],
    ["other", assessment(false, null), []],
  ] as const)("%s", (status, a, needs) => {
    expect(householdStatus(a, [...needs])).toBe(status);
  });
});

describe("rtNeedPoints", () => {
  it("puts needs at their RT's drawn centroid or stored position, one point per RT, and counts those without one", () => {
    const places = rtPlaces([{ rt: 2, rw: null, boundary: false, name: "", properties: {}, geometry: { type: "Polygon", coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] } }], { 1: { lat: -10, lon: 120 }, 2: { lat: 50, lon: 50 } });
    const { points, missing } = rtNeedPoints([need("a", 1), need("b", 1, true), need("c", 2, true), need("d", 7), need("e", null)], places);
    expect(missing).toBe(2);
    expect(points.features.map((f) => [f.properties.id, f.properties.status, f.geometry.coordinates])).toEqual([
      ["rt-1", "unmet", [120, -10]],
      ["rt-2", "met", [1, 1]],
    ]);
  });

  it("puts RT 1 of RW 1 and RT 1 of RW 2 apart (RT numbers repeat across RWs); a need without its RW goes where its RT is only one place", () => {
    const box = (x: number) => ({ type: "Polygon" as const, coordinates: [[[x, 0], [x + 2, 0], [x + 2, 2], [x, 2], [x, 0]]] as [number, number][][] });
    const area = (rt: number, rw: number, x: number) => ({ rt, rw, boundary: false, name: "", properties: {}, geometry: box(x) });
    const places = rtPlaces([area(1, 1, 0), area(1, 2, 10), area(3, 2, 20)], { "4/1": { lat: -10, lon: 120 } });
    const { points, missing, byRt } = rtNeedPoints(
      [need("a", 1, false, "f1", 1), need("b", 1, true, "f2", 2), need("old", 1), need("old3", 3), need("c", 4, false, "f3", 1), need("d", 4, false, "f4", 2)],
      places,
    );
    expect(points.features.map((f) => [f.properties.id, f.properties.status, f.geometry.coordinates])).toEqual([
      ["rt-1/1", "unmet", [1, 1]],
      ["rt-1/2", "met", [11, 1]],
      ["rt-3/2", "unmet", [21, 1]],
      ["rt-4/1", "unmet", [120, -10]],
    ]);
    // "old": RT 1 without its RW is two places, so it is not put on either; RT 3 is one place
    expect(missing).toBe(2);
    expect(byRt.get("3/2")!.map((n) => n.id)).toEqual(["old3"]);
  });
});
