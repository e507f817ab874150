/**
 * Every threshold of the KRS rule that published sources disagree on is a
 * setting (DOMAIN.md). Defaults follow DOMAIN.md; the comments name the other
 * readings a district may choose.
 */
import type { WaterSource } from "../../model/household.ts";
import type { MotherEducation } from "./types.ts";

export interface ScreeningSettings {
  /** sources that count as layak; some lists add mata_air_terlindung and air_hujan */
  airLayak: readonly WaterSource[];
  /** PUS: a wife aged pusMinAge to pusMaxAge completed years, inclusive */
  pusMinAge: number;
  pusMaxAge: number;
  /** terlalu muda: wife younger than this (default 20) */
  terlaluMudaBelowAge: number;
  /** terlalu tua: wife older than this (default 35, i.e. 36 and up) ... */
  terlaluTuaAboveAge: number;
  /** ... and at most this age; null = up to the PUS limit. The "35-40" reading: above 34, up to 40. */
  terlaluTuaUpToAge: number | null;
  /** terlalu dekat: last two births less than this many months apart (default 24) */
  terlaluDekatBelowMonths: number;
  /** terlalu banyak: at least this many children; 4 means "> 3" (default), 3 means ">= 3" */
  terlaluBanyakMinChildren: number;
  /** PUS not using modern contraception is a factor (BKKBN, since 2024) */
  countTidakKbModern: boolean;
  /**
   * Whether a pregnant wife counts as "tidak ber-KB modern". Default no: she
   * cannot use contraception now, and flagging her would make every pregnancy
   * a KB failure.
   */
  pregnantCountsAsTidakKb: boolean;
  /** priority "miskin": desil 1 to this (default 4) ... */
  miskinMaxDesil: number;
  /** ... or receiving one of these programmes (compared without case) */
  miskinProgrammes: readonly string[];
  /** education levels counted as "pendidikan ibu rendah" (default: below SMP, i.e. at most SD) */
  pendidikanRendah: readonly MotherEducation[];
}

export const DEFAULT_SCREENING_SETTINGS: ScreeningSettings = {
  airLayak: ["kemasan", "ledeng", "sumur_bor", "sumur_terlindung"],
  pusMinAge: 15,
  pusMaxAge: 49,
  terlaluMudaBelowAge: 20,
  terlaluTuaAboveAge: 35,
  terlaluTuaUpToAge: null,
  terlaluDekatBelowMonths: 24,
  terlaluBanyakMinChildren: 4,
  countTidakKbModern: true,
  pregnantCountsAsTidakKb: false,
  miskinMaxDesil: 4,
  miskinProgrammes: ["PKH", "BPNT"],
  pendidikanRendah: ["tidak_sekolah", "tidak_tamat_sd", "sd"],
};

/** The defaults with a district's overrides, e.g. screeningSettings({ terlaluBanyakMinChildren: 3 }). */
export function screeningSettings(overrides: Partial<ScreeningSettings> = {}): ScreeningSettings {
  return { ...DEFAULT_SCREENING_SETTINGS, ...overrides };
}
