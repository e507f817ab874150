/**
 * "Rekapitulasi Keluarga Berisiko Stunting" for one area (DOMAIN.md). The
 * factor counts overlap (a family can be terlalu tua and terlalu banyak), so
 * the recap has no "total 4T": summing them would count families twice.
 */
import type { FactorKey } from "./factors.ts";
import type { SasaranCounts, SasaranFlags } from "./sasaran.ts";
import type { ScreeningResult } from "./screenFamily.ts";

export const WELFARE_RANKS = ["1", "2", "3", "4", "lebihDari4", "tidakDiketahui"] as const;
export type WelfareRank = (typeof WELFARE_RANKS)[number];

export interface KrsRecap {
  jumlahKeluarga: number;
  keluargaSasaran: number;
  krs: number;
  /** keluarga sasaran without any factor */
  tidakBerisiko: number;
  /** KRS by welfare rank (desil of P3KE/DTSEN): 1, 2, 3, 4, >4, unknown */
  krsByWelfareRank: Record<WelfareRank, number>;
  /** families with at least one baduta / balita / PUS / PUS hamil */
  sasaran: Record<keyof SasaranFlags, number>;
  /** people: baduta and balita children, PUS couples, pregnant PUS wives */
  sasaranJiwa: SasaranCounts;
  /** KRS families with each factor; overlapping, never to be summed */
  faktor: Record<FactorKey, number>;
}

/** Welfare rank of a desil; anything that is not an integer 1-10 is unknown. */
export function welfareRank(desil: number | null | undefined): WelfareRank {
  if (desil === null || desil === undefined || !Number.isInteger(desil) || desil < 1 || desil > 10) return "tidakDiketahui";
  return desil <= 4 ? (String(desil) as WelfareRank) : "lebihDari4";
}

/** `welfareRanks[i]` is the desil of the family of `results[i]` (null when not matched to P3KE/DTSEN). */
export function recapKrs(results: readonly ScreeningResult[], welfareRanks: readonly (number | null)[]): KrsRecap {
  if (welfareRanks.length !== results.length) throw new Error("recapKrs: one welfare rank per result");
  const recap: KrsRecap = {
    jumlahKeluarga: results.length,
    keluargaSasaran: 0,
    krs: 0,
    tidakBerisiko: 0,
    krsByWelfareRank: { "1": 0, "2": 0, "3": 0, "4": 0, lebihDari4: 0, tidakDiketahui: 0 },
    sasaran: { pus: 0, pusHamil: 0, baduta: 0, balita: 0 },
    sasaranJiwa: { pus: 0, pusHamil: 0, baduta: 0, balita: 0 },
    faktor: { air_tidak_layak: 0, jamban_tidak_layak: 0, terlalu_muda: 0, terlalu_tua: 0, terlalu_dekat: 0, terlalu_banyak: 0, tidak_kb_modern: 0 },
  };
  results.forEach((result, index) => {
    for (const key of ["pus", "pusHamil", "baduta", "balita"] as const) {
      if (result.sasaran[key]) recap.sasaran[key] += 1;
      recap.sasaranJiwa[key] += result.sasaranCounts[key];
    }
    if (!result.isSasaran) return;
    recap.keluargaSasaran += 1;
    if (!result.isKrs) {
      recap.tidakBerisiko += 1;
      return;
    }
    recap.krs += 1;
    recap.krsByWelfareRank[welfareRank(welfareRanks[index])] += 1;
    for (const factor of result.factors) recap.faktor[factor] += 1;
  });
  return recap;
}
