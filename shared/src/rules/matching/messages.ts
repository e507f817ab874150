/**
 * Indonesian wording of the matcher's evidence, one message per code, with
 * {placeholders} for the evidence's values (as idMessages.ts does for NIK and No. KK).
 * The review screen shows these beside the two records; describeEvidence fills them in.
 */
import type { MatchEvidence } from "./types.ts";

export const MATCH_EVIDENCE_MESSAGES = {
  peluang_awal: "Peluang awal dua baris acak adalah keluarga yang sama",
  nik_sama: "NIK sama ({peran})",
  nik_beda_1_digit: "NIK sama kecuali 1 digit (angka ke-{posisi}, {peran})",
  nik_tertukar: "NIK sama, tetapi dua angka bertukar tempat (angka ke-{posisi}, {peran})",
  nik_beda_sebagian: "NIK berbeda, tetapi NIK sebagian anggota keluarga tidak tercatat",
  nik_beda: "NIK berbeda dengan semua anggota keluarga",
  nik_tidak_ada: "NIK tidak ada di salah satu daftar",
  kk_sama: "No. KK sama",
  kk_hampir_sama: "No. KK sama kecuali 1 digit atau dua angka bertukar",
  kk_tanggal_terbit_sama: "No. KK berbeda, tetapi terbit di kecamatan dan tanggal yang sama (KK diterbitkan ulang?)",
  kk_beda: "No. KK berbeda",
  kk_tidak_ada: "No. KK tidak ada di salah satu daftar",
  kk_lama_orang_tua: "No. KK lama orang tua: No. KK di baris ini tercatat pada keluarga {keluarga}",
  nama_sama: "nama sama ({peran}): {a} = {b}",
  nama_sangat_mirip: "nama sangat mirip ({peran}): {a} ~ {b}",
  nama_mirip: "nama mirip ({peran}): {a} ~ {b}",
  nama_sebagian: "sebagian nama sama ({peran}): {a} ~ {b}",
  nama_beda: "nama berbeda: {a} / {b}",
  nama_tidak_ada: "nama tidak ada di salah satu daftar",
  nama_pasangan_sama: "nama pasangan sama ({peran}): {a} = {b}",
  nama_pasangan_sangat_mirip: "nama pasangan sangat mirip ({peran}): {a} ~ {b}",
  nama_pasangan_mirip: "nama pasangan mirip ({peran}): {a} ~ {b}",
  nama_pasangan_sebagian: "sebagian nama pasangan sama ({peran}): {a} ~ {b}",
  nama_pasangan_beda: "nama pasangan berbeda: {a} / {b}",
  nama_jarang: "nama jarang di daftar ini, lebih meyakinkan: {nama}",
  nama_umum: "nama umum di daftar ini, kurang meyakinkan: {nama}",
  nama_ny_suami: "ditulis dengan Ny.: nama suami ({b})",
  tgl_lahir_sama: "tanggal lahir dalam NIK sama dengan tanggal lahir tercatat ({tanggal})",
  tgl_lahir_beda: "tanggal lahir dalam NIK ({a}) berbeda dengan tanggal lahir tercatat ({b})",
  rt_rw_sama: "RT/RW sama ({rt}/{rw})",
  rt_beda_1: "RT beda 1 ({a} dan {b}), RW sama",
  rt_beda: "RT berbeda ({a} dan {b}), RW sama",
  rw_beda: "RW berbeda ({a} dan {b})",
  alamat_sama: "jalan dan nomor rumah sama ({alamat})",
  alamat_nomor_tidak_ada: "jalan sama, nomor rumah tidak ada di salah satu daftar",
  alamat_nomor_beda: "jalan sama, nomor rumah berbeda ({a} dan {b})",
  alamat_jalan_beda: "jalan berbeda ({a} / {b})",
  calon_lain: "ada calon lain yang juga cocok: {id}",
} as const;

export type MatchEvidenceCode = keyof typeof MATCH_EVIDENCE_MESSAGES;

const PERAN: Record<string, string> = { kepala: "kepala keluarga", istri: "istri", anak: "anak", lainnya: "anggota lain", "": "anggota" };

/** The role words the messages use ("kepala keluarga", "istri", ...). */
export function roleWord(role: string): string {
  return PERAN[role] ?? role;
}

/** The evidence in one Indonesian sentence, its values filled in. */
export function describeEvidence(evidence: MatchEvidence): string {
  const template: string = (MATCH_EVIDENCE_MESSAGES as Record<string, string>)[evidence.code] ?? evidence.code;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = evidence.values?.[key];
    return value === undefined ? whole : String(value);
  });
}
