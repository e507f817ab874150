/**
 * Area codes. Kemendagri writes PP.KK.CC.DDDD (53.71.01.1001; the desa segment
 * 1xxx is a kelurahan, 2xxx a desa); BPS uses another layout (PP KK CCC DDD,
 * 5371010001), so two codes are compared segment by segment, and only when
 * both are Kemendagri codes: never character by character.
 */
import type { Cell } from "../types.ts";
import { cellString, isBlank } from "./text.ts";

export type KodeLayout = "kemendagri" | "bps" | "unknown";

export interface KodeWilayah {
  layout: KodeLayout;
  /** province, kabupaten/kota, kecamatan, desa/kelurahan (as many as written) */
  segments: number[];
}

export function parseKodeWilayah(text: string): KodeWilayah {
  const t = text.trim();
  if (/^\d{1,2}(\.\d{1,2}){0,2}(\.\d{4})?$/.test(t) && t.includes(".")) {
    const parts = t.split(".");
    const desaOk = parts.length < 4 || /^[12]/.test(parts[3] ?? "");
    return desaOk ? { layout: "kemendagri", segments: parts.map(Number) } : { layout: "unknown", segments: [] };
  }
  if (/^\d{2}\.\d{2}\.\d{3}\.\d{3}$/.test(t)) return { layout: "bps", segments: t.split(".").map(Number) };
  const digits = t.replace(/[\s-]/g, "");
  if (/^\d{10}$/.test(digits)) {
    // Kemendagri without dots has a desa segment starting 1 or 2 at the 7th digit; BPS has the
    // third digit of its kecamatan there, mostly 0. Ambiguous codes are read as Kemendagri.
    if (/^[12]$/.test(digits[6] ?? "")) {
      return { layout: "kemendagri", segments: [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 6), digits.slice(6)].map(Number) };
    }
    return { layout: "bps", segments: [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 7), digits.slice(7)].map(Number) };
  }
  if (/^\d{6}$/.test(digits)) return { layout: "kemendagri", segments: [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4)].map(Number) };
  return { layout: "unknown", segments: [] };
}

export type KodeComparison = "same" | "different" | "incomparable";

/** same: all four segments equal; different: a segment both codes have differs; else incomparable. */
export function compareKodeWilayah(a: KodeWilayah, b: KodeWilayah): KodeComparison {
  if (a.layout !== "kemendagri" || b.layout !== "kemendagri") return "incomparable";
  const n = Math.min(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) if (a.segments[i] !== b.segments[i]) return "different";
  return n === 4 ? "same" : "incomparable";
}

export function kodeText(cell: Cell): string {
  return isBlank(cell) ? "" : cellString(cell);
}

/** A desa/kelurahan name without its kind and spelling noise: "KEL. NAMOSAIN" = "Namosain". */
export function desaKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/^\s*(kelurahan|kel|desa|ds|nagari|gampong|kampung)\s+/, "")
    .replace(/\s+/g, "")
    .trim();
}
