import { describe, expect, it } from "vitest";
import { baselineFamily, bornYearsAgo, child, goodHousehold, husband, TODAY, wife } from "./fixtures.ts";
import { recapKrs, welfareRank } from "./recap.ts";
import { screenFamily } from "./screenFamily.ts";
import { DEFAULT_SCREENING_SETTINGS } from "./settings.ts";
import type { ScreeningFamily } from "./types.ts";

const families: [ScreeningFamily, number | null][] = [
  // A: elderly couple, not sasaran
  [{ members: [husband(), wife({ birthDate: bornYearsAgo(58) })], household: goodHousehold({ sumberAir: "sungai" }) }, 3],
  // B: sasaran, not at risk
  [baselineFamily(), 6],
  // C: terlalu tua and terlalu banyak (overlap in one family)
  [baselineFamily({ wife: { birthDate: bornYearsAgo(38), childrenCount: 5 } }), 2],
  // D: terlalu tua and unsafe water
  [baselineFamily({ wife: { birthDate: bornYearsAgo(40) }, household: { sumberAir: "sumur_tak_terlindung" } }), null],
  // E: terlalu muda, no jamban, pregnant; a grandchild balita too
  [
    {
      members: [husband(), wife({ birthDate: bornYearsAgo(18), pregnant: true, childrenCount: 0 }), child(30, "lainnya")],
      household: goodHousehold({ jamban: "tidak_ada" }),
    },
    9,
  ],
];

describe("recapKrs", () => {
  const results = families.map(([family]) => screenFamily(family, DEFAULT_SCREENING_SETTINGS, TODAY));
  const recap = recapKrs(results, families.map(([, desil]) => desil));

  it("counts families, sasaran, KRS and tidak berisiko", () => {
    expect(recap).toMatchObject({ jumlahKeluarga: 5, keluargaSasaran: 4, krs: 3, tidakBerisiko: 1 });
  });

  it("breaks KRS down by welfare rank, including unknown", () => {
    expect(recap.krsByWelfareRank).toEqual({ "1": 0, "2": 1, "3": 0, "4": 0, lebihDari4: 1, tidakDiketahui: 1 });
  });

  it("counts sasaran families and people", () => {
    expect(recap.sasaran).toEqual({ pus: 4, pusHamil: 1, baduta: 3, balita: 4 });
    expect(recap.sasaranJiwa).toEqual({ pus: 4, pusHamil: 1, baduta: 3, balita: 4 });
  });

  it("counts each factor among KRS; the 4T overlap and exceed the number of KRS", () => {
    expect(recap.faktor).toEqual({
      air_tidak_layak: 1, // A's river water does not count: A is not sasaran
      jamban_tidak_layak: 1,
      terlalu_muda: 1,
      terlalu_tua: 2,
      terlalu_dekat: 0,
      terlalu_banyak: 1,
      tidak_kb_modern: 0,
    });
    const fourT = recap.faktor.terlalu_muda + recap.faktor.terlalu_tua + recap.faktor.terlalu_dekat + recap.faktor.terlalu_banyak;
    // 4 mentions among 3 KRS families: a "total 4T" would be meaningless
    expect(fourT).toBe(4);
    expect(fourT).toBeGreaterThan(recap.krs);
  });

  it("needs one welfare rank per result", () => {
    expect(() => recapKrs(results, [])).toThrow();
  });
});

describe("welfareRank", () => {
  it.each([
    [1, "1"],
    [4, "4"],
    [5, "lebihDari4"],
    [10, "lebihDari4"],
    [0, "tidakDiketahui"],
    [11, "tidakDiketahui"],
    [2.5, "tidakDiketahui"],
    [null, "tidakDiketahui"],
  ] as const)("desil %s -> %s", (desil, rank) => {
    expect(welfareRank(desil)).toBe(rank);
  });
});
