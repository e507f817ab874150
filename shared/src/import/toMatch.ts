/** Imported records into the matcher's contract (rules/matching/types.ts). */
import type { MatchFamily, MatchSocialRow } from "../rules/matching/types.ts";
import type { ImportedFamily, ImportedSocialRow } from "./types.ts";

export function toMatchFamily(family: ImportedFamily): MatchFamily {
  return {
    id: family.id,
    noKk: family.noKk,
    people: family.members.map((p) => ({ nik: p.nik, name: p.nama, birthDate: p.birthDate, sex: p.sex, role: p.relation })),
    rt: family.rt,
    rw: family.rw,
    alamat: family.alamat,
    kodeWilayah: family.kodeWilayah,
  };
}

export function toMatchSocialRow(row: ImportedSocialRow): MatchSocialRow {
  return { id: row.id, nik: row.nik, noKk: row.noKk, name: row.nama, birthDate: row.birthDate, rt: row.rt, rw: row.rw, alamat: row.alamat };
}
