import { MAX_RUPIAH } from "../../model/plan.ts";

/**
 * Rupiah as a kader types them and as the plan prints them: "Rp 1.500.000" (Indonesian separators, no sen).
 * Read: "Rp 1.500.000", "Rp1.500.000,00", "Rp. 1.500.000,-", "1500000", "1,5 juta", "750 rb", "2 M" (miliar).
 * A dot only ever separates thousands (groups of three), a comma only starts a decimal part: "1.5" and "1,500"
 * are not guessed at. Empty means "not set".
 */
export type RupiahError = "not_a_number" | "has_sen" | "too_large";
export type RupiahReading = { ok: true; value: number | null } | { ok: false; error: RupiahError };

const SCALES: Record<string, number> = { rb: 1e3, ribu: 1e3, jt: 1e6, juta: 1e6, m: 1e9, miliar: 1e9, milyar: 1e9, t: 1e12, triliun: 1e12 };
const GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const PLAIN = /^\d+$/;

export function parseRupiah(input: string): RupiahReading {
  let text = input.trim().toLowerCase().replace(/\s+/g, " ");
  if (text === "") return { ok: true, value: null };
  text = text.replace(/^rp\.?\s*/, "").replace(/,-$/, "").trim();
  // "Rp" alone: the field's prefix with nothing typed after it
  if (text === "") return { ok: true, value: null };
  const scaled = /^(\d+(?:,\d+)?)\s*([a-z]+)\.?$/.exec(text);
  if (scaled) {
    const scale = SCALES[scaled[2]!];
    if (scale === undefined) return { ok: false, error: "not_a_number" };
    const [whole, fraction = ""] = scaled[1]!.split(",");
    // exact decimal arithmetic: "1,25 juta" is 1.250.000 without floating-point rounding
    const value = Number(whole) * scale + (fraction === "" ? 0 : (Number(fraction) * scale) / 10 ** fraction.length);
    if (!Number.isInteger(value)) return { ok: false, error: "has_sen" };
    return value > MAX_RUPIAH ? { ok: false, error: "too_large" } : { ok: true, value };
  }
  const [whole = "", sen, extra] = text.split(",");
  if (extra !== undefined) return { ok: false, error: "not_a_number" };
  if (sen !== undefined && !/^\d+$/.test(sen)) return { ok: false, error: "not_a_number" };
  if (!GROUPED.test(whole) && !PLAIN.test(whole)) return { ok: false, error: "not_a_number" };
  if (sen !== undefined && /[1-9]/.test(sen)) return { ok: false, error: "has_sen" };
  const value = Number(whole.replace(/\./g, ""));
  if (!Number.isSafeInteger(value) || value > MAX_RUPIAH) return { ok: false, error: "too_large" };
  return { ok: true, value };
}

/** 1500000 -> "1.500.000": Indonesian thousands separators whatever the screen's language (PRODUCT.md). */
export function groupThousands(value: number): string {
  const sign = value < 0 ? "-" : "";
  const digits = String(Math.abs(Math.trunc(value)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** 1500000 -> "Rp 1.500.000". */
export function formatRupiah(value: number): string {
  return `Rp ${groupThousands(value)}`;
}

/** A count as typed: "35", "1.200"; empty = not set. Null for anything else (or more than `max`). */
export function parseCount(input: string, max: number): number | null | undefined {
  const text = input.trim();
  if (text === "") return null;
  if (!GROUPED.test(text) && !PLAIN.test(text)) return undefined;
  const value = Number(text.replace(/\./g, ""));
  return Number.isSafeInteger(value) && value <= max ? value : undefined;
}
