/**
 * The whole import in one call, with every choice guessed: the sheet, the
 * header row, the kind of list and the mapping. The CLI and tests use it; the
 * wizard calls the steps (openListFile, sheetChoices, guessMapping, readList)
 * so the person can change each guess.
 */
import { detectHeaderRow, guessListKind, guessMapping, type HeaderGuess, type KindGuess, type MappingGuess } from "./header.ts";
import { fileProblem } from "./messages.ts";
import { openListFile, type ListFileInput } from "./openFile.ts";
import { readList, type ReadListOptions } from "./readList.ts";
import type { FileProblem, ListKind, ListResult, OpenedFile, SheetTable } from "./types.ts";
import { LIST_KINDS } from "./types.ts";

export interface SheetChoice {
  /** index into file.sheets */
  index: number;
  name: string;
  /** rows with at least one filled cell */
  filledRows: number;
  header: HeaderGuess | null;
  kind: KindGuess | null;
}

/** The sheets to choose from, each with its guessed header and kind (for the wizard's sheet step). */
export function sheetChoices(file: OpenedFile, kinds: readonly ListKind[] = LIST_KINDS): SheetChoice[] {
  return file.sheets.map((sheet, index) => {
    const header = detectHeaderRow(sheet);
    return {
      index,
      name: sheet.name,
      filledRows: sheet.rows.filter((row) => row.some((cell) => cell !== null)).length,
      header,
      kind: header ? guessKindAmong(header.header, kinds) : null,
    };
  });
}

function guessKindAmong(header: string[], kinds: readonly ListKind[]): KindGuess {
  const guess = guessListKind(header);
  let kind = kinds[0] ?? "family";
  for (const k of kinds) if (guess.scores[k] > guess.scores[kind]) kind = k;
  return { kind, scores: guess.scores };
}

export interface ReadListFileOptions extends Omit<ReadListOptions, "headerIndex" | "mapping"> {
  fileName: string;
  maxBytes?: number;
  /** the kinds this list may be (the CLI's --families allows both family kinds); default all */
  kinds?: readonly ListKind[];
  /** a sheet name or 0-based index; default the sheet whose header is recognised best */
  sheet?: string | number;
}

export type ReadListFileResult =
  | { ok: false; problem: FileProblem; file: OpenedFile | null }
  | { ok: true; file: OpenedFile; sheet: SheetTable; header: HeaderGuess; kind: KindGuess; mapping: MappingGuess; result: ListResult };

function pickSheet(file: OpenedFile, choices: SheetChoice[], wanted: string | number | undefined): SheetChoice | FileProblem {
  if (wanted !== undefined) {
    const choice = typeof wanted === "number" ? choices[wanted] : choices.find((c) => c.name === wanted);
    if (!choice) return fileProblem("lembar_tidak_ada", { lembar: String(wanted), daftar: file.sheets.map((s) => s.name).join(", ") });
    if (choice.filledRows === 0) return fileProblem("lembar_kosong", { lembar: choice.name });
    return choice.header ? choice : fileProblem("kolom_tidak_dikenali", { lembar: choice.name });
  }
  const withHeader = choices.filter((c) => c.header !== null).sort((a, b) => (b.header?.score ?? 0) - (a.header?.score ?? 0));
  if (withHeader[0]) return withHeader[0];
  const filled = choices.find((c) => c.filledRows > 0);
  return filled ? fileProblem("kolom_tidak_dikenali", { lembar: filled.name }) : fileProblem("semua_lembar_kosong");
}

export async function readListFile(input: ListFileInput, options: ReadListFileOptions): Promise<ReadListFileResult> {
  const opened = await openListFile(input, { fileName: options.fileName, maxBytes: options.maxBytes, onProgress: options.onProgress });
  if (!opened.ok) return { ok: false, problem: opened.problem, file: null };
  const file = opened.file;
  const kinds = options.kinds ?? LIST_KINDS;
  const choice = pickSheet(file, sheetChoices(file, kinds), options.sheet);
  if ("key" in choice) return { ok: false, problem: choice, file };
  const header = choice.header as HeaderGuess;
  const kind = choice.kind as KindGuess;
  const sheet = file.sheets[choice.index] as SheetTable;
  const mapping = guessMapping(header.header, kind.kind);
  const result = readList(sheet, { ...options, headerIndex: header.index, mapping: mapping.mapping });
  result.fileProblems.unshift(...file.notices);
  if (file.notices.length > 0) result.summary.blocking ||= file.notices.some((p) => p.severity === "error");
  return { ok: true, file, sheet, header, kind, mapping, result };
}
