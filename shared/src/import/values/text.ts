/** Cells as the text a person wrote in them. */
import type { Cell } from "../types.ts";

/** Placeholders people put in an empty cell: they mean "nothing here". */
const EMPTY_MARKS = new Set(["-", "--", "---", ".", "?", "n/a", "na", "#n/a", "null", "nil", "none", "kosong", "tidak ada", "belum ada", "tdk ada"]);

/** Trimmed text with inner runs of spaces kept as written (the matcher normalises names). */
export function cellString(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (cell.kind === "number") return cell.text;
  return cell.iso;
}

/** True for an empty cell or a placeholder such as "-". */
export function isBlank(cell: Cell): boolean {
  if (cell === null) return true;
  if (typeof cell !== "string") return false;
  // longer than any placeholder and not padded: no trim needed (names, ids)
  if (cell.length > 12 && cell.charCodeAt(0) > 32 && cell.charCodeAt(cell.length - 1) > 32) return false;
  const text = cell.trim();
  return text === "" || EMPTY_MARKS.has(text.toLowerCase());
}

/** Text of a cell, "" for a blank or placeholder. */
export function textValue(cell: Cell): string {
  return isBlank(cell) ? "" : cellString(cell);
}

/** Lower case, letters and digits only, single spaces: for matching words in free text. */
export function wordsOf(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
