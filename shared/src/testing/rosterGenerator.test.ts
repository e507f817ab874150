import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { readHouseholds } from "../crdt/roster/index.ts";
import { assessHousehold, DEFAULT_SCREENING_SETTINGS, parseNik, parseNoKk } from "../rules/index.ts";
import { generateRoster } from "./rosterGenerator.ts";

const TODAY = "2026-05-04";

function build(seed: number, households = 300): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = 4242;
  generateRoster(doc, { households, seed, today: TODAY });
  return doc;
}

describe("generateRoster", () => {
  it("is deterministic per seed (same records, same bytes) and differs between seeds", () => {
    const a = build(7, 60);
    const b = build(7, 60);
    const c = build(8, 60);
    expect(Y.encodeStateAsUpdate(a)).toEqual(Y.encodeStateAsUpdate(b));
    expect(readHouseholds(a)).toEqual(readHouseholds(b));
    expect(readHouseholds(c).map((h) => h.id)).not.toEqual(readHouseholds(a).map((h) => h.id));
  });

  it("builds a plausible kelurahan: about 4 members, valid NIKs, 8-30% KRS, measured under-fives", () => {
    const doc = new Y.Doc();
    const summary = generateRoster(doc, { households: 300, seed: 1, today: TODAY });
    const households = readHouseholds(doc);
    expect(households).toHaveLength(300);
    expect(summary.households).toBe(300);

    const members = households.reduce((n, h) => n + h.members.length, 0);
    expect(members / households.length).toBeGreaterThan(3);
    expect(members / households.length).toBeLessThan(5);
    for (const h of households) {
      expect(h.rw).toBeGreaterThanOrEqual(1);
      expect(h.rw).toBeLessThanOrEqual(8);
      expect(h.rt).toBeGreaterThanOrEqual(1);
      expect(h.rt).toBeLessThanOrEqual(15);
      expect(h.members.filter((m) => m.relation === "kepala")).toHaveLength(1);
      expect(h.kepala).toBe(h.members.find((m) => m.relation === "kepala")?.nama);
      if (h.noKk !== "") expect(parseNoKk(h.noKk, { today: TODAY }).valid).toBe(true);
      for (const m of h.members) {
        if (m.nik === "") continue;
        const nik = parseNik(m.nik, { today: TODAY });
        expect(nik.valid, `${m.nik}: ${nik.errors.join(", ")}`).toBe(true);
        expect(nik.regionCode?.slice(0, 2)).toMatch(/^(53|33|73)$/);
        expect(nik.sex).toBe(m.sex);
      }
    }

    const assessments = households.map((h) => assessHousehold(h, DEFAULT_SCREENING_SETTINGS, TODAY));
    const krsShare = assessments.filter((a) => a.screening.isKrs).length / households.length;
    expect(krsShare).toBeGreaterThan(0.08);
    expect(krsShare).toBeLessThan(0.3);

    const measured = assessments.flatMap((a) => a.children).filter((c) => c.points.length > 0);
    expect(measured.length).toBeGreaterThan(30);
    for (const c of measured) {
      expect(c.points.length).toBeGreaterThanOrEqual(1);
      expect(c.points.length).toBeLessThanOrEqual(6);
      for (const p of c.points) expect(p.lengthForAge?.implausible ?? false).toBe(false);
    }
    expect(assessments.some((a) => a.stunting !== null)).toBe(true);
    expect(households.some((h) => h.aid.includes("PKH"))).toBe(true);
    expect(households.filter((h) => h.aid.length > 0).every((h) => h.desil === null || h.desil <= 4)).toBe(true);
  });
});
