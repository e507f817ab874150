/**
 * What read-excel-file does not report: which cells hold formulas (it silently
 * gives a formula without a saved value, or with an error such as #N/A, as an
 * empty cell) and which ranges are merged (it gives their value in the
 * top-left cell only). Read from the sheet XML with a quick check first, so a
 * sheet with neither costs one indexOf per pattern.
 */
import type { FormulaCell, MergedRange } from "./types.ts";
import { readZipText, type ZipEntry } from "./zip.ts";

export interface SheetFacts {
  formulas: FormulaCell[];
  merges: MergedRange[];
}

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_whole, name: string) => {
    if (name === "amp") return "&";
    if (name === "lt") return "<";
    if (name === "gt") return ">";
    if (name === "quot") return '"';
    if (name === "apos") return "'";
    return String.fromCodePoint(name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
  });
}

function attributes(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of text.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) map.set(m[1] ?? "", unescapeXml(m[2] ?? ""));
  return map;
}

/** "AB12" -> [11, 27] (0-based row, column), null when it is not a cell reference. */
export function parseCellRef(ref: string): [number, number] | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.toUpperCase());
  if (!m) return null;
  let column = 0;
  for (const ch of m[1] ?? "") column = column * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, column - 1];
}

/** Sheet name -> path of its XML inside the archive, from the workbook and its relationships. */
async function sheetPaths(bytes: Uint8Array, entries: ZipEntry[]): Promise<Map<string, string>> {
  const workbook = await readZipText(bytes, entries, "xl/workbook.xml");
  const rels = await readZipText(bytes, entries, "xl/_rels/workbook.xml.rels");
  const paths = new Map<string, string>();
  if (!workbook || !rels) return paths;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const a = attributes(m[1] ?? "");
    const id = a.get("Id");
    const target = a.get("Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const a = attributes(m[1] ?? "");
    const name = a.get("name");
    const relId = [...a.entries()].find(([key]) => key.endsWith(":id"))?.[1];
    const path = relId ? targets.get(relId) : undefined;
    if (name !== undefined && path) paths.set(name, path);
  }
  return paths;
}

const FORMULA_TAG = /<(?:\w+:)?f[\s>/]/;

/** A cheap look for a formula element before the cell-by-cell scan (a plain sheet has none). */
function mayHoldFormulas(xml: string): boolean {
  if (xml.includes("<f>") || xml.includes("<f ") || xml.includes("<f/>")) return true;
  return (xml.includes(":f>") || xml.includes(":f ")) && FORMULA_TAG.test(xml); // a prefixed <x:f>
}

export function scanSheetXml(xml: string): SheetFacts {
  const formulas: FormulaCell[] = [];
  const merges: MergedRange[] = [];
  if (mayHoldFormulas(xml)) {
    for (const m of xml.matchAll(/<((?:\w+:)?)c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1c>)/g)) {
      const inner = m[3];
      if (!inner || !FORMULA_TAG.test(inner)) continue;
      const a = attributes(m[2] ?? "");
      const at = parseCellRef(a.get("r") ?? "");
      if (!at) continue;
      const value = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>|<(?:\w+:)?v\/>/.exec(inner);
      const cached = value !== null;
      const error = cached && a.get("t") === "e" ? unescapeXml(value[1] ?? "") : null;
      formulas.push({ row: at[0], column: at[1], cached, error });
    }
  }
  if (xml.includes("mergeCell")) {
    for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([^"]+)"/g)) {
      const [from, to] = (m[1] ?? "").split(":");
      const a = parseCellRef(from ?? "");
      const b = parseCellRef(to ?? from ?? "");
      if (a && b) merges.push({ fromRow: a[0], fromColumn: a[1], toRow: b[0], toColumn: b[1] });
    }
  }
  return { formulas, merges };
}

/** Facts per sheet name. A sheet whose XML cannot be read has no entry (reading goes on without them). */
export async function readSheetFacts(bytes: Uint8Array, entries: ZipEntry[]): Promise<Map<string, SheetFacts>> {
  const facts = new Map<string, SheetFacts>();
  for (const [name, path] of await sheetPaths(bytes, entries)) {
    try {
      const xml = await readZipText(bytes, entries, path);
      if (xml !== null) facts.set(name, scanSheetXml(xml));
    } catch {
      // an entry that does not inflate: read-excel-file reports the damaged file
    }
  }
  return facts;
}
