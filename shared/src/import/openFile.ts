/**
 * Bytes in, sheets out: the first step of an import, before any column is
 * known. A refusal is a FileProblem with its message; nothing here writes.
 */
import { parseCsv } from "./csv.ts";
import { decodeText } from "./decodeText.ts";
import { detectFormat } from "./detect.ts";
import { fileProblem } from "./messages.ts";
import type { FileProblem, OpenedFile, ProgressCallback } from "./types.ts";
import { readXlsx } from "./xlsx.ts";
import type { ZipEntry } from "./zip.ts";

/**
 * The largest list file read. A kelurahan of 20,000 families listed one row per
 * person is about 80,000 rows, some 12 MB of CSV; XLSX is smaller. Larger is
 * almost surely not one village's list, and would not fit a cheap phone.
 */
export const MAX_LIST_FILE_BYTES = 25 * 1024 * 1024;
/** The most an XLSX may unpack to (a small file can inflate enormously). */
export const MAX_XLSX_UNPACKED_BYTES = 250 * 1024 * 1024;

export type ListFileInput = Blob | ArrayBuffer | Uint8Array;

export interface OpenOptions {
  fileName: string;
  /** default MAX_LIST_FILE_BYTES */
  maxBytes?: number;
  onProgress?: ProgressCallback;
}

export type OpenResult = { ok: true; file: OpenedFile } | { ok: false; problem: FileProblem };

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1).replace(".", ",");

/** The refusal for a file too large, from its size alone (a File's size is known before reading it). */
export function checkFileSize(size: number, maxBytes = MAX_LIST_FILE_BYTES): FileProblem | null {
  if (size === 0) return fileProblem("file_kosong");
  if (size > maxBytes) return fileProblem("terlalu_besar", { ukuran: megabytes(size), batas: megabytes(maxBytes).replace(/,0$/, "") });
  return null;
}

function sizeOf(input: ListFileInput): number {
  return input instanceof Blob ? input.size : input.byteLength;
}

async function bytesOf(input: ListFileInput): Promise<Uint8Array> {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  return new Uint8Array(await input.arrayBuffer());
}

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return name.replace(/\.[^.]+$/, "") || name;
}

async function openXlsx(bytes: Uint8Array, entries: ZipEntry[] | null, options: OpenOptions): Promise<OpenResult> {
  if (entries && entries.reduce((sum, e) => sum + e.size, 0) > MAX_XLSX_UNPACKED_BYTES) {
    return { ok: false, problem: fileProblem("isi_terlalu_besar", { batas: megabytes(MAX_XLSX_UNPACKED_BYTES).replace(/,0$/, "") }) };
  }
  options.onProgress?.({ phase: "open", rows: 0, fraction: 0 });
  let sheets;
  try {
    sheets = await readXlsx(bytes, entries);
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { ok: false, problem: fileProblem(code === "XLS_FILE_NOT_SUPPORTED" ? "xls_lama" : "xlsx_rusak") };
  }
  const rows = sheets.reduce((sum, s) => sum + s.rows.length, 0);
  options.onProgress?.({ phase: "open", rows, fraction: 1 });
  if (sheets.every((s) => s.rows.every((row) => row.every((cell) => cell === null)))) {
    return { ok: false, problem: fileProblem("semua_lembar_kosong") };
  }
  return { ok: true, file: { fileName: options.fileName, format: "xlsx", bytes: bytes.length, encoding: null, delimiter: null, sheets, notices: [] } };
}

export async function openListFile(input: ListFileInput, options: OpenOptions): Promise<OpenResult> {
  const tooBig = checkFileSize(sizeOf(input), options.maxBytes);
  if (tooBig) return { ok: false, problem: tooBig };
  const bytes = await bytesOf(input);
  const detected = detectFormat(bytes);
  if (detected.kind === "refused") return { ok: false, problem: fileProblem(detected.key) };
  if (detected.kind === "xlsx") return openXlsx(bytes, detected.entries, options);

  const decoded = decodeText(bytes);
  if (decoded === null) return { ok: false, problem: fileProblem("bukan_daftar") };
  if (decoded.text.trim() === "") return { ok: false, problem: fileProblem("file_kosong") };
  const csv = parseCsv(decoded.text, baseName(options.fileName), options.onProgress);
  const notices = csv.unclosedQuoteRows.slice(0, 1).map((row) => fileProblem("tanda_kutip", { baris: row }));
  return {
    ok: true,
    file: {
      fileName: options.fileName,
      format: "csv",
      bytes: bytes.length,
      encoding: decoded.encoding,
      delimiter: csv.delimiter,
      sheets: [csv.sheet],
      notices,
    },
  };
}
