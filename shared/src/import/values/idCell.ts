/**
 * NIK and No. KK cells, and what Excel does to them. Excel keeps 15
 * significant digits of a number, so a 16-digit NIK typed into a General or
 * Number cell loses its last digit (it becomes 0), and a narrow General column
 * saves it to CSV as 5.37101E+15 with ten digits gone. Such a value is named,
 * never taken as a NIK.
 */
import type { Cell, IdProblem } from "../types.ts";
import { cellString, isBlank } from "./text.ts";

export interface IdReading {
  /** the digits to check (parseNik/parseNoKk), "" when blank or lost to Excel */
  digits: string;
  /** as written, for messages */
  written: string;
  excel: IdProblem | null;
  blank: boolean;
}

/** "5.3710113038039E+15" -> its integer digits and how many of them are significant. */
export function expandNumberText(text: string): { digits: string; significant: number } | null {
  const m = /^\+?(\d+)(?:[.,](\d*))?(?:[eE]\+?(\d+))?$/.exec(text.trim());
  if (!m) return null;
  const whole = m[1] ?? "";
  const fraction = m[2] ?? "";
  const exponent = Number(m[3] ?? "0");
  let digits: string;
  if (exponent >= fraction.length) digits = whole + fraction + "0".repeat(exponent - fraction.length);
  else if (/^0*$/.test(fraction.slice(exponent))) digits = whole + fraction.slice(0, exponent);
  else return null; // a fraction: not an id
  digits = digits.replace(/^0+(?=\d)/, "");
  return { digits, significant: digits.replace(/0+$/, "").length };
}

const SCIENTIFIC = /^\+?\d+(?:[.,]\d+)?[eE]\+?\d+$/;
const DECIMAL_ZERO = /^\d{10,}[.,]0+$/;
const SEPARATORS = /[\s.\-\u2010-\u2015]/g;

export function readIdCell(cell: Cell): IdReading {
  if (isBlank(cell)) return { digits: "", written: "", excel: null, blank: true };
  const written = cellString(cell);
  if (cell !== null && typeof cell === "object" && cell.kind === "number") {
    const n = expandNumberText(cell.text);
    if (!n) return { digits: written, written, excel: "sel_angka", blank: false };
    if (n.digits.length >= 16 && n.significant <= 15) return { digits: "", written: n.digits, excel: "angka_terpotong", blank: false };
    return { digits: n.digits, written, excel: "sel_angka", blank: false };
  }
  const text = written.replace(/^['`\u2018\u2019]/, "");
  if (/^\d+$/.test(text)) return { digits: text, written, excel: null, blank: false }; // the usual case
  if (SCIENTIFIC.test(text)) {
    const n = expandNumberText(text);
    if (n && n.significant >= 16) return { digits: n.digits, written, excel: "sel_angka", blank: false };
    return { digits: "", written, excel: "notasi_ilmiah", blank: false };
  }
  if (DECIMAL_ZERO.test(text)) return { digits: text.replace(/[.,]0+$/, ""), written, excel: "sel_angka", blank: false };
  return { digits: text.replace(SEPARATORS, ""), written, excel: null, blank: false };
}

/**
 * A CSV column of 16-digit texts that nearly all end in 0 went through Excel as
 * numbers (by chance, one in ten ends in 0). Then each of its values ending in 0
 * lost its last digit.
 */
export function columnLooksTruncated(cells: Iterable<Cell>): boolean {
  let sixteen = 0;
  let zero = 0;
  for (const cell of cells) {
    if (typeof cell !== "string") continue;
    const text = cell.trim();
    if (text.length !== 16 || !/^\d{16}$/.test(text)) continue;
    sixteen++;
    if (text.endsWith("0")) zero++;
  }
  return sixteen >= 5 && zero >= sixteen * 0.9;
}
