import { describe, expect, it } from "vitest";
import { emptyHousehold, emptyMember, type AidProgramme, type Household } from "../model/index.ts";
import { assessHousehold } from "./householdAssessment.ts";
import { computeIrisan, irisanFamilies, isTargetingGap, welfareBand } from "./irisan.ts";
import { DEFAULT_SCREENING_SETTINGS } from "./screening/settings.ts";
import { recapKrs } from "./screening/recap.ts";

const TODAY = "2026-11-22";

/** A family with a baby (a keluarga sasaran): KRS when `risky` (no jamban), not KRS otherwise. */
function family(id: string, rw: number | null, rt: number | null, desil: number | null, aid: AidProgramme[], risky: boolean): Household {
  return {
    ...emptyHousehold(),
    id,
    kepala: `Kepala ${id}`,
    rw,
    rt,
    desil,
    sumberAir: "ledeng",
    jamban: risky ? "tidak_ada" : "jamban_septik",
    aid,
    consent: null,
    members: [{ ...emptyMember(), id: "c", relation: "anak", sex: "F", birthDate: "2026-03-01" }],
    measurements: [],
    conflicts: [],
    createdAt: "",
    updatedAt: "",
  };
}

const ROSTER = [
  family("a", 1, 1, 2, [], true), // KRS, desil 1-4, no aid: the gap
  family("b", 1, 1, 3, ["PKH"], true), // KRS, desil 1-4, PKH
  family("c", 1, 2, 4, ["KUBE"], true), // KRS, desil 1-4, only KUBE: still the gap
  family("d", 1, 2, 7, [], true), // KRS, desil 5-10
  family("e", 2, 1, null, [], true), // KRS, no desil: not on the social list
  family("f", 2, 1, 1, [], false), // poor, not KRS: not in the irisan's lists
  family("g", null, null, 2, ["PBI"], true), // KRS, desil 1-4, PBI; address unknown
];

const irisanOf = (households: Household[]) => computeIrisan(households, households.map((h) => assessHousehold(h, DEFAULT_SCREENING_SETTINGS, TODAY).screening));

describe("irisan", () => {
  it.each([
    [null, "tanpaDesil"], [1, "desil1_4"], [4, "desil1_4"], [5, "desil5_10"], [10, "desil5_10"], [0, "tanpaDesil"], [11, "tanpaDesil"], [2.5, "tanpaDesil"],
  ] as const)("desil %s is band %s", (desil, band) => {
    expect(welfareBand(desil)).toBe(band);
  });

  it.each([
    ["KRS, desil 2, no aid", { desil: 2, aid: [] }, true, true],
    ["KRS, desil 2, BPNT", { desil: 2, aid: ["BPNT"] }, true, false],
    ["KRS, desil 2, only KUBE", { desil: 2, aid: ["KUBE"] }, true, true],
    ["KRS, desil 6, no aid", { desil: 6, aid: [] }, true, false],
    ["KRS, no desil", { desil: null, aid: [] }, true, false],
    ["not KRS, desil 1, no aid", { desil: 1, aid: [] }, false, false],
  ] as const)("%s: targeting gap %s", (_, h, krs, gap) => {
    expect(isTargetingGap(h, krs)).toBe(gap);
  });

  it("counts KRS by welfare band and the gap, over the kelurahan and by RW and RT", () => {
    const irisan = irisanOf(ROSTER);
    expect(irisan.counts).toEqual({ keluarga: 7, krs: 6, byBand: { desil1_4: 4, desil5_10: 1, tanpaDesil: 1 }, gap: 2 });
    expect(irisan.byRw.map((a) => [a.rw, a.counts.krs, a.counts.gap, a.rts.map((r) => [r.rt, r.counts.keluarga, r.counts.krs, r.counts.byBand.desil1_4, r.counts.gap])])).toEqual([
      [1, 4, 2, [[1, 2, 2, 2, 1], [2, 2, 2, 1, 1]]],
      [2, 1, 0, [[1, 2, 1, 0, 0]]],
      [null, 1, 0, [[null, 1, 1, 1, 0]]],
    ]);
  });

  it("lists the families behind each count with why they are KRS, in RW, RT, name order", () => {
    const irisan = irisanOf(ROSTER);
    expect(irisanFamilies(irisan, { kind: "gap" }).map((f) => [f.id, f.factors, f.aid])).toEqual([["a", ["jamban_tidak_layak"], []], ["c", ["jamban_tidak_layak"], ["KUBE"]]]);
    expect(irisanFamilies(irisan, { kind: "band", band: "tanpaDesil" }).map((f) => f.id)).toEqual(["e"]);
    expect(irisanFamilies(irisan, { kind: "band", band: "desil1_4" }, { rw: 1, rt: 1 }).map((f) => f.id)).toEqual(["a", "b"]);
    expect(irisanFamilies(irisan, { kind: "krs" }).map((f) => f.id)).toEqual(["a", "b", "c", "d", "e", "g"]);
    expect(irisan.families.some((f) => f.id === "f")).toBe(false);
  });

  it("agrees with the KRS recap: its KRS count and band counts are the recap's by welfare rank", () => {
    const irisan = irisanOf(ROSTER);
    const recap = recapKrs(ROSTER.map((h) => assessHousehold(h, DEFAULT_SCREENING_SETTINGS, TODAY).screening), ROSTER.map((h) => h.desil));
    const ranks = recap.krsByWelfareRank;
    expect([irisan.counts.krs, irisan.counts.byBand.desil1_4, irisan.counts.byBand.desil5_10, irisan.counts.byBand.tanpaDesil]).toEqual([recap.krs, ranks["1"] + ranks["2"] + ranks["3"] + ranks["4"], ranks.lebihDari4, ranks.tidakDiketahui]);
  });

  it("refuses results that do not line up with the households", () => {
    expect(() => computeIrisan(ROSTER, [])).toThrow();
  });
});
