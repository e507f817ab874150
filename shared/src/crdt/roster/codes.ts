import type { AidProgramme, ConsentMethod, MaritalStatus, MeasurePosition, Toilet, VisitActivity, WaterSource } from "../../model/index.ts";
import type { Contraception, MotherEducation, Relation } from "../../rules/screening/types.ts";

/**
 * Stored numbers for the roster's enumerations. A stored value is the index in
 * its table, so these tables are APPEND-ONLY: reordering or removing a value
 * would change the meaning of every document already written. They are copied
 * here on purpose instead of reusing the model's lists (whose order is the UI's
 * to change); codes.test.ts checks every model value has a code.
 *
 * Why numbers: a 20,000-family roster repeats these words about 400,000 times;
 * as one-byte numbers they cost a tenth (issue 3: document under 10 MB).
 */
export const WATER_CODES = [
  "kemasan", "ledeng", "sumur_bor", "sumur_terlindung", "sumur_tak_terlindung",
  "mata_air_terlindung", "mata_air_tak_terlindung", "air_hujan", "sungai", "lainnya",
] as const satisfies readonly WaterSource[];
export const TOILET_CODES = ["jamban_septik", "jamban_tanpa_septik", "tidak_ada"] as const satisfies readonly Toilet[];
export const AID_CODES = ["PKH", "BPNT", "PBI", "KUBE", "LAINNYA"] as const satisfies readonly AidProgramme[];
export const CONSENT_CODES = ["tertulis", "lisan", "wali"] as const satisfies readonly ConsentMethod[];
export const SEX_CODES = ["M", "F"] as const;
export const RELATION_CODES = ["kepala", "istri", "anak", "lainnya"] as const satisfies readonly Relation[];
export const EDUCATION_CODES = ["tidak_sekolah", "tidak_tamat_sd", "sd", "smp", "sma", "perguruan_tinggi"] as const satisfies readonly MotherEducation[];
export const MARITAL_CODES = ["belum_kawin", "kawin", "cerai_hidup", "cerai_mati"] as const satisfies readonly MaritalStatus[];
export const CONTRACEPTION_CODES = ["modern", "tradisional", "tidak"] as const satisfies readonly Contraception[];
export const POSITION_CODES = ["lying", "standing"] as const satisfies readonly MeasurePosition[];
/** A visit's activities, stored as bits of one number (codecs.ts codeSet): bit i = the i-th activity here. */
export const VISIT_ACTIVITY_CODES = [
  "konseling", "rujukan_posyandu", "rujukan_puskesmas", "bantuan", "pengukuran", "konseling_kb", "lainnya",
] as const satisfies readonly VisitActivity[];
