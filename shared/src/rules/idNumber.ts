/**
 * What NIK and No. KK share: 16 digits = 6-digit region (PP KK CC) + DDMMYY
 * + 4-digit serial. Kept apart from nik.ts/noKk.ts so both read the same
 * digits the same way.
 */
import { compareDates, formatIsoDate, isRealDate, type CivilDate } from "./calendar.ts";

/** Issues both numbers can have; the message maps say what to fix. */
export type IdError =
  | "kosong"
  | "bukan_angka"
  | "panjang_bukan_16"
  | "provinsi_tidak_dikenal"
  | "tanggal_tidak_valid"
  | "bulan_tidak_valid"
  | "tanggal_tidak_ada"
  | "nomor_urut_0000";

export type IdWarning = "kode_wilayah_00";

/** Separators people type or copy from a KTP scan: spaces (incl. no-break), dots, dashes. */
export function stripIdSeparators(text: string): string {
  return text.replace(/[\s.\-\u2010-\u2015]/g, "");
}

export interface IdDigits {
  digits: string;
  errors: IdError[];
}

/** The 16 digits, or the error that stops any further reading. */
export function readIdDigits(text: string): IdDigits {
  const digits = stripIdSeparators(text);
  if (digits === "") return { digits, errors: ["kosong"] };
  if (!/^\d+$/.test(digits)) return { digits, errors: ["bukan_angka"] };
  if (digits.length !== 16) return { digits, errors: ["panjang_bukan_16"] };
  return { digits, errors: [] };
}

/** Province codes run 11 (Aceh) to 96 (Papua Barat Daya). Unknown kabupaten/kecamatan are never rejected. */
export function provinceInRange(digits: string): boolean {
  const province = Number(digits.slice(0, 2));
  return province >= 11 && province <= 96;
}

/** Kabupaten or kecamatan "00" is never issued, but old records exist: a warning, not a rejection. */
export function regionHasZeroSegment(digits: string): boolean {
  return digits.slice(2, 4) === "00" || digits.slice(4, 6) === "00";
}

export function serialIsZero(digits: string): boolean {
  return digits.slice(12, 16) === "0000";
}

/**
 * Picks the century of a two-digit year: 20YY unless that date is still in
 * the future on `today`, then 19YY. So in 2025 "24" is 2024 and "30" is 1930.
 * Compared as a (year, month, day) tuple so that it works for impossible
 * days too, which are reported separately.
 */
export function yearFromYy(yy: number, month: number, day: number, today: CivilDate): number {
  const candidate = { year: 2000 + yy, month, day };
  return compareDates(candidate, today) > 0 ? 1900 + yy : 2000 + yy;
}

export interface DecodedDate {
  errors: IdError[];
  /** YYYY-MM-DD, only when the date is a real calendar day */
  date: string | null;
}

/** Checks DD (already without the +40) and MM, picks the century, checks the day exists. */
export function decodeDdMmYy(day: number, month: number, yy: number, dayInRange: boolean, today: CivilDate): DecodedDate {
  const errors: IdError[] = [];
  if (!dayInRange) errors.push("tanggal_tidak_valid");
  if (month < 1 || month > 12) errors.push("bulan_tidak_valid");
  if (errors.length > 0) return { errors, date: null };
  const year = yearFromYy(yy, month, day, today);
  if (!isRealDate(year, month, day)) return { errors: ["tanggal_tidak_ada"], date: null };
  return { errors, date: formatIsoDate({ year, month, day }) };
}
