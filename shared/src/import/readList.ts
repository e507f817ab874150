/**
 * A sheet, its header row and a column mapping in; typed records with their
 * row problems, the file-level problems and a summary out. Pure and
 * synchronous: the worker calls it after openListFile, again whenever the
 * person changes the mapping.
 */
import { todayOf } from "../rules/calendar.ts";
import { fieldSpec } from "./catalogue.ts";
import { headerOf, missingRequiredFields } from "./header.ts";
import { fileProblem } from "./messages.ts";
import { ProblemLog } from "./problemLog.ts";
import { ReadContext } from "./readContext.ts";
import { readFamilyPersons, readFamilyRows } from "./readFamilies.ts";
import { readSocialRows } from "./readSocial.ts";
import { RowReader } from "./rowReader.ts";
import type { ColumnMapping, ExpectedWilayah, FileProblem, ListResult, ProgressCallback, SheetTable } from "./types.ts";
import type { RelationCodes } from "./values/relation.ts";

export interface ReadListOptions {
  /** 0-based index of the header row in sheet.rows (HeaderGuess.index) */
  headerIndex: number;
  mapping: ColumnMapping;
  /** the workspace's area: rows of another kelurahan are named and not imported */
  expected?: ExpectedWilayah;
  /** decides two-digit years and future birth dates; default now */
  today?: string | Date;
  /** numeric SHDK codes are read only with "dukcapil" (default "none": named, not guessed) */
  relationCodes?: RelationCodes;
  onProgress?: ProgressCallback;
}

function emptyResult(sheet: SheetTable, options: ReadListOptions, header: string[], fileProblems: FileProblem[]): ListResult {
  const log = new ProblemLog(header);
  const base = {
    sheetName: sheet.name,
    headerRow: options.headerIndex + 1,
    header,
    mapping: options.mapping,
    problems: [],
    fileProblems,
    summary: log.summary(0, 0, fileProblems),
  };
  return options.mapping.kind === "social" ? { ...base, kind: "social", socialRows: [] } : { ...base, kind: options.mapping.kind, families: [] };
}

function hasData(sheet: SheetTable, from: number): boolean {
  for (let i = from; i < sheet.rows.length; i++) if ((sheet.rows[i] ?? []).some((cell) => cell !== null)) return true;
  return false;
}

export function readList(sheet: SheetTable, options: ReadListOptions): ListResult {
  const header = headerOf(sheet, options.headerIndex);
  if (!hasData(sheet, 0)) return emptyResult(sheet, options, header, [fileProblem("lembar_kosong", { lembar: sheet.name })]);
  const missing = missingRequiredFields(options.mapping);
  if (missing.length > 0) {
    const labels = missing.map((field) => fieldSpec(options.mapping.kind, field)?.label ?? field);
    return emptyResult(sheet, options, header, [fileProblem("kolom_wajib_tidak_ada", { kolom: labels.join(", ") })]);
  }
  if (!hasData(sheet, options.headerIndex + 1)) {
    return emptyResult(sheet, options, header, [fileProblem("hanya_judul", { lembar: sheet.name, baris: options.headerIndex + 1 })]);
  }

  const log = new ProblemLog(header);
  const expected = options.expected ?? {};
  const reader = new RowReader(sheet, log, {
    headerIndex: options.headerIndex,
    mapping: options.mapping,
    today: todayOf(options.today),
    expected,
    relationCodes: options.relationCodes ?? "none",
  });
  const ctx = new ReadContext(sheet, reader, log, header, options.headerIndex, options.onProgress);
  const base = () => ({ sheetName: sheet.name, headerRow: options.headerIndex + 1, header, mapping: options.mapping, problems: log.problems, fileProblems: ctx.fileProblems });

  if (options.mapping.kind === "social") {
    const socialRows = readSocialRows(ctx);
    ctx.finish(expected);
    if (ctx.rows === 0) ctx.fileProblems.push(fileProblem("hanya_judul", { lembar: sheet.name, baris: options.headerIndex + 1 }));
    return { ...base(), kind: "social", socialRows, summary: log.summary(ctx.rows, socialRows.length, ctx.fileProblems) };
  }
  const families = options.mapping.kind === "family" ? readFamilyRows(ctx) : readFamilyPersons(ctx);
  ctx.finish(expected);
  if (ctx.rows === 0) ctx.fileProblems.push(fileProblem("hanya_judul", { lembar: sheet.name, baris: options.headerIndex + 1 }));
  return { ...base(), kind: options.mapping.kind, families, summary: log.summary(ctx.rows, families.length, ctx.fileProblems) };
}
