import type * as Y from "yjs";
import { EXPORT_FORMATS, type ExportFormat, type ExportRecord } from "../../model/exportRecord.ts";

/**
 * The report's export log in the roster document: a top-level Y.Array "x" of plain objects, appended
 * and never edited (two phones exporting offline both keep their line). In the roster because the lurah
 * and the pokja, who can export, both write it and both read it; OPD and pemantau never receive it.
 * Readers take `unknown` from untrusted peers: a malformed entry is skipped.
 */
export const EXPORT_LOG = "x";
const MAX_TEXT = 120;

export function exportLog(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray<unknown>(EXPORT_LOG);
}

export function appendExport(doc: Y.Doc, record: ExportRecord): void {
  exportLog(doc).push([{ at: record.at, by: record.by.slice(0, MAX_TEXT), role: record.role.slice(0, MAX_TEXT), month: record.month, format: record.format }]);
}

function own(raw: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(raw, key) ? (raw as Record<string, unknown>)[key] : undefined;
}

export function parseExportRecord(raw: unknown): ExportRecord | null {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return null;
  const [at, by, role, month, format] = ["at", "by", "role", "month", "format"].map((k) => own(raw, k));
  if (typeof at !== "string" || !Number.isFinite(Date.parse(at)) || typeof month !== "string" || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return null;
  if (typeof format !== "string" || !(EXPORT_FORMATS as readonly string[]).includes(format)) return null;
  return { at, by: typeof by === "string" ? by.slice(0, MAX_TEXT) : "", role: typeof role === "string" ? role.slice(0, MAX_TEXT) : "", month, format: format as ExportFormat };
}

/** Newest first. */
export function readExportLog(doc: Y.Doc): ExportRecord[] {
  return exportLog(doc)
    .toArray()
    .map(parseExportRecord)
    .filter((r): r is ExportRecord => r !== null)
    .sort((a, b) => b.at.localeCompare(a.at));
}
