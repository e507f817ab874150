/**
 * The fields each kind of list offers and the header names they go by in
 * BKKBN, Dinsos (DTKS/DTSEN, P3KE) and Dukcapil (SIAK) exports and in
 * hand-made village sheets. An alias is compared as a header key (headerKey.ts);
 * a weight below 1 marks a name that also means something else ("NIK" in a
 * family list is most likely the head's, but not surely).
 */
import { headerKey } from "./headerKey.ts";
import type { FieldId, ListKind } from "./types.ts";

export type Alias = string | [name: string, weight: number];

export interface FieldSpec {
  field: FieldId;
  /** Indonesian label for the mapping screen */
  label: string;
  required: boolean;
  aliases: Alias[];
}

const COMMON: Partial<Record<FieldId, { label: string; aliases: Alias[] }>> = {
  noKk: { label: "Nomor KK", aliases: ["nomor kk", "nomor kartu keluarga", "nkk", "nokk", ["kk", 0.8], "nomor kk keluarga"] },
  rt: { label: "RT", aliases: ["rt", "nomor rt", "rt domisili"] },
  rw: { label: "RW", aliases: ["rw", "nomor rw", "rw domisili"] },
  rtRw: { label: "RT/RW (satu kolom)", aliases: ["rt rw", "rt dan rw", "nomor rt rw"] },
  alamat: { label: "Alamat", aliases: ["alamat", "alamat rumah", "alamat lengkap", "alamat domisili", "jalan", "nama jalan", "alamat tempat tinggal"] },
  dusun: { label: "Dusun/Lingkungan", aliases: ["dusun", "lingkungan", "dusun lingkungan", "nama dusun", "banjar", "jorong", "dukuh"] },
  desa: {
    label: "Desa/Kelurahan",
    aliases: ["desa", "kelurahan", "desa kelurahan", "kelurahan desa", "nama desa", "nama kelurahan", "desa kel", "kel name", "nama kel"],
  },
  kodeWilayah: {
    label: "Kode wilayah",
    aliases: ["kode wilayah", "kode desa", "kode kelurahan", "kode kemendagri", "kode wil", "kode desa kelurahan", "kode wilayah desa", "kode wilayah kemendagri"],
  },
  sumberAir: { label: "Sumber air minum", aliases: ["sumber air minum", "sumber air minum utama", "air minum", "sumber air"] },
  jamban: {
    label: "Fasilitas BAB (jamban)",
    aliases: ["fasilitas bab", "jamban", "fasilitas buang air besar", "tempat bab", "kepemilikan jamban", "fasilitas jamban", ["bab", 0.8], ["sanitasi", 0.6]],
  },
  nik: { label: "NIK", aliases: ["nik", "nomor induk kependudukan", "nik art", "nik penerima", "nik anggota", "nik kpm", "nik anggota keluarga"] },
  nama: {
    label: "Nama",
    aliases: ["nama", "nama lengkap", "nama art", "nama penerima", "nama kpm", "nama anggota", "nama anggota keluarga", "nama penduduk"],
  },
  hubungan: {
    label: "Hubungan dalam keluarga (SHDK)",
    aliases: [
      "hubungan dengan kk",
      "hubungan dengan kepala keluarga",
      "shdk",
      "status hubungan dalam keluarga",
      "status hubungan",
      "hubungan keluarga",
      "hubungan",
      "status hbkel",
      "status dalam keluarga",
      "kedudukan dalam keluarga",
    ],
  },
  jenisKelamin: { label: "Jenis kelamin", aliases: ["jenis kelamin", "jk", "kelamin", "l p", "sex", "gender"] },
  tglLahir: { label: "Tanggal lahir", aliases: ["tanggal lahir", "tanggal lahir art", ["ttl", 0.8], ["tempat tanggal lahir", 0.8], ["lahir", 0.6]] },
};

function common(field: FieldId, required = false): FieldSpec {
  const spec = COMMON[field];
  if (!spec) throw new Error(`no common spec for ${field}`);
  return { field, label: spec.label, required, aliases: spec.aliases };
}

