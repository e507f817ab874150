/**
 * XLSX into sheets with read-excel-file's universal entry (browser, worker and
 * Node alike). How it reports cells, and what this module makes of them:
 * - text: trimmed strings, "" as null;
 * - numbers: through parseNumber, which receives the number exactly as stored
 *   in the file, so a NIK typed as a number keeps every digit the file has
 *   (a double would lose digits of NIKs above 2^53, provinces 91-96);
 * - dates: a number cell with a date format comes as a Date at UTC midnight of
 *   the day Excel shows; it becomes a civil date (YYYY-MM-DD);
 * - formulas: the saved value when there is one; without one (or with #N/A and
 *   the like) an empty cell: xlsxFacts names those cells;
 * - merged cells: the value in the top-left cell only: filled here into the
 *   whole range, as the person sees it in Excel;
 * - sheet names: every sheet, in workbook order, with its name.
 */
import readXlsxFile from "read-excel-file/universal";
import type { Cell, DateCell, MergedRange, NumberCell, SheetTable } from "./types.ts";
import { readSheetFacts } from "./xlsxFacts.ts";
import type { ZipEntry } from "./zip.ts";

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "boolean") return value;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const cell: DateCell = { kind: "date", iso: `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1, 2)}-${pad(value.getUTCDate(), 2)}` };
    return cell;
  }
  if (typeof value === "object" && (value as NumberCell).kind === "number") return value as NumberCell;
  if (typeof value === "number") return { kind: "number", value, text: String(value) };
  return String(value);
}

/** Every cell of a merged range gets the range's top-left value. */
export function fillMerges(rows: Cell[][], merges: MergedRange[]): void {
  for (const m of merges) {
    const value = rows[m.fromRow]?.[m.fromColumn] ?? null;
    if (value === null) continue;
    for (let r = m.fromRow; r <= m.toRow; r++) {
      const row = rows[r] ?? (rows[r] = []);
      while (row.length <= m.toColumn) row.push(null);
      for (let c = m.fromColumn; c <= m.toColumn; c++) row[c] = value;
    }
  }
}

export async function readXlsx(bytes: Uint8Array, entries: ZipEntry[] | null): Promise<SheetTable[]> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const parseNumber = (text: string): NumberCell => ({ kind: "number", value: Number(text), text });
  const sheets = await readXlsxFile<NumberCell>(buffer, { parseNumber });
  const facts = entries ? await readSheetFacts(bytes, entries) : new Map();
  return sheets.map(({ sheet, data }) => {
    const rows = data.map((row) => row.map(toCell));
    const { formulas = [], merges = [] } = facts.get(sheet) ?? {};
    fillMerges(rows, merges);
    return { name: sheet, rows, formulas, merges };
  });
}
