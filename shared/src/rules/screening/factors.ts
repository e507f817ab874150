/** The screening factors of a KRS, in the order the recap and the explanation list them. */

export const FACTOR_KEYS = [
  "air_tidak_layak",
  "jamban_tidak_layak",
  "terlalu_muda",
  "terlalu_tua",
  "terlalu_dekat",
  "terlalu_banyak",
  "tidak_kb_modern",
] as const;
export type FactorKey = (typeof FACTOR_KEYS)[number];

/** Indonesian labels, as they read after "Berisiko: ". */
export const FACTOR_LABELS: Record<FactorKey, string> = {
  air_tidak_layak: "sumber air minum tidak layak",
  jamban_tidak_layak: "jamban tidak layak",
  terlalu_muda: "PUS terlalu muda",
  terlalu_tua: "PUS terlalu tua",
  terlalu_dekat: "PUS terlalu dekat",
  terlalu_banyak: "PUS terlalu banyak anak",
  tidak_kb_modern: "PUS tidak ber-KB modern",
};

/**
 * Data the screening needed but did not have. A family with missing data is
 * not called "tidak berisiko" without saying so: the kader knows what to ask.
 */
export const MISSING_KEYS = ["sumber_air", "jamban", "usia_istri", "usia_anak", "jumlah_anak", "jarak_kelahiran", "kb"] as const;
export type MissingKey = (typeof MISSING_KEYS)[number];

export const MISSING_LABELS: Record<MissingKey, string> = {
  sumber_air: "sumber air minum",
  jamban: "jamban",
  usia_istri: "tanggal lahir istri",
  usia_anak: "tanggal lahir anak",
  jumlah_anak: "jumlah anak",
  jarak_kelahiran: "tanggal kelahiran anak",
  kb: "pemakaian KB",
};

/** Keeps the canonical order and drops duplicates (two wives can share a factor). */
export function inOrder<K extends string>(order: readonly K[], keys: Iterable<K>): K[] {
  const present = new Set(keys);
  return order.filter((key) => present.has(key));
}