const FAMILY: FieldSpec[] = [
  { field: "id", label: "Kode keluarga", required: false, aliases: ["kode keluarga", "id keluarga", "kode kk", "id keluarga p3ke", "kode pk", ["kode", 0.7], ["id", 0.7]] },
  common("noKk"),
  {
    field: "nikKepala",
    label: "NIK kepala keluarga",
    required: false,
    aliases: ["nik kepala keluarga", "nik kepala", "nik kk", "nik krt", "nik kepala rumah tangga", "nik suami", ["nik", 0.6]],
  },
  {
    field: "namaKepala",
    label: "Nama kepala keluarga",
    required: true,
    aliases: ["nama kepala keluarga", "nama kepala", "nama kk", "nama krt", "kepala keluarga", "nama kepala rumah tangga", "nama suami", ["nama", 0.55], ["nama lengkap", 0.55]],
  },
  { field: "jkKepala", label: "Jenis kelamin kepala keluarga", required: false, aliases: ["jenis kelamin kepala keluarga", "jenis kelamin kepala", "jk kepala", "jenis kelamin kk", "jk kk"] },
  {
    field: "tglLahirKepala",
    label: "Tanggal lahir kepala keluarga",
    required: false,
    aliases: ["tanggal lahir kepala keluarga", "tanggal lahir kepala", "tanggal lahir kk", "tanggal lahir suami", "tanggal lahir krt"],
  },
  { field: "nikIstri", label: "NIK istri", required: false, aliases: ["nik istri", "nik pasangan", ["nik ibu", 0.7]] },
  { field: "namaIstri", label: "Nama istri", required: false, aliases: ["nama istri", "nama pasangan", "istri", ["nama ibu", 0.7]] },
  { field: "tglLahirIstri", label: "Tanggal lahir istri", required: false, aliases: ["tanggal lahir istri", "tanggal lahir pasangan", ["tanggal lahir ibu", 0.7]] },
  common("rt"),
  common("rw"),
  common("rtRw"),
  common("alamat"),
  common("dusun"),
  common("desa"),
  common("kodeWilayah"),
  { field: "jumlahAnak", label: "Jumlah anak", required: false, aliases: ["jumlah anak", "jumlah anak hidup", "jumlah anak kandung", "jumlah anak dilahirkan hidup", ["anak", 0.6]] },
  common("sumberAir"),
  common("jamban"),
];

const FAMILY_BY_PERSON: FieldSpec[] = [
  { field: "id", label: "Kode keluarga", required: false, aliases: ["kode keluarga", "id keluarga", "id keluarga p3ke", "kode pk"] },
  common("noKk", true),
  common("nik"),
  common("nama", true),
  common("hubungan"),
  common("jenisKelamin"),
  common("tglLahir"),
  common("rt"),
  common("rw"),
  common("rtRw"),
  common("alamat"),
  common("dusun"),
  common("desa"),
  common("kodeWilayah"),
  common("sumberAir"),
  common("jamban"),
];

const SOCIAL: FieldSpec[] = [
  {
    field: "id",
    label: "ID DTSEN / ID DTKS",
    required: false,
    aliases: [
      "id dtsen",
      "id dtks",
      "iddtks",
      "iddtsen",
      "id bdt",
      "idbdt",
      "id art",
      "idartbdt",
      "id art bdt",
      "id individu",
      "id penerima",
      "id kpm",
      "nomor id dtks",
      ["id", 0.7],
    ],
  },
  common("nik"),
  common("noKk"),
  common("nama", true),
  common("hubungan"),
  common("jenisKelamin"),
  common("tglLahir"),
  common("alamat"),
  common("rt"),
  common("rw"),
  common("rtRw"),
  common("desa"),
  common("kodeWilayah"),
  {
    field: "desil",
    label: "Desil",
    required: false,
    aliases: ["desil", "desil kesejahteraan", "status kesejahteraan", "peringkat kesejahteraan", "kelompok desil", "desil nasional", "desil dtsen"],
  },
  { field: "pkh", label: "PKH", required: false, aliases: ["pkh", "penerima pkh", "bansos pkh", "status pkh", "program keluarga harapan"] },
  {
    field: "bpnt",
    label: "BPNT/Sembako",
    required: false,
    aliases: ["bpnt", "sembako", "bpnt sembako", "penerima bpnt", "penerima sembako", "program sembako", "kartu sembako", "bantuan pangan non tunai"],
  },
  { field: "pbi", label: "PBI JK", required: false, aliases: ["pbi", "pbi jk", "pbi jkn", "penerima pbi", "kis pbi", "pbi jkn kis", "pbi jk kis", ["kis", 0.7]] },
];

export const CATALOGUE: Record<ListKind, readonly FieldSpec[]> = {
  family: FAMILY,
  familyByPerson: FAMILY_BY_PERSON,
  social: SOCIAL,
};

export const LIST_KIND_LABELS: Record<ListKind, string> = {
  family: "Daftar keluarga (satu baris per keluarga)",
  familyByPerson: "Daftar keluarga (satu baris per orang, dikelompokkan menurut No. KK)",
  social: "Daftar sosial DTKS/DTSEN (satu baris per orang)",
};

export interface CompiledAlias {
  key: string;
  tokens: string[];
  weight: number;
}

/** Aliases as header keys, computed once. */
export const COMPILED: Record<ListKind, ReadonlyArray<{ spec: FieldSpec; aliases: CompiledAlias[] }>> = Object.fromEntries(
  (Object.keys(CATALOGUE) as ListKind[]).map((kind) => [
    kind,
    CATALOGUE[kind].map((spec) => ({
      spec,
      aliases: spec.aliases.map((alias) => {
        const [name, weight] = typeof alias === "string" ? [alias, 1] : alias;
        const key = headerKey(name);
        return { key, tokens: key.split(" "), weight };
      }),
    })),
  ]),
) as unknown as Record<ListKind, ReadonlyArray<{ spec: FieldSpec; aliases: CompiledAlias[] }>>;

export function fieldSpec(kind: ListKind, field: FieldId): FieldSpec | undefined {
  return CATALOGUE[kind].find((spec) => spec.field === field);
}
