/**
 * NIK and No. KK as the matcher reads them: the 16 digits or nothing, and how two
 * numbers agree (the same, one digit off, two neighbouring digits swapped, different).
 * A number that is not 16 digits (missing, cut, turned into 5.37101E+15 by Excel) is
 * absent here: the import's row checks name it; the matcher only stops trusting it.
 */
import { parseNik } from "../nik.ts";
import { readIdDigits } from "../idNumber.ts";

export type IdAgreement = "sama" | "beda_1_digit" | "tertukar" | "beda";

/** The 16 digits, or "" when the text is not a 16-digit number. */
export function idDigits(raw: string): string {
  const { digits, errors } = readIdDigits(raw);
  return errors.length === 0 ? digits : "";
}

/** How two 16-digit numbers agree: one substitution, or one swap of neighbouring digits. */
export function compareIdDigits(a: string, b: string): IdAgreement {
  if (a === b) return "sama";
  if (a.length !== b.length) return "beda";
  let first = -1;
  let second = -1;
  for (let i = 0; i < a.length; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i)) {
      if (first < 0) first = i;
      else if (second < 0) second = i;
      else return "beda";
    }
  }
  if (second < 0) return "beda_1_digit";
  if (second === first + 1 && a[first] === b[second] && a[second] === b[first]) return "tertukar";
  return "beda";
}

/**
 * Blocking keys that a number one digit off (or with two neighbours swapped) shares
 * with the true one: the number without one of its four 4-digit chunks (a substitution
 * or a swap inside a chunk leaves three chunks whole), and without each pair of
 * digits around a chunk border (a swap across the border).
 */
export function nearIdKeys(digits: string): string[] {
  const keys: string[] = [];
  for (let chunk = 0; chunk < 4; chunk++) keys.push(`c${chunk}:${digits.slice(0, chunk * 4)}${digits.slice(chunk * 4 + 4)}`);
  for (const border of [4, 8, 12]) keys.push(`b${border}:${digits.slice(0, border - 1)}${digits.slice(border + 1)}`);
  return keys;
}

/** DDMMYY of a birth date (women's day without the +40), the only date a NIK encodes. */
export type BirthKey = string;

/** The birth date a NIK carries, as DDMMYY; null when the NIK's date is unreadable. */
export function nikBirthKey(digits: string, today?: string): BirthKey | null {
  if (digits === "") return null;
  const parsed = parseNik(digits, today === undefined ? {} : { today });
  return parsed.birthDate === null ? null : isoBirthKey(parsed.birthDate);
}

/** A recorded birth date (YYYY-MM-DD) as DDMMYY; null when it is not one. */
export function isoBirthKey(iso: string): BirthKey | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return null;
  return `${match[3]}${match[2]}${(match[1] ?? "").slice(2)}`;
}

/** The sex a NIK carries (day 41-71 = female), when readable. */
export function nikSex(digits: string): "M" | "F" | null {
  if (digits === "") return null;
  const day = Number(digits.slice(6, 8));
  return day >= 1 && day <= 31 ? "M" : day >= 41 && day <= 71 ? "F" : null;
}
