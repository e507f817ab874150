/**
 * CSV text into a sheet. The delimiter is decided here, not by papaparse's
 * guess: Indonesian Excel writes ";" (the decimal comma), addresses contain
 * commas ("Jl. Sukun, No. 5"), and title rows above the header have no
 * delimiter at all, so the delimiter is the one that gives most lines the same
 * field count.
 */
import Papa from "papaparse";
import type { Cell, ProgressCallback, SheetTable } from "./types.ts";

export type Delimiter = "," | ";" | "\t" | "|";
const CANDIDATES: Delimiter[] = [";", ",", "\t", "|"];
const SAMPLE_LINES = 60;
/** Characters per papaparse chunk: a progress report about every 10,000 rows of a BKKBN list. */
const CHUNK_CHARS = 1 << 20;

/** Fields per line for one delimiter, quotes respected (a quoted field may hold the delimiter). */
function fieldCount(line: string, delimiter: string): number {
  let count = 1;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) count++;
  }
  return count;
}

export function detectDelimiter(text: string): Delimiter {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < SAMPLE_LINES && start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, "");
    if (line.trim() !== "") lines.push(line);
    start = end + 1;
  }
  let best: Delimiter = ",";
  let bestScore = 0;
  let bestFields = 1;
  for (const delimiter of CANDIDATES) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const n = fieldCount(line, delimiter);
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    let modeFields = 1;
    let modeLines = 0;
    for (const [fields, linesWith] of counts) {
      if (fields > 1 && (linesWith > modeLines || (linesWith === modeLines && fields > modeFields))) {
        modeFields = fields;
        modeLines = linesWith;
      }
    }
    if (modeLines > bestScore || (modeLines === bestScore && modeFields > bestFields)) {
      best = delimiter;
      bestScore = modeLines;
      bestFields = modeFields;
    }
  }
  return best;
}

export interface ParsedCsv {
  sheet: SheetTable;
  delimiter: Delimiter;
  /** file row numbers where a quote was left open */
  unclosedQuoteRows: number[];
}

function toCells(fields: string[]): Cell[] {
  const cells: Cell[] = new Array(fields.length);
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] ?? "";
    cells[i] = field === "" || field.trim() === "" ? null : field;
  }
  return cells;
}

export function parseCsv(text: string, name: string, onProgress?: ProgressCallback): ParsedCsv {
  const delimiter = detectDelimiter(text);
  const rows: Cell[][] = [];
  const unclosedQuoteRows: number[] = [];
  let charsDone = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    skipEmptyLines: false,
    chunkSize: CHUNK_CHARS,
    chunk: (results: Papa.ParseResult<string[]>) => {
      const base = rows.length;
      for (const fields of results.data) rows.push(toCells(fields));
      for (const error of results.errors) {
        if (error.type === "Quotes" && typeof error.row === "number") unclosedQuoteRows.push(base + error.row + 1);
      }
      charsDone = Math.min(text.length, charsDone + CHUNK_CHARS);
      onProgress?.({ phase: "open", rows: rows.length, fraction: text.length === 0 ? 1 : charsDone / text.length });
    },
    complete: () => undefined,
  });
  // A final newline gives papaparse one empty record: it is not a row of the file.
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === null) rows.pop();
  return { sheet: { name, rows, formulas: [], merges: [] }, delimiter, unclosedQuoteRows };
}
