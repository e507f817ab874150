/** What every list reader shares: the row loop with progress, ids, and the file-level findings. */
import type { DuplicateIds } from "./duplicates.ts";
import { fileProblem } from "./messages.ts";
import type { ProblemLog } from "./problemLog.ts";
import { columnLetter } from "./problemLog.ts";
import type { RowReader } from "./rowReader.ts";
import type { FileProblem, ProgressCallback, SheetTable } from "./types.ts";

/** Rows between progress reports. */
const PROGRESS_EVERY = 2000;

export class ReadContext {
  /** non-empty data rows read */
  rows = 0;
  readonly fileProblems: FileProblem[] = [];

  constructor(
    readonly sheet: SheetTable,
    readonly reader: RowReader,
    readonly log: ProblemLog,
    readonly header: string[],
    private readonly headerIndex: number,
    private readonly onProgress?: ProgressCallback,
  ) {}

  /** Calls read for every non-empty data row under the header, with its file row number. */
  forEachRow(read: (row: number) => void): void {
    const total = this.sheet.rows.length - this.headerIndex - 1;
    for (let index = this.headerIndex + 1; index < this.sheet.rows.length; index++) {
      const done = index - this.headerIndex;
      if (this.onProgress && done % PROGRESS_EVERY === 0) this.onProgress({ phase: "check", rows: done, fraction: done / total });
      if (!this.reader.start(index, this.header)) continue;
      this.rows++;
      read(index + 1);
    }
    this.onProgress?.({ phase: "check", rows: Math.max(total, 0), fraction: 1 });
  }

  /** The row's own id, or its row number when the list has no id column; id null: a duplicate (logged, no record). */
  rowId(ids: DuplicateIds): { id: string | null; hasListId: boolean } {
    const { reader, log } = this;
    const row = reader.row;
    if (!reader.has("id")) return { id: String(row), hasListId: false };
    const text = reader.text("id");
    if (text === "") {
      log.add(row, "id", reader.column("id"), "id_kosong", "warning");
      return { id: String(row), hasListId: false };
    }
    return { id: ids.check(log, row, reader.column("id"), text) ? null : text, hasListId: true };
  }

  /** Duplicate ids stop the import: one file problem naming the first of them. */
  duplicateIds(ids: DuplicateIds): void {
    const first = ids.duplicated.entries().next();
    if (first.done) return;
    const [value, row] = first.value;
    const column = this.reader.column("id");
    this.fileProblems.push(
      fileProblem("id_ganda", { jumlah: ids.duplicated.size, contoh: value, baris: row, kolom: column === null ? "id" : (this.header[column] ?? "") }),
    );
  }

  /** File-level notes and stops from what the rows showed. */
  finish(expected: { kode?: string; nama?: string }): void {
    const { stats } = this.reader;
    if (stats.kodeCompared > 0 && stats.kodeDifferent.size > 0) {
      const differing = [...stats.kodeDifferent.values()].reduce((a, b) => a + b, 0);
      if (differing === stats.kodeCompared) this.fileProblems.push(fileProblem("wilayah_lain", { kode: mostCommon(stats.kodeDifferent), harapan: expected.kode ?? "" }));
    }
    if (stats.desaCompared > 0 && stats.desaDifferent.size > 0) {
      const differing = [...stats.desaDifferent.values()].reduce((a, b) => a + b, 0);
      if (differing === stats.desaCompared) this.fileProblems.push(fileProblem("desa_lain", { nama: mostCommon(stats.desaDifferent), harapan: expected.nama ?? "" }));
    }
    if (stats.cachedFormulas.length > 0) {
      this.fileProblems.push(fileProblem("rumus_dengan_nilai", { jumlah: stats.cachedFormulas.length, contoh: stats.cachedFormulas.slice(0, 3).join(", ") }));
    }
    for (const column of stats.monthFirstColumns) this.fileProblems.push(fileProblem("tanggal_bulan_dulu", { kolom: this.header[column] ?? columnLetter(column) }));
    const mapped = new Set(Object.values(this.reader.mappedColumns()));
    const merges = this.sheet.merges.filter((m) => m.toRow > this.headerIndex && rangeHits(m.fromColumn, m.toColumn, mapped) && (m.toRow > m.fromRow || m.toColumn > m.fromColumn));
    if (merges.length > 0) {
      const names = merges.slice(0, 3).map((m) => `${columnLetter(m.fromColumn)}${m.fromRow + 1}:${columnLetter(m.toColumn)}${m.toRow + 1}`);
      this.fileProblems.push(fileProblem("sel_gabungan", { contoh: names.join(", ") + (merges.length > 3 ? ` (dan ${merges.length - 3} lagi)` : "") }));
    }
  }
}

function rangeHits(from: number, to: number, columns: Set<number>): boolean {
  for (let c = from; c <= to; c++) if (columns.has(c)) return true;
  return false;
}

function mostCommon(counts: Map<string, number>): string {
  let best = "";
  let bestCount = -1;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
