/**
 * The WHO tables travel to every phone in the app's first chunk, so whoTables.generated.ts holds each
 * LMS column as a short string instead of an array literal (181 KB of numbers; 51 KB gzip before, about a
 * tenth of that after). A column is a run of decimal numbers with a fixed number of decimals that changes
 * smoothly from row to row, so it is kept as integers (value x 10^decimals) by their second differences,
 * which are nearly all within -16..15: one character per row.
 *
 * Format: one digit (the decimals, 0-9), then per row a zigzag varint in 6-bit characters (5 bits of value,
 * the sixth says "more follows", low bits first): the first integer, the first difference, then the
 * second differences. Decoding is exact: an integer divided by a power of ten is the double nearest to
 * that decimal, which is what JavaScript reads from the literal; the encoder refuses anything else.
 */
import type { LmsSeries, WhoTable, WhoTables, WhoTableName } from "./types.ts";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
const MAX_DECIMALS = 9;
/** character code -> digit (-1: not in the alphabet), so decoding a column is one pass without searches */
const DIGITS = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGITS[ALPHABET.charCodeAt(i)] = i;

/** A column as whoTables.generated.ts holds it: `l` stays a number when it is the same on every row. */
export interface EncodedLmsSeries {
  l: number | string;
  m: string;
  s: string;
}
export type EncodedWhoTable = Omit<WhoTable, "M" | "F"> & { M: EncodedLmsSeries; F: EncodedLmsSeries };
export type EncodedWhoTables = Record<WhoTableName, EncodedWhoTable>;

function decimalsOf(value: number): number {
  const text = String(value);
  if (/e/i.test(text)) return Infinity;
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

function pushVarint(out: string[], value: number): void {
  let zigzag = value >= 0 ? value * 2 : -value * 2 - 1;
  for (;;) {
    const low = zigzag % 32;
    zigzag = Math.floor(zigzag / 32);
    out.push(ALPHABET[zigzag > 0 ? low + 32 : low]!);
    if (zigzag === 0) return;
  }
}

/** Throws when a value cannot come back exactly (too many decimals, not finite): a bad table never ships. */
export function encodeColumn(values: readonly number[]): string {
  const decimals = values.reduce((most, v) => Math.max(most, decimalsOf(v)), 0);
  if (!values.every(Number.isFinite) || decimals > MAX_DECIMALS) throw new Error(`column cannot be encoded exactly (decimals: ${decimals})`);
  const scale = 10 ** decimals;
  const ints = values.map((v) => Math.round(v * scale));
  ints.forEach((n, i) => {
    if (!Number.isSafeInteger(n) || n / scale !== values[i]) throw new Error(`row ${i}: ${values[i]} does not survive x ${scale}`);
  });
  const out = [String(decimals)];
  ints.forEach((n, i) => {
    // row 0 holds the value, row 1 its first difference, later rows the change of that difference
    if (i === 0) pushVarint(out, n);
    else if (i === 1) pushVarint(out, n - ints[0]!);
    else pushVarint(out, n - 2 * ints[i - 1]! + ints[i - 2]!);
  });
  return out.join("");
}

export function decodeColumn(text: string): number[] {
  if (!/^[0-9]/.test(text)) throw new Error("a table column starts with its decimals");
  const scale = 10 ** Number(text[0]);
  const values: number[] = [];
  let previous = 0;
  let step = 0;
  let position = 1;
  while (position < text.length) {
    let zigzag = 0;
    let weight = 1;
    for (;;) {
      const code = text.charCodeAt(position++);
      const digit = code < 128 ? DIGITS[code]! : -1;
      if (digit < 0) throw new Error(`not a table character at ${position - 1}`);
      zigzag += (digit % 32) * weight;
      weight *= 32;
      if (digit < 32) break;
    }
    const delta = zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2;
    if (values.length === 0) previous = delta;
    else {
      step = values.length === 1 ? delta : step + delta;
      previous += step;
    }
    values.push(previous);
  }
  return values.map((n) => n / scale);
}

function encodeSeries(series: LmsSeries): EncodedLmsSeries {
  return { l: typeof series.l === "number" ? series.l : encodeColumn(series.l), m: encodeColumn(series.m), s: encodeColumn(series.s) };
}

function decodeSeries(series: EncodedLmsSeries): LmsSeries {
  return { l: typeof series.l === "number" ? series.l : decodeColumn(series.l), m: decodeColumn(series.m), s: decodeColumn(series.s) };
}

export function encodeWhoTables(tables: WhoTables): EncodedWhoTables {
  const entries = Object.entries(tables).map(([name, t]) => [name, { ...t, M: encodeSeries(t.M), F: encodeSeries(t.F) }]);
  return Object.fromEntries(entries) as EncodedWhoTables;
}

export function decodeWhoTables(tables: EncodedWhoTables): WhoTables {
  const entries = Object.entries(tables).map(([name, t]) => [name, { ...t, M: decodeSeries(t.M), F: decodeSeries(t.F) }]);
  return Object.fromEntries(entries) as WhoTables;
}
