/**
 * Kode wilayah Kemendagri (DOMAIN.md): PP.KK.CC.DDDD, province . kota/kabupaten . kecamatan . desa/kelurahan.
 * A district's reach is a prefix of whole segments: 53 (a province), 53.71 (Kota Kupang), 53.71.01 (Kecamatan
 * Alak). Compared segment by segment, never character by character: "53.7" is no prefix of "53.71.01.1001",
 * and BPS codes (another layout) never match by accident.
 */
const PREFIX = /^\d{2}(\.\d{2}){0,2}$/;
const DESA = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

export type WilayahLevel = "provinsi" | "kabupaten" | "kecamatan";

/** A district's reach: 1 to 3 whole segments (a province, a kota/kabupaten or a kecamatan). */
export function isWilayahPrefix(value: unknown): value is string {
  return typeof value === "string" && PREFIX.test(value);
}

/** A village's full code, PP.KK.CC.DDDD. */
export function isKodeDesa(value: unknown): value is string {
  return typeof value === "string" && DESA.test(value);
}

export function wilayahLevel(prefix: string): WilayahLevel | null {
  if (!isWilayahPrefix(prefix)) return null;
  return (["provinsi", "kabupaten", "kecamatan"] as const)[prefix.split(".").length - 1] ?? null;
}

/** Whether `code` (a village's code, or a narrower prefix) lies under `prefix`, segment by segment. */
export function wilayahWithin(code: string, prefix: string): boolean {
  if (!isWilayahPrefix(prefix)) return false;
  if (!isWilayahPrefix(code) && !isKodeDesa(code)) return false;
  const want = prefix.split(".");
  const have = code.split(".");
  if (have.length < want.length) return false;
  return want.every((segment, i) => have[i] === segment);
}
