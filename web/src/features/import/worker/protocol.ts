/**
 * What crosses the boundary between the wizard (main thread) and its worker.
 * The worker keeps the opened file and the read list; only small summaries,
 * the first rows and pages of problems come back, so no transfer of a
 * 20,000-row list ever blocks the main thread.
 */
import type {
  ColumnMapping,
  ExpectedWilayah,
  FieldGuess,
  FieldId,
  FileProblem,
  ImportProgress,
  ListKind,
  ListSummary,
  RowProblem,
  RowProblemKey,
  SheetChoice,
} from "@shared/import/index.ts";
import type { MatchWorkerApi } from "./matchProtocol.ts";

export interface OpenedSummary {
  fileName: string;
  format: "csv" | "xlsx";
  bytes: number;
  sheets: SheetChoice[];
  /** problems found while opening that do not stop reading (an unclosed quote) */
  notices: FileProblem[];
}

export type OpenOutcome = { ok: true; file: OpenedSummary } | { ok: false; problem: FileProblem };

/** One of the first rows of a sheet, for choosing another header row. */
export interface TopRow {
  /** 0-based index into the sheet's rows */
  index: number;
  /** the row's first filled cells as text, shortened */
  text: string;
}

export interface SheetSetup {
  sheetIndex: number;
  sheetName: string;
  /** 0-based; null when no row looks like a header (then problem says so) */
  headerIndex: number | null;
  header: string[];
  /** sourceSignature(header): the key the mapping is remembered by */
  signature: string;
  /** the kind the header suggests */
  kindGuess: ListKind;
  topRows: TopRow[];
  problem: FileProblem | null;
}

export interface MappingSetup {
  kind: ListKind;
  /** every field of the kind, with the guessed column and its alternatives */
  fields: FieldGuess[];
  mapping: ColumnMapping;
}

/** A record as the preview table shows it: identifiers masked. */
export interface PreviewRecord {
  /** file row numbers the record came from */
  rows: number[];
  id: string;
  name: string;
  /** masked ("5371********0001") or "" */
  nik: string;
  noKk: string;
  rt: number | null;
  rw: number | null;
  alamat: string;
  /** family: number of members read; social: desil */
  detail: string;
  status: "ok" | "warning" | "error";
}

export interface ProblemGroup {
  key: RowProblemKey;
  severity: RowProblem["severity"];
  count: number;
  /** the first rows with it */
  rows: number[];
  /** the first such problem (its values fill the message in either language) */
  example: RowProblem;
}

export interface ListPreview {
  kind: ListKind;
  sheetName: string;
  headerRow: number;
  summary: ListSummary;
  fileProblems: FileProblem[];
  groups: ProblemGroup[];
  /** how many row problems there are (pages of them: problems()) */
  problemCount: number;
  sample: PreviewRecord[];
}

export type ProgressListener = (progress: ImportProgress) => void;

export interface ReadRequest {
  mapping: ColumnMapping;
  expected: ExpectedWilayah;
  /** YYYY-MM-DD, the device's civil date */
  today: string;
}

/** The worker's API (comlink): reading here, matching and writing in matchProtocol.ts. */
export interface ImportWorkerApi extends MatchWorkerApi {
  open(file: Blob, fileName: string, onProgress?: ProgressListener): Promise<OpenOutcome>;
  setupSheet(sheetIndex: number, headerIndex?: number): Promise<SheetSetup>;
  mappingFor(kind: ListKind, saved?: Partial<Record<FieldId, string>>): Promise<MappingSetup>;
  read(request: ReadRequest, onProgress?: ProgressListener): Promise<ListPreview>;
  problems(offset: number, limit: number): Promise<RowProblem[]>;
}
