/**
 * Free text of the drinking-water and toilet questions into the roster's enums
 * (model/household.ts). Words, not exact strings: "Air Kemasan/Isi Ulang",
 * "ledeng/PAM", "Leding meteran", "Sumur bor/pompa", "air sungai"; "jamban
 * tanpa septic tank", "Cubluk", "BAB di kebun". Negations are read before the
 * positive form ("tak terlindung" before "terlindung").
 */
import type { Toilet, WaterSource } from "../../model/household.ts";
import { wordsOf } from "./text.ts";

const NEGATIONS = "tak|tidak|tdk|non|bukan|blm|belum";
const NOT = `(?:${NEGATIONS})`;
const WELL_UNPROTECTED = new RegExp(` sumur( gali)? ${NOT} terlindung `);
const SPRING_UNPROTECTED = new RegExp(` mata air ${NOT} terlindung `);
const WITHOUT_SEPTIC = new RegExp(` (tanpa|${NEGATIONS}) (ada )?(septi[ck]|spiteng|tangki)`);
const HAS_NONE = new RegExp(` ${NOT} (ada|punya|memiliki) `);

export function mapWaterSource(text: string): WaterSource | null {
  const w = ` ${wordsOf(text)} `;
  if (w.trim() === "") return null;
  if (/ (kemasan|isi ulang|isiulang|galon|bermerk|bermerek|depot) /.test(w)) return "kemasan";
  if (/ (ledeng|leding|pam|pdam|perpipaan|pipa|air pipa) /.test(w)) return "ledeng";
  if (/ (sumur bor|pompa|bor) /.test(w)) return "sumur_bor";
  if (WELL_UNPROTECTED.test(w)) return "sumur_tak_terlindung";
  if (/ sumur( gali)? terlindung /.test(w)) return "sumur_terlindung";
  if (SPRING_UNPROTECTED.test(w)) return "mata_air_tak_terlindung";
  if (/ mata air terlindung /.test(w)) return "mata_air_terlindung";
  if (/ hujan /.test(w)) return "air_hujan";
  if (/ (sungai|danau|irigasi|waduk|kolam|embung|kali|telaga|air permukaan) /.test(w)) return "sungai";
  if (/ (lainnya|lain lain|lain) /.test(w)) return "lainnya";
  return null;
}

export function mapToilet(text: string): Toilet | null {
  const w = ` ${wordsOf(text)} `;
  if (w.trim() === "") return null;
  if (/ (septi[ck]|spiteng|tangki septik)/.test(w)) {
    return WITHOUT_SEPTIC.test(w) ? "jamban_tanpa_septik" : "jamban_septik";
  }
  if (/ (cubluk|cemplung|lubang tanah|jamban lubang|plengsengan) /.test(w)) return "jamban_tanpa_septik";
  if (HAS_NONE.test(w)) return "tidak_ada";
  if (/ (tanpa jamban|sembarang|sembarangan|bab di|ke sungai|ke kebun|ke pantai|ke laut|empang|numpang|menumpang) /.test(w)) return "tidak_ada";
  return null;
}
