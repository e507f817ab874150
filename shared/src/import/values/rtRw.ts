/**
 * RT and RW as numbers (DOMAIN.md: "003" and "3" are the same RT). Written
 * "003", "3", "RT 03", "RT.003", "003/002" or "RT 3 RW 2"; a cell Excel turned
 * into a date ("3/2" became 3 February) is named, not guessed back.
 */
import type { Cell } from "../types.ts";
import { cellString, isBlank } from "./text.ts";

export type RtRwProblem = "tidak_sah" | "jadi_tanggal";

export interface RtRwReading {
  value: number | null;
  problem: RtRwProblem | null;
  written: string;
}

export interface RtRwPairReading {
  rt: number | null;
  rw: number | null;
  problem: RtRwProblem | null;
  written: string;
}

const MAX = 999;

function number(text: string): number | null {
  if (!/^\d{1,4}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= MAX ? n : null;
}

function labelled(text: string, label: "rt" | "rw"): string | null {
  const m = new RegExp(`\\b${label}\\.?\\s*(?:no\\.?\\s*)?(\\d{1,4})\\b`, "i").exec(text);
  return m ? (m[1] ?? null) : null;
}

const PAIR = /^(\d{1,4})\s*[/\\\-.,]\s*(\d{1,4})$/;
/** What Excel writes to CSV for "3/2" it took for a date: 03/02/2026, 3-Feb, 03-Feb-26. */
const MONTH = "(?:jan|feb|peb|mar|apr|mei|may|jun|jul|agu|agt|aug|sep|okt|oct|nov|nop|des|dec)[a-z]*";
const DATE_TEXT = new RegExp(`^(\\d{1,2}[/-]\\d{1,2}[/-]\\d{2,4}|\\d{1,2}[-\\s]${MONTH}([-\\s]\\d{2,4})?|${MONTH}[-\\s]\\d{1,2})$`, "i");

/** Both parts from one cell: "003/002", "RT 3 RW 2", "RT.003/RW.002". */
export function readRtRwPair(cell: Cell): RtRwPairReading {
  const written = cellString(cell);
  if (isBlank(cell)) return { rt: null, rw: null, problem: null, written };
  if (typeof cell === "object" && cell !== null && cell.kind === "date") return { rt: null, rw: null, problem: "jadi_tanggal", written };
  const rtText = labelled(written, "rt");
  const rwText = labelled(written, "rw");
  if (rtText !== null || rwText !== null) {
    const rt = rtText === null ? null : number(rtText);
    const rw = rwText === null ? null : number(rwText);
    const bad = (rtText !== null && rt === null) || (rwText !== null && rw === null) || rtText === null || rwText === null;
    return { rt, rw, problem: bad ? "tidak_sah" : null, written };
  }
  if (DATE_TEXT.test(written)) return { rt: null, rw: null, problem: "jadi_tanggal", written };
  const m = PAIR.exec(written);
  if (m) {
    const rt = number(m[1] ?? "");
    const rw = number(m[2] ?? "");
    return { rt, rw, problem: rt === null || rw === null ? "tidak_sah" : null, written };
  }
  return { rt: null, rw: null, problem: "tidak_sah", written };
}

/** One part: the RT column or the RW column. A pair written in it gives the part asked for. */
export function readRtRw(cell: Cell, which: "rt" | "rw"): RtRwReading {
  const written = cellString(cell);
  if (isBlank(cell)) return { value: null, problem: null, written };
  if (typeof cell === "boolean") return { value: null, problem: "tidak_sah", written };
  if (typeof cell === "object" && cell !== null) {
    if (cell.kind === "date") return { value: null, problem: "jadi_tanggal", written };
    const n = Number.isInteger(cell.value) ? number(String(cell.value)) : null;
    return { value: n, problem: n === null ? "tidak_sah" : null, written };
  }
  const plain = /^(?:(rt|rw)\.?\s*)?(\d{1,4})(?:[.,]0+)?$/i.exec(written);
  if (plain && (plain[1] === undefined || plain[1].toLowerCase() === which)) {
    const n = number(plain[2] ?? "");
    return { value: n, problem: n === null ? "tidak_sah" : null, written };
  }
  const own = labelled(written, which);
  if (own !== null) {
    const n = number(own);
    return { value: n, problem: n === null ? "tidak_sah" : null, written };
  }
  if (DATE_TEXT.test(written)) return { value: null, problem: "jadi_tanggal", written };
  const pair = PAIR.exec(written);
  if (pair) {
    const n = number((which === "rt" ? pair[1] : pair[2]) ?? "");
    return { value: n, problem: n === null ? "tidak_sah" : null, written };
  }
  return { value: null, problem: "tidak_sah", written };
}
