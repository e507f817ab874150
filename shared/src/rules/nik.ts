/**
 * NIK (Nomor Induk Kependudukan): region of first registration (6) + DDMMYY
 * birth date, women's day + 40 (6) + serial (4). DOMAIN.md: validate the
 * structure, never the region list (historical codes stay valid), and treat a
 * NIK that disagrees with the person's record as a warning only, because
 * Dukcapil does not reissue such NIKs.
 */
import {
  decodeDdMmYy,
  provinceInRange,
  readIdDigits,
  regionHasZeroSegment,
  serialIsZero,
  stripIdSeparators,
  type IdError,
  type IdWarning,
} from "./idNumber.ts";
import { parseIsoDate, todayOf } from "./calendar.ts";

export type NikError = IdError;
export type NikWarning = IdWarning | "jenis_kelamin_tidak_cocok" | "tanggal_lahir_tidak_cocok";

export interface NikParse {
  valid: boolean;
  errors: NikError[];
  warnings: NikWarning[];
  /** the 6-digit region code (PPKKCC), when the number has 16 digits and a known province range */
  regionCode: string | null;
  /** YYYY-MM-DD, when the date part is a real day */
  birthDate: string | null;
  /** from the day field (41-71 = female), when that field is in range */
  sex: "M" | "F" | null;
}

export interface NikOptions {
  /** decides the century of YY (default: now); an ISO date or a Date */
  today?: Date | string;
}

interface DateFields {
  day: number;
  month: number;
  yy: number;
  sex: "M" | "F" | null;
}

function dateFields(digits: string): DateFields {
  const rawDay = Number(digits.slice(6, 8));
  const sex = rawDay >= 1 && rawDay <= 31 ? "M" : rawDay >= 41 && rawDay <= 71 ? "F" : null;
  return {
    day: sex === "F" ? rawDay - 40 : rawDay,
    month: Number(digits.slice(8, 10)),
    yy: Number(digits.slice(10, 12)),
    sex,
  };
}

export function parseNik(nik: string, options: NikOptions = {}): NikParse {
  const { digits, errors } = readIdDigits(nik);
  if (errors.length > 0) return { valid: false, errors, warnings: [], regionCode: null, birthDate: null, sex: null };

  const warnings: NikWarning[] = [];
  const provinceOk = provinceInRange(digits);
  if (!provinceOk) errors.push("provinsi_tidak_dikenal");
  else if (regionHasZeroSegment(digits)) warnings.push("kode_wilayah_00");

  const fields = dateFields(digits);
  const decoded = decodeDdMmYy(fields.day, fields.month, fields.yy, fields.sex !== null, todayOf(options.today));
  errors.push(...decoded.errors);
  if (serialIsZero(digits)) errors.push("nomor_urut_0000");

  return {
    valid: errors.length === 0,
    errors,
    warnings,
    regionCode: provinceOk ? digits.slice(0, 6) : null,
    birthDate: decoded.date,
    sex: fields.sex,
  };
}

export interface MemberIdentity {
  sex: "M" | "F" | null;
  birthDate: string | null;
}

/**
 * Warnings when the NIK's sex or birth date disagrees with the member record.
 * Never errors: the NIK stays as printed on the KTP/KK. Dates are compared
 * as DD-MM-YY, the only thing a NIK encodes, so the century guess cannot
 * cause a false alarm for a grandmother born in 1924. An unreadable NIK gives
 * no warnings here; parseNik reports its errors.
 */
export function checkNikAgainstMember(nik: string, member: MemberIdentity): NikWarning[] {
  const { digits, errors } = readIdDigits(nik);
  if (errors.length > 0) return [];
  const fields = dateFields(digits);
  const warnings: NikWarning[] = [];
  if (fields.sex !== null && member.sex !== null && fields.sex !== member.sex) warnings.push("jenis_kelamin_tidak_cocok");
  const born = member.birthDate === null ? null : parseIsoDate(member.birthDate);
  if (fields.sex !== null && born !== null) {
    const same = born.day === fields.day && born.month === fields.month && born.year % 100 === fields.yy;
    if (!same) warnings.push("tanggal_lahir_tidak_cocok");
  }
  return warnings;
}

/** "3271********0001": the form to show wherever the full NIK is not needed (UU 27/2022). */
export function maskNik(nik: string): string {
  const digits = stripIdSeparators(nik);
  if (digits.length <= 8) return "*".repeat(digits.length);
  return digits.slice(0, 4) + "*".repeat(digits.length - 8) + digits.slice(-4);
}
