/** Row problems as they are found, and the summary the preview shows. */
import { rowMessage } from "./messages.ts";
import type { FieldId, FileProblem, ListSummary, MessageValues, ProblemCount, RowProblem, RowProblemKey, Severity } from "./types.ts";

/** "A" for 0, "Z" for 25, "AA" for 26: the column as Excel labels it. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const ROWS_PER_PROBLEM = 20;

export class ProblemLog {
  readonly problems: RowProblem[] = [];
  private readonly errorRows = new Set<number>();
  private readonly warningRows = new Set<number>();
  private readonly skippedRows = new Set<number>();

  constructor(private readonly header: string[]) {}

  add(row: number, field: FieldId | null, column: number | null, key: RowProblemKey, severity: Severity, values: MessageValues = {}, skipped = false): void {
    const header = column === null ? "" : (this.header[column] ?? "");
    const filled = { baris: row, kolom: header, ...values };
    this.problems.push({
      row,
      field,
      column,
      columnLetter: column === null ? "" : columnLetter(column),
      header,
      key,
      severity,
      skipped,
      values: filled,
      message: rowMessage(key, filled),
    });
    (severity === "error" ? this.errorRows : this.warningRows).add(row);
    if (skipped) this.skippedRows.add(row);
  }

  /** The row gives no record (its problem was already logged). */
  skip(row: number): void {
    this.skippedRows.add(row);
    this.errorRows.add(row);
  }

  isSkipped(row: number): boolean {
    return this.skippedRows.has(row);
  }

  summary(rows: number, records: number, fileProblems: FileProblem[]): ListSummary {
    const counts = new Map<string, ProblemCount>();
    for (const p of this.problems) {
      const id = `${p.key}\u0000${p.severity}`;
      let count = counts.get(id);
      if (!count) {
        count = { key: p.key, severity: p.severity, count: 0, rows: [], message: p.message };
        counts.set(id, count);
      }
      count.count++;
      if (count.rows.length < ROWS_PER_PROBLEM && count.rows[count.rows.length - 1] !== p.row) count.rows.push(p.row);
    }
    let withWarnings = 0;
    for (const row of this.warningRows) if (!this.errorRows.has(row)) withWarnings++;
    return {
      rows,
      rowsOk: rows - withWarnings - this.errorRows.size,
      rowsWithWarnings: withWarnings,
      rowsWithErrors: this.errorRows.size,
      rowsSkipped: this.skippedRows.size,
      records,
      byProblem: [...counts.values()].sort((a, b) => (a.severity === b.severity ? b.count - a.count : a.severity === "error" ? -1 : 1)),
      blocking: fileProblems.some((p) => p.severity === "error"),
    };
  }
}
