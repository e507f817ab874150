/**
 * The comparison vector of a candidate pair: one level per field, -1 where a side
 * lacks the data (no evidence either way). Unit a is the social-list row (or the
 * other family), unit b the family.
 *
 * - nik: the same / one digit off / two neighbours swapped, against every person of
 *   the other side; else different, "partial" when someone's NIK is missing (the row
 *   may be that person).
 * - kk: the same / one digit off or swapped / issued the same day in the same kecamatan
 *   (the first 12 digits: a re-issued card, or the last digits lost, as Excel does to
 *   16-digit numbers) / different.
 * - nama: the best name level against any person (head, wife, others).
 * - nama_pasangan (family against family): the best level among the remaining people.
 * - tanggal_lahir: the birth date a NIK carries against a recorded birth date of a
 *   person of the same sex (not NIK against NIK: the nik field has that); unused when
 *   the NIKs are the same.
 * - rt_rw: RT and RW the same / RT one apart in the same RW / RT other / RW other.
 * - alamat: street and house number the same / a number missing / another number /
 *   another street.
 */
import { compareIdDigits } from "./identifiers.ts";
import { compareNames, NAME_DIFFERENT, NAME_LEVELS, type NameComparison } from "./nameCompare.ts";
import type { Unit } from "./prepare.ts";
import { boundedOsa, type TokenTable } from "./tokens.ts";

export const FIELDS = ["nik", "kk", "nama", "nama_pasangan", "tanggal_lahir", "rt_rw", "alamat"] as const;
export type Field = (typeof FIELDS)[number];

export const LEVELS: Record<Field, readonly string[]> = {
  nik: ["sama", "beda_1_digit", "tertukar", "beda_sebagian", "beda"],
  kk: ["sama", "hampir_sama", "tanggal_terbit_sama", "beda"],
  nama: NAME_LEVELS,
  nama_pasangan: NAME_LEVELS,
  tanggal_lahir: ["sama", "beda"],
  rt_rw: ["sama", "rt_beda_1", "rt_beda", "rw_beda"],
  alamat: ["sama", "nomor_tidak_ada", "nomor_beda", "jalan_beda"],
};

export const F_NIK = 0;
export const F_KK = 1;
export const F_NAME = 2;
export const F_NAME2 = 3;
export const F_DATE = 4;
export const F_RTRW = 5;
export const F_STREET = 6;
export const FIELD_COUNT = FIELDS.length;
export const MAX_LEVELS = 5;

/** What the levels rest on, kept for the evidence of the pairs that are output. */
export interface PairDetail {
  /** person indices in a and in b that the NIK level rests on (-1: none) */
  nikA: number;
  nikB: number;
  nameA: number;
  nameB: number;
  name2A: number;
  name2B: number;
  dateA: number;
  dateB: number;
  /** ln term frequency of the name levels */
  nameLnTf: number;
  name2LnTf: number;
  /** the person of b the row stands for: whose name is most alike (the NIK's among equals, a woman for "Ny. <husband>"), else whose NIK it has; -1 unknown */
  slot: number;
}

export function newDetail(): PairDetail {
  return { nikA: -1, nikB: -1, nameA: -1, nameB: -1, name2A: -1, name2B: -1, dateA: -1, dateB: -1, nameLnTf: 0, name2LnTf: 0, slot: -1 };
}

const ID_RANK = { sama: 0, beda_1_digit: 1, tertukar: 2, beda: 9 } as const;
/** scratch: the best name level per person of b */
const nameLevelOf: number[] = [];
const nameScratch: NameComparison = { level: -1, lnTf: 0 };

