/** Aid membership as lists write it: 1/0, Ya/Tidak, Y/T, Y/N, v or a tick, TRUE/FALSE, a boolean cell. */
import type { Cell } from "../types.ts";
import { cellString, wordsOf } from "./text.ts";

const YES = new Set(["1", "ya", "y", "iya", "yes", "v", "true", "benar", "penerima", "terima", "ada", "ok", "aktif", "ya penerima"]);
const NO = new Set(["0", "tidak", "t", "tdk", "n", "no", "false", "salah", "bukan", "bukan penerima", "tidak menerima", "belum", "tidak aktif", "tidak ada"]);
const TICKS = new Set(["\u2713", "\u2714", "\u221a", "\u2611"]);

export interface YesNoReading {
  /** null: the cell was empty or not understood */
  value: boolean | null;
  unknown: boolean;
  written: string;
}

export function readYesNo(cell: Cell): YesNoReading {
  const written = cellString(cell);
  if (cell === null || written === "") return { value: null, unknown: false, written };
  if (typeof cell === "boolean") return { value: cell, unknown: false, written };
  if (typeof cell === "object" && cell.kind === "number") {
    if (cell.value === 1) return { value: true, unknown: false, written };
    if (cell.value === 0) return { value: false, unknown: false, written };
    return { value: null, unknown: true, written };
  }
  if (written === "-") return { value: false, unknown: false, written };
  if (TICKS.has(written)) return { value: true, unknown: false, written };
  const words = wordsOf(written);
  if (YES.has(words)) return { value: true, unknown: false, written };
  if (NO.has(words)) return { value: false, unknown: false, written };
  return { value: null, unknown: true, written };
}
