/**
 * Values that must be unique in a list. A duplicate id stops the whole import
 * (a newer version of the list updates families by their id: two rows with one
 * id cannot both be right); a duplicate NIK or No. KK is a warning (the
 * spouse's NIK on the row, a young family still on the parents' KK).
 */
import type { ProblemLog } from "./problemLog.ts";
import type { FieldId } from "./types.ts";

export class DuplicateIds {
  private readonly first = new Map<string, number>();
  /** duplicated value -> its first row */
  readonly duplicated = new Map<string, number>();

  /** true when the id was seen before (the problem is logged and the row gives no record) */
  check(log: ProblemLog, row: number, column: number | null, id: string): boolean {
    const earlier = this.first.get(id);
    if (earlier === undefined) {
      this.first.set(id, row);
      return false;
    }
    if (!this.duplicated.has(id)) this.duplicated.set(id, earlier);
    log.add(row, "id", column, "id_ganda", "error", { nilai: id, baris_pertama: earlier }, true);
    return true;
  }
}

export class DuplicateValues {
  private readonly first = new Map<string, number>();

  constructor(private readonly key: "nik_ganda" | "no_kk_ganda") {}

  /** Logs a warning when the value was already read (on this row too: the head's NIK given for the wife). */
  check(log: ProblemLog, row: number, field: FieldId, column: number | null, value: string): void {
    if (value === "") return;
    const earlier = this.first.get(value);
    if (earlier === undefined) this.first.set(value, row);
    else log.add(row, field, column, this.key, "warning", { baris_pertama: earlier });
  }
}