/** Fills `levels` (length FIELD_COUNT) and `detail` for the pair (a, b). */
export function comparePair(a: Unit, b: Unit, table: TokenTable, levels: Int8Array, detail: PairDetail): void {
  // nik
  let nikLevel = -1;
  detail.nikA = detail.nikB = -1;
  for (let i = 0; i < a.people.length; i++) {
    const na = a.people[i]?.nik ?? "";
    if (na === "") continue;
    for (let j = 0; j < b.people.length; j++) {
      const nb = b.people[j]?.nik ?? "";
      if (nb === "") continue;
      const rank = ID_RANK[compareIdDigits(na, nb)];
      if (nikLevel < 0 || rank < nikLevel) {
        nikLevel = rank;
        detail.nikA = i;
        detail.nikB = j;
      }
    }
  }
  if (nikLevel === 9) nikLevel = a.nikComplete && b.nikComplete ? 4 : 3;
  levels[F_NIK] = nikLevel;

  // kk
  if (a.kk === "" || b.kk === "") levels[F_KK] = -1;
  else {
    const agreement = compareIdDigits(a.kk, b.kk);
    levels[F_KK] = agreement === "sama" ? 0 : agreement !== "beda" ? 1 : a.kk.slice(0, 12) === b.kk.slice(0, 12) ? 2 : 3;
  }

  // names: the best pair, then the best pair of the people left
  let bestLevel = -1;
  let bestTf = 0;
  detail.nameA = detail.nameB = -1;
  nameLevelOf.length = b.people.length;
  nameLevelOf.fill(NAME_DIFFERENT + 1);
  for (let i = 0; i < a.people.length; i++) {
    const pa = a.people[i];
    if (!pa) continue;
    for (let j = 0; j < b.people.length; j++) {
      const pb = b.people[j];
      if (!pb) continue;
      const c = compareNames(pa.name, pb.name, table, nameScratch);
      if (c.level < 0) continue;
      if (c.level < (nameLevelOf[j] ?? NAME_DIFFERENT + 1)) nameLevelOf[j] = c.level;
      if (bestLevel < 0 || c.level < bestLevel || (c.level === bestLevel && c.lnTf < bestTf)) {
        bestLevel = c.level;
        bestTf = c.lnTf;
        detail.nameA = i;
        detail.nameB = j;
      }
    }
  }
  levels[F_NAME] = bestLevel;
  detail.nameLnTf = bestTf;

  let secondLevel = -1;
  let secondTf = 0;
  detail.name2A = detail.name2B = -1;
  if (detail.nameA >= 0 && a.people.length > 1 && b.people.length > 1) {
    const ui = detail.nameA;
    const uj = detail.nameB;
    for (let i = 0; i < a.people.length; i++) {
      const pa = a.people[i];
      if (!pa || i === ui) continue;
      for (let j = 0; j < b.people.length; j++) {
        const pb = b.people[j];
        if (!pb || j === uj) continue;
        const c = compareNames(pa.name, pb.name, table, nameScratch);
        if (c.level < 0) continue;
        if (secondLevel < 0 || c.level < secondLevel || (c.level === secondLevel && c.lnTf < secondTf)) {
          secondLevel = c.level;
          secondTf = c.lnTf;
          detail.name2A = i;
          detail.name2B = j;
        }
      }
    }
  }
  levels[F_NAME2] = secondLevel;
  detail.name2LnTf = secondTf;

  // birth date: a NIK's date against a recorded date of a person of the same sex
  let dateLevel = -1;
  detail.dateA = detail.dateB = -1;
  if (nikLevel !== 0) {
    for (let i = 0; i < a.people.length && dateLevel !== 0; i++) {
      const pa = a.people[i];
      if (!pa) continue;
      for (let j = 0; j < b.people.length; j++) {
        const pb = b.people[j];
        if (!pb || (pa.sex !== null && pb.sex !== null && pa.sex !== pb.sex)) continue;
        const agreement = Math.min(
          dateAgreement(pa.nikBirth, pb.recordBirth),
          dateAgreement(pa.recordBirth, pb.nikBirth),
          dateAgreement(pa.recordBirth, pb.recordBirth),
        );
        if (agreement === 0 || (agreement === 1 && dateLevel < 0)) {
          dateLevel = agreement;
          detail.dateA = i;
          detail.dateB = j;
        }
        if (dateLevel === 0) break;
      }
    }
  }
  levels[F_DATE] = dateLevel;

  // RT / RW
  if (a.rw !== null && b.rw !== null && a.rw !== b.rw) levels[F_RTRW] = 3;
  else if (a.rt === null || b.rt === null) levels[F_RTRW] = -1;
  else {
    const d = Math.abs(a.rt - b.rt);
    levels[F_RTRW] = d === 0 ? 0 : d === 1 ? 1 : 2;
  }

  // street and house number
  if (a.street === "" || b.street === "") levels[F_STREET] = -1;
  else if (!sameStreet(a.street, b.street)) levels[F_STREET] = 3;
  else if (a.number === "" || b.number === "") levels[F_STREET] = 1;
  else levels[F_STREET] = a.number === b.number ? 0 : 2;

  // the person of b this row stands for: the one whose name is most alike (a row may
  // carry the spouse's NIK), the NIK's person among equals or when no name is alike
  const nikPerson = nikLevel === 0 ? detail.nikB : -1;
  if (bestLevel >= 0 && bestLevel < NAME_DIFFERENT && detail.nameA >= 0) {
    detail.slot = nikPerson >= 0 && nameLevelOf[nikPerson] === bestLevel ? nikPerson : detail.nameB;
    // "Ny. Budi Santoso" is Budi Santoso's wife: the row stands for a woman of the family
    const named = b.people[detail.slot];
    if (a.people[detail.nameA]?.name.nyonya && named && named.sex !== "F") {
      detail.slot = b.people.findIndex((p) => p.sex === "F");
    }
  } else detail.slot = nikPerson;
}

/** 0 the same date, 1 another date, 2 nothing to compare */
function dateAgreement(x: string | null, y: string | null): number {
  if (x === null || y === null) return 2;
  return x === y ? 0 : 1;
}

function sameStreet(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 5 && boundedOsa(a, b, 1) <= 1;
}
