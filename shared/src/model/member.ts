import type { Contraception, MotherEducation, Relation } from "../rules/screening/types.ts";

/**
 * A member (anggota) of a household, as on the Kartu Keluarga plus what the
 * KRS screening asks of a wife of reproductive age. The answers that decide a
 * risk (pregnant, contraception, children, last birth) are critical values:
 * the CRDT layer keeps concurrent different answers as a conflict.
 */
export const RELATIONS = ["kepala", "istri", "anak", "lainnya"] as const satisfies readonly Relation[];
export const EDUCATIONS = ["tidak_sekolah", "tidak_tamat_sd", "sd", "smp", "sma", "perguruan_tinggi"] as const satisfies readonly MotherEducation[];
export const CONTRACEPTIONS = ["modern", "tradisional", "tidak"] as const satisfies readonly Contraception[];
export const MARITAL_STATUSES = ["belum_kawin", "kawin", "cerai_hidup", "cerai_mati"] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];

export interface MemberFields {
  nik: string;
  nama: string;
  sex: "M" | "F" | "";
  /** YYYY-MM-DD or "" */
  birthDate: string;
  relation: Relation | "";
  education: MotherEducation | "";
  maritalStatus: MaritalStatus | "";
}

/** Risk answers: asked of a wife of 15-49 (PUS). null = not asked yet. */
export interface MemberRiskAnswers {
  pregnant: boolean | null;
  contraception: Contraception | null;
  childrenCount: number | null;
  lastBirthDate: string | null;
}

export interface Member extends MemberFields, MemberRiskAnswers {
  id: string;
}

export function emptyMember(): MemberFields & MemberRiskAnswers {
  return { nik: "", nama: "", sex: "", birthDate: "", relation: "", education: "", maritalStatus: "", pregnant: null, contraception: null, childrenCount: null, lastBirthDate: null };
}

export const MEMBER_RISK_KEYS = ["pregnant", "contraception", "childrenCount", "lastBirthDate"] as const satisfies ReadonlyArray<keyof MemberRiskAnswers>;
