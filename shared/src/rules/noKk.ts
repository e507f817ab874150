/**
 * No. KK (Nomor Kartu Keluarga): issuing region (6) + DDMMYY issue date (6,
 * no +40: a family has no sex) + serial (4). It changes when a family splits
 * or moves, so it is checked here but never used as a family's key.
 */
import {
  decodeDdMmYy,
  provinceInRange,
  readIdDigits,
  regionHasZeroSegment,
  serialIsZero,
  type IdError,
  type IdWarning,
} from "./idNumber.ts";
import { todayOf } from "./calendar.ts";

export type NoKkError = IdError;
export type NoKkWarning = IdWarning;

export interface NoKkParse {
  valid: boolean;
  errors: NoKkError[];
  warnings: NoKkWarning[];
  regionCode: string | null;
  /** YYYY-MM-DD, when the date part is a real day */
  issueDate: string | null;
}

export function parseNoKk(kk: string, options: { today?: Date | string } = {}): NoKkParse {
  const { digits, errors } = readIdDigits(kk);
  if (errors.length > 0) return { valid: false, errors, warnings: [], regionCode: null, issueDate: null };

  const warnings: NoKkWarning[] = [];
  const provinceOk = provinceInRange(digits);
  if (!provinceOk) errors.push("provinsi_tidak_dikenal");
  else if (regionHasZeroSegment(digits)) warnings.push("kode_wilayah_00");

  const day = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  const yy = Number(digits.slice(10, 12));
  const decoded = decodeDdMmYy(day, month, yy, day >= 1 && day <= 31, todayOf(options.today));
  errors.push(...decoded.errors);
  if (serialIsZero(digits)) errors.push("nomor_urut_0000");

  return { valid: errors.length === 0, errors, warnings, regionCode: provinceOk ? digits.slice(0, 6) : null, issueDate: decoded.date };
}
