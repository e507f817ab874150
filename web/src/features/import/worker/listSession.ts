/**
 * The worker's side of one import: it keeps the opened file and the list read
 * from it, and answers the wizard with small summaries (protocol.ts). Plain
 * code over shared/src/import, so tests run it in Node on real files.
 */
import {
  detectHeaderRow,
  FILE_MESSAGES,
  FILE_PROBLEM_SEVERITY,
  fillMessage,
  guessListKind,
  guessMapping,
  headerOf,
  mappingFromSaved,
  openListFile,
  readList,
  sheetChoices,
  sourceSignature,
  type FieldId,
  type FileProblem,
  type FileProblemKey,
  type ListKind,
  type ListResult,
  type MessageValues,
  type OpenedFile,
  type RowProblem,
  type SheetTable,
} from "@shared/import/index.ts";
import { maskNik } from "@shared/rules/nik.ts";
import type { ListPreview, MappingSetup, OpenOutcome, PreviewRecord, ProblemGroup, ProgressListener, ReadRequest, SheetSetup, TopRow } from "./protocol.ts";

/** How many records the preview table shows. */
export const SAMPLE_SIZE = 20;
/** How many of a sheet's first rows may be chosen as its header. */
const TOP_ROWS = 30;

function problem(key: FileProblemKey, values: MessageValues = {}): FileProblem {
  return { key, severity: FILE_PROBLEM_SEVERITY[key], values, message: fillMessage(FILE_MESSAGES[key], values) };
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  const c = cell as { kind: string; text?: string; iso?: string };
  return c.kind === "number" ? (c.text ?? "") : (c.iso ?? "");
}

function topRows(sheet: SheetTable): TopRow[] {
  const rows: TopRow[] = [];
  for (let index = 0; index < Math.min(sheet.rows.length, TOP_ROWS); index++) {
    const cells = (sheet.rows[index] ?? []).map(cellText).filter((text) => text !== "");
    if (cells.length === 0) continue;
    const text = cells.slice(0, 4).join(" · ");
    rows.push({ index, text: text.length > 60 ? `${text.slice(0, 59)}…` : text });
  }
  return rows;
}

const masked = (id: string) => (id === "" ? "" : maskNik(id));

export class ListSession {
  private file: OpenedFile | null = null;
  private sheet: SheetTable | null = null;
  private headerIndex: number | null = null;
  private header: string[] = [];
  private result: ListResult | null = null;

  async open(file: Blob | Uint8Array, fileName: string, onProgress?: ProgressListener): Promise<OpenOutcome> {
    this.file = this.sheet = this.result = null;
    const opened = await openListFile(file, { fileName, onProgress });
    if (!opened.ok) return { ok: false, problem: opened.problem };
    this.file = opened.file;
    const sheets = sheetChoices(opened.file);
    if (!sheets.some((s) => s.filledRows > 0)) return { ok: false, problem: problem("semua_lembar_kosong") };
    const { format, bytes, notices } = opened.file;
    return { ok: true, file: { fileName, format, bytes, sheets, notices } };
  }

  setupSheet(sheetIndex: number, headerIndex?: number): SheetSetup {
    const sheet = this.file?.sheets[sheetIndex];
    if (!sheet) throw new Error(`no sheet ${sheetIndex}`);
    this.sheet = sheet;
    this.result = null;
    const found = headerIndex ?? detectHeaderRow(sheet)?.index ?? null;
    this.headerIndex = found;
    this.header = found === null ? [] : headerOf(sheet, found);
    const filled = sheet.rows.some((row) => row.some((cell) => cell !== null));
    const missing = found === null ? problem(filled ? "kolom_tidak_dikenali" : "lembar_kosong", { lembar: sheet.name }) : null;
    return {
      sheetIndex,
      sheetName: sheet.name,
      headerIndex: found,
      header: this.header,
      signature: sourceSignature(this.header),
      kindGuess: guessListKind(this.header).kind,
      topRows: topRows(sheet),
      problem: missing,
    };
  }

