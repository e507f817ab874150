import { rtRwLabel, type Household } from "@shared/model/index.ts";
import type { FactorKey, HouseholdAssessment } from "@shared/rules/index.ts";

/**
 * What the pokja may publish on the board for one family, and under which
 * Ragapantas domain. The one table of factor -> domain: housing factors to
 * "pantas tempat tinggal", the 4T and contraception to "pantas sehat", a stunted
 * child to "pantas pangan" (supplementary food is the usual answer; the health
 * side is the posyandu's routine work).
 */
export type NeedReason = FactorKey | "stunting";

export const NEED_DOMAIN: Record<NeedReason, string> = {
  air_tidak_layak: "pantas_tempat_tinggal",
  jamban_tidak_layak: "pantas_tempat_tinggal",
  terlalu_muda: "pantas_sehat",
  terlalu_tua: "pantas_sehat",
  terlalu_dekat: "pantas_sehat",
  terlalu_banyak: "pantas_sehat",
  tidak_kb_modern: "pantas_sehat",
  stunting: "pantas_pangan",
};

/** The reasons the family's assessment gives: its KRS factors, then "stunting" if a child is stunted. */
export function needReasons(a: HouseholdAssessment): NeedReason[] {
  return [...(a.screening.isKrs ? a.screening.factors : []), ...(a.stunting !== null ? (["stunting"] as const) : [])];
}

/** "Kel. B. S., RT 03/RW 02": the head's initials and the RT/RW, nothing else (no NIK, no name). */
export function familyLabel(h: Pick<Household, "kepala" | "rt" | "rw">): string {
  const initials = h.kepala
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}]/gu, "").charAt(0).toUpperCase())
    .filter((c) => c !== "")
    .map((c) => `${c}.`)
    .join(" ");
  return [`Kel. ${initials || "?"}`, rtRwLabel(h.rt, h.rw)].filter((s) => s !== "").join(", ");
}
