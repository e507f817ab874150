/**
 * `npm run match -- --families F --social S --out pairs.csv [--families-sheet NAME] [--social-sheet NAME]
 * [--kode-wilayah 53.71.01.1001] [--auto N] [--review N]`: the arguments, checked. Pure, so it is tested
 * without a process.
 */
export interface MatchArgs {
  families: string;
  social: string;
  out: string;
  familiesSheet?: string;
  socialSheet?: string;
  /** the workspace's Kemendagri code: rows of another kelurahan are named and left out */
  kodeWilayah?: string;
  autoThreshold?: number;
  reviewThreshold?: number;
}

export const MATCH_USAGE = [
  "Pakai: npm run match -- --families <daftar keluarga.csv|xlsx> --social <daftar sosial.csv|xlsx> --out <pasangan.csv>",
  "  [--families-sheet <nama lembar>] [--social-sheet <nama lembar>] [--kode-wilayah <PP.KK.CC.DDDD>]",
  "  [--auto <skor, bawaan 10>] [--review <skor, bawaan -3>]",
].join("\n");

const FLAGS = ["--families", "--social", "--out", "--families-sheet", "--social-sheet", "--kode-wilayah", "--auto", "--review"] as const;
type Flag = (typeof FLAGS)[number];

/** The parsed arguments, or a message (Bahasa) for stderr. */
export function parseMatchArgs(argv: readonly string[]): MatchArgs | string {
  const values = new Map<Flag, string>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (!(FLAGS as readonly string[]).includes(flag)) return `Argumen tidak dikenal: ${flag}`;
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--")) return `${flag} perlu nilai`;
    if (values.has(flag as Flag)) return `${flag} disebut dua kali`;
    values.set(flag as Flag, value);
    i++;
  }
  for (const required of ["--families", "--social", "--out"] as const) {
    if (!values.get(required)) return `${required} wajib`;
  }
  const out: MatchArgs = { families: values.get("--families")!, social: values.get("--social")!, out: values.get("--out")! };
  if (out.out === out.families || out.out === out.social) return "--out tidak boleh menimpa berkas masukan";
  const familiesSheet = values.get("--families-sheet");
  if (familiesSheet !== undefined) out.familiesSheet = familiesSheet;
  const socialSheet = values.get("--social-sheet");
  if (socialSheet !== undefined) out.socialSheet = socialSheet;
  const kode = values.get("--kode-wilayah");
  if (kode !== undefined) out.kodeWilayah = kode;
  for (const [flag, key] of [
    ["--auto", "autoThreshold"],
    ["--review", "reviewThreshold"],
  ] as const) {
    const text = values.get(flag);
    if (text === undefined) continue;
    const n = Number(text);
    if (text.trim() === "" || !Number.isFinite(n)) return `${flag} harus angka (skor log2), mis. 10`;
    out[key] = n;
  }
  if (out.autoThreshold !== undefined && out.reviewThreshold !== undefined && out.reviewThreshold > out.autoThreshold) {
    return "--review tidak boleh lebih tinggi dari --auto";
  }
  return out;
}
