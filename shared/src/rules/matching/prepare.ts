/**
 * Families and social-list rows turned into one comparable shape (a unit: people,
 * No. KK, RT/RW, street and house number), normalised once. A social-list row is a
 * unit of one person; a family has its head, wife and others.
 */
import { normaliseAddress } from "./normaliseAddress.ts";
import { displayName } from "./normaliseName.ts";
import { idDigits, isoBirthKey, nikBirthKey, nikSex, type BirthKey } from "./identifiers.ts";
import type { TokenTable, PreparedName } from "./tokens.ts";
import type { MatchFamily, MatchPerson, MatchSocialRow } from "./types.ts";

export interface UnitPerson {
  /** 16 digits or "" */
  nik: string;
  /** DDMMYY the NIK carries */
  nikBirth: BirthKey | null;
  /** DDMMYY of the recorded birth date */
  recordBirth: BirthKey | null;
  /** from the record, else the role (istri), else the NIK */
  sex: "M" | "F" | null;
  role: MatchPerson["role"];
  name: PreparedName;
  /** the name as written, for evidence */
  display: string;
}

export interface Unit {
  index: number;
  id: string;
  /** 16 digits or "" */
  kk: string;
  people: UnitPerson[];
  rt: number | null;
  rw: number | null;
  street: string;
  number: string;
  /** the address as written, for evidence */
  alamat: string;
  /** every person has a readable NIK */
  nikComplete: boolean;
}

function preparePerson(person: MatchPerson, table: TokenTable, today: string | undefined): UnitPerson {
  const nik = idDigits(person.nik);
  const recordSex = person.sex === "" ? null : person.sex;
  const roleSex = person.role === "istri" ? "F" : null;
  return {
    nik,
    nikBirth: nikBirthKey(nik, today),
    recordBirth: isoBirthKey(person.birthDate),
    sex: recordSex ?? roleSex ?? nikSex(nik),
    role: person.role,
    name: table.addName(person.name),
    display: displayName(person.name),
  };
}

function unitOf(
  index: number,
  id: string,
  kk: string,
  people: UnitPerson[],
  rt: number | null,
  rw: number | null,
  alamat: string,
): Unit {
  const address = normaliseAddress(alamat);
  return {
    index,
    id,
    kk: idDigits(kk),
    people,
    rt,
    rw,
    street: address.street,
    number: address.number,
    alamat: displayName(alamat),
    nikComplete: people.length > 0 && people.every((p) => p.nik !== ""),
  };
}

export function prepareFamily(family: MatchFamily, index: number, table: TokenTable, today?: string): Unit {
  const people = family.people
    .filter((p) => p.name.trim() !== "" || p.nik.trim() !== "")
    .map((p) => preparePerson(p, table, today));
  return unitOf(index, family.id, family.noKk, people, family.rt, family.rw, family.alamat);
}

export function prepareSocialRow(row: MatchSocialRow, index: number, table: TokenTable, today?: string): Unit {
  const person = preparePerson({ nik: row.nik, name: row.name, birthDate: row.birthDate, sex: "", role: "" }, table, today);
  return unitOf(index, row.id, row.noKk, [person], row.rt, row.rw, row.alamat);
}
