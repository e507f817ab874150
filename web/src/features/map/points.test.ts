import { describe, expect, it } from "vitest";
import { householdStatus, rtNeedPoints, rtPlaces } from "./points.ts";
import type { HouseholdAssessment } from "@shared/rules/index.ts";

const assessment = (isKrs: boolean, stunting: HouseholdAssessment["stunting"]) => ({ screening: { isKrs }, stunting }) as unknown as HouseholdAssessment;
const need = (id: string, rt: number | null, closed = false, familyId = "f1") => ({ id, familyId, rt, closed });

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
    const places = rtPlaces([{ rt: 2, boundary: false, name: "", properties: {}, geometry: { type: "Polygon", coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] } }], { 1: { lat: -10, lon: 120 }, 2: { lat: 50, lon: 50 } });
    const { points, missing } = rtNeedPoints([need("a", 1), need("b", 1, true), need("c", 2, true), need("d", 7), need("e", null)], places);
    expect(missing).toBe(2);
    expect(points.features.map((f) => [f.properties.id, f.properties.status, f.geometry.coordinates])).toEqual([
      ["rt-1", "unmet", [120, -10]],
      ["rt-2", "met", [1, 1]],
    ]);
  });
});
