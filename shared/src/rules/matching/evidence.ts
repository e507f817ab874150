/**
 * The evidence of one pair, as the review screen shows it: one entry per field with
 * the weight it added (log2 Bayes factor), the name's rarity adjustment, the prior,
 * and the rivals. The weights add up to the pair's score.
 */
import { F_DATE, F_KK, F_NAME, F_NAME2, F_NIK, F_RTRW, F_STREET, type PairDetail } from "./compare.ts";
import { NAME_LEVELS } from "./nameCompare.ts";
import { roleWord, type MatchEvidenceCode } from "./messages.ts";
import type { Unit } from "./prepare.ts";
import type { MatchEvidence } from "./types.ts";

export interface PairWeights {
  prior: number;
  /** weight per field (0 where the level is -1) */
  fields: number[];
  nameTf: number;
  name2Tf: number;
  /** what the rivals took off the score (<= 0) */
  rivals: number;
}

const round = (w: number) => Math.round(w * 100) / 100;

function evidence(code: MatchEvidenceCode, weight: number, values?: Record<string, string | number>): MatchEvidence {
  return values === undefined ? { code, weight: round(weight) } : { code, weight: round(weight), values };
}

function firstDifference(x: string, y: string): number {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return i + 1;
  return 0;
}

const showDate = (key: string | null) => (key === null ? "" : `${key.slice(0, 2)}-${key.slice(2, 4)}-${key.slice(4, 6)}`);

export function buildEvidence(
  a: Unit,
  b: Unit,
  levels: ArrayLike<number>,
  detail: PairDetail,
  weights: PairWeights,
  rivalId: string | null,
  oldKkFamilyId: string | null,
): MatchEvidence[] {
  const out: MatchEvidence[] = [evidence("peluang_awal", weights.prior)];
  const w = (f: number) => weights.fields[f] ?? 0;

  const nik = levels[F_NIK] ?? -1;
  if (nik < 0) out.push(evidence("nik_tidak_ada", 0));
  else {
    const pa = a.people[Math.max(0, detail.nikA)];
    const pb = b.people[Math.max(0, detail.nikB)];
    const peran = roleWord(pb?.role ?? "");
    const posisi = firstDifference(pa?.nik ?? "", pb?.nik ?? "");
    const codes: MatchEvidenceCode[] = ["nik_sama", "nik_beda_1_digit", "nik_tertukar", "nik_beda_sebagian", "nik_beda"];
    const code = codes[nik] ?? "nik_beda";
    out.push(evidence(code, w(F_NIK), nik <= 2 ? (nik === 0 ? { peran } : { peran, posisi }) : undefined));
  }

  const kk = levels[F_KK] ?? -1;
  const kkCodes: MatchEvidenceCode[] = ["kk_sama", "kk_hampir_sama", "kk_tanggal_terbit_sama", "kk_beda"];
  out.push(evidence(kk < 0 ? "kk_tidak_ada" : (kkCodes[kk] ?? "kk_beda"), kk < 0 ? 0 : w(F_KK)));
  if (oldKkFamilyId !== null) out.push(evidence("kk_lama_orang_tua", 0, { keluarga: oldKkFamilyId }));

  const nameEvidence = (f: number, i: number, j: number, prefix: "nama" | "nama_pasangan") => {
    const level = levels[f] ?? -1;
    if (level < 0 || i < 0) {
      if (prefix === "nama") out.push(evidence("nama_tidak_ada", 0));
      return;
    }
    const pa = a.people[i];
    const pb = b.people[j];
    const code = `${prefix}_${NAME_LEVELS[level] ?? "beda"}` as MatchEvidenceCode;
    out.push(evidence(code, w(f), { a: pa?.display ?? "", b: pb?.display ?? "", peran: roleWord(pb?.role ?? "") }));
    const tf = f === F_NAME ? weights.nameTf : weights.name2Tf;
    if (Math.abs(tf) >= 0.01) out.push(evidence(tf > 0 ? "nama_jarang" : "nama_umum", tf, { nama: pb?.display ?? "" }));
    if (prefix === "nama" && pa?.name.nyonya && pb && pb.role === "kepala" && level <= 2) {
      out.push(evidence("nama_ny_suami", 0, { b: pb.display }));
    }
  };
  nameEvidence(F_NAME, detail.nameA, detail.nameB, "nama");
  nameEvidence(F_NAME2, detail.name2A, detail.name2B, "nama_pasangan");

  const date = levels[F_DATE] ?? -1;
  if (date >= 0 && detail.dateA >= 0) {
    const pa = a.people[detail.dateA];
    const pb = b.people[detail.dateB];
    const aDate = pa?.nikBirth ?? pa?.recordBirth ?? null;
    const bDate = pb?.recordBirth ?? pb?.nikBirth ?? null;
    out.push(date === 0 ? evidence("tgl_lahir_sama", w(F_DATE), { tanggal: showDate(aDate) }) : evidence("tgl_lahir_beda", w(F_DATE), { a: showDate(aDate), b: showDate(bDate) }));
  }

  const rtrw = levels[F_RTRW] ?? -1;
  if (rtrw === 0) out.push(evidence("rt_rw_sama", w(F_RTRW), { rt: a.rt ?? "", rw: a.rw ?? "" }));
  else if (rtrw === 1 || rtrw === 2) out.push(evidence(rtrw === 1 ? "rt_beda_1" : "rt_beda", w(F_RTRW), { a: a.rt ?? "", b: b.rt ?? "" }));
  else if (rtrw === 3) out.push(evidence("rw_beda", w(F_RTRW), { a: a.rw ?? "", b: b.rw ?? "" }));

  const street = levels[F_STREET] ?? -1;
  if (street === 0) out.push(evidence("alamat_sama", w(F_STREET), { alamat: b.alamat }));
  else if (street === 1) out.push(evidence("alamat_nomor_tidak_ada", w(F_STREET)));
  else if (street === 2) out.push(evidence("alamat_nomor_beda", w(F_STREET), { a: a.number, b: b.number }));
  else if (street === 3) out.push(evidence("alamat_jalan_beda", w(F_STREET), { a: a.alamat, b: b.alamat }));

  if (rivalId !== null && weights.rivals < -0.005) out.push(evidence("calon_lain", weights.rivals, { id: rivalId }));
  return out;
}
