/**
 * Plain-data input of the KRS screening. The roster maps its records onto
 * these shapes; the rules never see Yjs or the UI.
 */
import type { Toilet, WaterSource } from "../../model/household.ts";

/** Relation to the head of the family, as on the Kartu Keluarga (reduced to what screening needs). */
export type Relation = "kepala" | "istri" | "anak" | "lainnya";

export type Contraception = "modern" | "tradisional" | "tidak";

/** Highest schooling of the mother, in Pendataan Keluarga's steps. */
export type MotherEducation = "tidak_sekolah" | "tidak_tamat_sd" | "sd" | "smp" | "sma" | "perguruan_tinggi";

export interface ScreeningMember {
  relation: Relation;
  sex: "M" | "F";
  /** YYYY-MM-DD, or null when unknown */
  birthDate: string | null;
  pregnant?: boolean;
  /** for a wife: her current contraception; null or absent = not asked yet */
  contraception?: Contraception | null;
  /** for a wife: children she has borne alive (may include children no longer in this KK) */
  childrenCount?: number;
  /** for a wife: date of her last delivery, which may be a child no longer in this KK */
  lastBirthDate?: string | null;
}

export interface ScreeningHousehold {
  /** main drinking-water source; "" or null = not recorded */
  sumberAir: WaterSource | "" | null;
  jamban: Toilet | "" | null;
  /** welfare desil of P3KE/DTSEN (1 = poorest 10%), null when not matched */
  desil: number | null;
  /** social aid received, e.g. "PKH", "BPNT" */
  aidProgrammes: readonly string[];
  motherEducation: MotherEducation | null;
}

export interface ScreeningFamily {
  members: readonly ScreeningMember[];
  household: ScreeningHousehold;
}
