/**
 * SHDK (status hubungan dalam keluarga) into the roster's relations. Written
 * words are read; numeric codes differ between sources (Dukcapil's 3 is istri,
 * other forms use 3 for anak), so a code is read only when the person chose
 * Dukcapil's table.
 */
import type { Relation } from "../../rules/screening/types.ts";
import type { Cell } from "../types.ts";
import { cellString, isBlank, wordsOf } from "./text.ts";

export type RelationCodes = "none" | "dukcapil";

/** Dukcapil SIAK: 1 Kepala Keluarga, 2 Suami, 3 Istri, 4 Anak, 5 Menantu, 6 Cucu, 7 Orang Tua, 8 Mertua, 9 Famili Lain, 10 Pembantu, 11 Lainnya. */
const DUKCAPIL_CODES: Record<string, string> = {
  "1": "kepala keluarga", "2": "suami", "3": "istri", "4": "anak", "5": "menantu", "6": "cucu",
  "7": "orang tua", "8": "mertua", "9": "famili lain", "10": "pembantu", "11": "lainnya",
};

const HEAD = new Set(["kepala keluarga", "kepala", "kk", "krt", "kepala rumah tangga", "kepala kk"]);
const WIFE = new Set(["istri", "isteri", "istri kepala keluarga", "istri kk"]);
const SPOUSE = new Set(["suami istri", "istri suami", "pasangan", "suami isteri", "isteri suami"]);
const CHILD = /^anak( kandung| tiri| angkat| kk| kepala keluarga)?$/;
const OTHER = new Set([
  "suami", "menantu", "cucu", "orang tua", "orangtua", "ayah", "ibu", "mertua", "famili lain", "famili", "keluarga lain",
  "pembantu", "lainnya", "lain lain", "lain", "saudara", "saudara kandung", "adik", "kakak", "keponakan", "ponakan",
  "kakek", "nenek", "paman", "bibi", "sepupu", "cicit", "anak menantu", "ipar",
]);

export interface RelationReading {
  relation: Relation | "";
  /** the relation as written when it says more than relation ("menantu", "suami"), else "" */
  shdk: string;
  problem: "tidak_dikenal" | "kode_angka" | null;
  written: string;
}

/** sex decides a "suami/istri" cell; it is the row's own sex, "" when unknown. */
export function readRelation(cell: Cell, codes: RelationCodes, sex: "M" | "F" | ""): RelationReading {
  const written = cellString(cell);
  if (isBlank(cell)) return { relation: "", shdk: "", problem: null, written };
  let words = wordsOf(written).replace(/^\d{1,2} (?=[a-z])/, ""); // "3 ISTRI", "03. Istri"
  if (/^\d+$/.test(words)) {
    const named = codes === "dukcapil" ? DUKCAPIL_CODES[String(Number(words))] : undefined;
    if (named === undefined) return { relation: "", shdk: "", problem: codes === "dukcapil" ? "tidak_dikenal" : "kode_angka", written };
    words = named;
  }
  if (HEAD.has(words)) return { relation: "kepala", shdk: "", problem: null, written };
  if (WIFE.has(words)) return { relation: "istri", shdk: "", problem: null, written };
  if (SPOUSE.has(words)) return sex === "M" ? { relation: "lainnya", shdk: "suami", problem: null, written } : { relation: "istri", shdk: "", problem: null, written };
  if (CHILD.test(words)) return { relation: "anak", shdk: words === "anak" || words === "anak kandung" ? "" : words, problem: null, written };
  if (OTHER.has(words)) return { relation: "lainnya", shdk: words, problem: null, written };
  return { relation: "", shdk: "", problem: "tidak_dikenal", written };
}
