/**
 * What the member form says before saving. NIK structure errors block saving
 * (parseNik); a NIK that disagrees with the record's sex or birth date is
 * only a warning (checkNikAgainstMember), because Dukcapil never reissues it.
 */
import { emptyMember, type MemberFields, type MemberRiskAnswers } from "@shared/model/index.ts";
import { checkNikAgainstMember, completedYears, parseIsoDate, parseNik } from "@shared/rules/index.ts";
import type { MessageKey } from "../../i18n/index.ts";

export type MemberDraft = MemberFields & MemberRiskAnswers;
export type MemberErrors = Partial<Record<"nama" | "nik" | "birthDate" | "childrenCount" | "lastBirthDate", MessageKey[]>>;

export const MEMBER_KEYS = Object.keys(emptyMember()) as Array<keyof MemberDraft>;

/** The NIK as stored: digits only (people type it with spaces or dots, as printed). */
export function cleanNik(nik: string): string {
  return nik.replace(/[\s.-]/g, "");
}

export function checkMember(d: MemberDraft, today: string): { errors: MemberErrors; warnings: MessageKey[] } {
  const errors: MemberErrors = {};
  const warnings: MessageKey[] = [];
  if (d.nama.trim() === "") errors.nama = ["hh.error.nama_wajib"];
  if (d.birthDate !== "" && d.birthDate > today) errors.birthDate = ["hh.error.lahir_masa_depan"];
  if (d.lastBirthDate !== null && d.lastBirthDate > today) errors.lastBirthDate = ["hh.error.tanggal_masa_depan"];
  if (d.childrenCount !== null && !(Number.isInteger(d.childrenCount) && d.childrenCount >= 0)) errors.childrenCount = ["hh.error.jumlah_anak"];
  const nik = cleanNik(d.nik);
  if (nik !== "") {
    const parsed = parseNik(nik, { today });
    if (parsed.errors.length > 0) errors.nik = parsed.errors.map((e) => `hh.nik.${e}` as const);
    else {
      warnings.push(...parsed.warnings.map((w) => `hh.nik.${w}` as const));
      const identity = { sex: d.sex === "" ? null : d.sex, birthDate: d.birthDate === "" ? null : d.birthDate };
      warnings.push(...checkNikAgainstMember(nik, identity).map((w) => `hh.nik.${w}` as const));
    }
  }
  return { errors, warnings };
}

/** A wife of 15-49 (or of unknown age) is asked the PUS risk questions. */
export function asksRiskQuestions(d: Pick<MemberDraft, "relation" | "birthDate">, today: string, minAge = 15, maxAge = 49): boolean {
  if (d.relation !== "istri") return false;
  const born = parseIsoDate(d.birthDate);
  const now = parseIsoDate(today);
  if (!born || !now) return true;
  const years = completedYears(born, now);
  return years >= minAge && years <= maxAge;
}