  /** The guessed mapping of the kind; with a remembered one, that one (columns no longer there are left out). */
  mappingFor(kind: ListKind, saved?: Partial<Record<FieldId, string>>): MappingSetup {
    const guess = guessMapping(this.header, kind);
    if (!saved) return { kind, fields: guess.fields, mapping: guess.mapping };
    const mapping = mappingFromSaved(kind, saved, this.header);
    const fields = guess.fields.map((f) => {
      const column = mapping.columns[f.field] ?? null;
      if (column === f.column) return f;
      const candidates = f.column === null ? f.alternatives : [{ column: f.column, header: this.header[f.column] ?? "", score: f.score }, ...f.alternatives];
      return { ...f, column, alternatives: candidates.filter((c) => c.column !== column) };
    });
    return { kind, fields, mapping };
  }

  read(request: ReadRequest, onProgress?: ProgressListener): ListPreview {
    if (!this.sheet || this.headerIndex === null) throw new Error("no sheet set up");
    const result = readList(this.sheet, { headerIndex: this.headerIndex, mapping: request.mapping, expected: request.expected, today: request.today, onProgress });
    result.fileProblems.unshift(...(this.file?.notices ?? []));
    result.summary.blocking ||= result.fileProblems.some((p) => p.severity === "error");
    this.result = result;
    return {
      kind: result.kind,
      sheetName: result.sheetName,
      headerRow: result.headerRow,
      summary: result.summary,
      fileProblems: result.fileProblems,
      groups: groupsOf(result),
      problemCount: result.problems.length,
      sample: sampleOf(result),
    };
  }

  problems(offset: number, limit: number): RowProblem[] {
    return this.result?.problems.slice(offset, offset + limit) ?? [];
  }

  /** The list read last (for matching and the write, later steps of the same worker). */
  list(): ListResult | null {
    return this.result;
  }
}

function groupsOf(result: ListResult): ProblemGroup[] {
  const first = new Map<string, RowProblem>();
  for (const p of result.problems) {
    const id = `${p.key}\u0000${p.severity}`;
    if (!first.has(id)) first.set(id, p);
  }
  return result.summary.byProblem.map((count) => ({
    key: count.key,
    severity: count.severity,
    count: count.count,
    rows: count.rows,
    example: first.get(`${count.key}\u0000${count.severity}`)!,
  }));
}

function statusOf(rows: number[], severities: Map<number, "warning" | "error">): PreviewRecord["status"] {
  let status: PreviewRecord["status"] = "ok";
  for (const row of rows) {
    const s = severities.get(row);
    if (s === "error") return "error";
    if (s === "warning") status = "warning";
  }
  return status;
}

function sampleOf(result: ListResult): PreviewRecord[] {
  const severities = new Map<number, "warning" | "error">();
  for (const p of result.problems) if (severities.get(p.row) !== "error") severities.set(p.row, p.severity);
  if (result.kind === "social") {
    return result.socialRows.slice(0, SAMPLE_SIZE).map((r) => ({
      rows: [r.row],
      id: r.id,
      name: r.nama,
      nik: masked(r.nik),
      noKk: masked(r.noKk),
      rt: r.rt,
      rw: r.rw,
      alamat: r.alamat,
      detail: r.desil === null ? "" : String(r.desil),
      status: statusOf([r.row], severities),
    }));
  }
  return result.families.slice(0, SAMPLE_SIZE).map((f) => {
    const head = f.members[0];
    return {
      rows: f.rows,
      id: f.id,
      name: head?.nama ?? "",
      nik: masked(head?.nik ?? ""),
      noKk: masked(f.noKk),
      rt: f.rt,
      rw: f.rw,
      alamat: f.alamat,
      detail: String(f.members.length),
      status: statusOf(f.rows, severities),
    };
  });
}
