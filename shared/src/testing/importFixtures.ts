/**
 * The shared family and social lists (tests/fixtures/lists: BKKBN-style bkkbn_pk.csv,
 * Dinsos-style dinsos_dtsen.csv, truth.csv) read into what the roster's import write
 * takes (FamilyImportInput, SocialRow), for the import benchmark and tests that need a
 * realistic imported roster. Their columns only: the real reader with its column
 * mapping and row checks is shared/src/import.
 */
import Papa from "papaparse";
import { normaliseRtRw, type FamilyImportInput, type MemberImportInput, type SocialProgramme, type SocialRow, type Toilet, type WaterSource } from "../model/index.ts";
import { parseNik } from "../rules/nik.ts";

const WATER: Record<string, WaterSource> = {
  "air kemasan/isi ulang": "kemasan",
  "ledeng/pam": "ledeng",
  "sumur bor": "sumur_bor",
  "sumur terlindung": "sumur_terlindung",
  "sumur tak terlindung": "sumur_tak_terlindung",
  "mata air terlindung": "mata_air_terlindung",
  "mata air tak terlindung": "mata_air_tak_terlindung",
  "air hujan": "air_hujan",
  "air sungai": "sungai",
};
const TOILET: Record<string, Toilet> = { "jamban dengan septic tank": "jamban_septik", "jamban tanpa septic tank": "jamban_tanpa_septik", "tidak ada jamban": "tidak_ada" };

export function parseCsv(text: string): Array<Record<string, string>> {
  return Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
}

/** RT/RW as lists write them: "003", "3", "RT 03". */
function rtRw(v: string | undefined): number | null {
  return normaliseRtRw(v ?? "");
}

function person(nik: string, nama: string, relation: "kepala" | "istri", birthDate: string): MemberImportInput {
  const parsed = parseNik(nik);
  const out: MemberImportInput = { nik, nama: nama.trim(), relation, sex: relation === "istri" ? "F" : (parsed.valid && parsed.sex) || "" };
  const born = birthDate || (parsed.valid ? (parsed.birthDate ?? "") : "");
  if (born) out.birthDate = born;
  return out;
}

/** bkkbn_pk.csv: one row per family (head and wife). */
export function familiesOfBkkbn(rows: ReadonlyArray<Record<string, string>>): FamilyImportInput[] {
  return rows.map((r, i) => {
    const members: MemberImportInput[] = [person(r.nik_kepala ?? "", r.nama_kepala ?? "", "kepala", "")];
    if ((r.nama_istri ?? "").trim() !== "" || (r.nik_istri ?? "") !== "") {
      const wife = person(r.nik_istri ?? "", r.nama_istri ?? "", "istri", r.tgl_lahir_istri ?? "");
      const children = Number(r.jumlah_anak);
      if (r.jumlah_anak !== undefined && r.jumlah_anak !== "" && Number.isInteger(children)) wife.childrenCount = children;
      members.push(wife);
    }
    const water = WATER[(r.sumber_air_minum ?? "").trim().toLowerCase()];
    const toilet = TOILET[(r.fasilitas_bab ?? "").trim().toLowerCase()];
    return {
      householdId: null,
      listId: (r.kode_keluarga ?? "").trim(),
      rowNumber: i + 2,
      fields: { noKk: (r.no_kk ?? "").trim(), kepala: (r.nama_kepala ?? "").trim(), rt: rtRw(r.rt), rw: rtRw(r.rw), alamat: (r.alamat ?? "").trim(), ...(water ? { sumberAir: water } : {}), ...(toilet ? { jamban: toilet } : {}) },
      members,
    };
  });
}

/** dinsos_dtsen.csv: one row per registered person, with desil and PKH/BPNT/PBI as 0/1. */
export function socialRowsOfDtsen(rows: ReadonlyArray<Record<string, string>>): SocialRow[] {
  return rows.map((r) => {
    const desil = Number(r.desil);
    const aid: SocialProgramme[] = [];
    if (r.pkh === "1") aid.push("PKH");
    if (r.bpnt === "1") aid.push("BPNT");
    if (r.pbi === "1") aid.push("PBI");
    return {
      id: (r.id_dtsen ?? "").trim(),
      nik: (r.nik ?? "").trim(),
      noKk: (r.no_kk ?? "").trim(),
      name: (r.nama ?? "").trim(),
      birthDate: "",
      rt: rtRw(r.rt),
      rw: rtRw(r.rw),
      alamat: (r.alamat ?? "").trim(),
      desil: Number.isInteger(desil) && desil >= 1 && desil <= 10 ? desil : null,
      aid,
    };
  });
}

/** truth.csv: (kode_keluarga, id_dtsen) pairs that are the same family. */
export function truthPairs(rows: ReadonlyArray<Record<string, string>>): Array<{ familyId: string; socialId: string }> {
  return rows.map((r) => ({ familyId: r.kode_keluarga ?? "", socialId: r.id_dtsen ?? "" }));
}
