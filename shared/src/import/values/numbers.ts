/** Desil (1-10) and counts (jumlah anak). */
import type { Cell } from "../types.ts";
import { cellString, isBlank } from "./text.ts";

export interface NumberReading {
  value: number | null;
  invalid: boolean;
  written: string;
}

function integerOf(cell: Cell, written: string, pattern: RegExp): number | null {
  if (typeof cell === "object" && cell !== null && cell.kind === "number") return Number.isInteger(cell.value) ? cell.value : null;
  const m = pattern.exec(written.toLowerCase());
  return m ? Number(m[1]) : null;
}

/** "3", "Desil 3", "D3", "3.0", a number cell. */
export function readDesil(cell: Cell): NumberReading {
  const written = cellString(cell);
  if (isBlank(cell)) return { value: null, invalid: false, written };
  const n = integerOf(cell, written, /^(?:desil|d)?\s*(\d{1,2})(?:[.,]0+)?$/);
  return n !== null && n >= 1 && n <= 10 ? { value: n, invalid: false, written } : { value: null, invalid: true, written };
}

/** A whole count 0-30 ("2", "2 orang", a number cell). */
export function readCount(cell: Cell): NumberReading {
  const written = cellString(cell);
  if (isBlank(cell)) return { value: null, invalid: false, written };
  const n = integerOf(cell, written, /^(\d{1,2})(?:[.,]0+)?(?:\s*(?:orang|anak|jiwa))?$/);
  return n !== null && n >= 0 && n <= 30 ? { value: n, invalid: false, written } : { value: null, invalid: true, written };
}
