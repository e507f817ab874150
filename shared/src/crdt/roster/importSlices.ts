import * as Y from "yjs";
import { ImportError } from "./importErrors.ts";
import { encodeJournal, journalKey, type JournalInfo, type TouchedKey } from "./importJournal.ts";
import { importMap } from "./importLayout.ts";
import { pendingImports, type PendingImports } from "./importPending.ts";
import { rosterIndex, type RosterIndex } from "./keyIndex.ts";
import { householdOfKey } from "./keys.ts";
import { rosterMap } from "./layout.ts";
import type { KeyWriter } from "./records.ts";

/**
 * An import batch written in slices, each its own small transaction, so a 20,000-family list never
 * holds the main thread for seconds (issue 15: no task over 200 ms on a throttled phone), with the
 * batch record as the commit point written last (importJournal.ts says the format, importPending.ts
 * what readers see meanwhile):
 *
 * - A slice writes its journal entry first (its lowest clock: a device that has any record of the
 *   slice has its journal too), then its records. Readers on every device show what each key held
 *   before the batch until its batch record exists, so a batch cut short (the tab closed) shows
 *   nothing, anywhere; it is rolled back (importRollback.ts) or simply imported again.
 * - Nothing is deleted before the commit: a deletion could not be hidden from readers (Yjs forgets
 *   a deleted value). Deletions that change what readers see (a list id or a social-list row moving
 *   to another household, a waiting pair put away) happen in the commit's transaction, with the
 *   batch record and the journal's removal; register entries the batch's own entries superseded
 *   (registers.ts: readers already ignore them) are swept after it, a slice at a time.
 * - The whole batch in one step (applyFamilyImport and applySocialLinks do that) is one transaction
 *   and writes no journal at all.
 */
export interface ImportJob<R> {
  readonly batchId: string;
  /**
   * Writes the next slice as one transaction: records until `shouldYield(written)` says stop (at least
   * one record of the list), the commit with the last of them, then the sweep. `written`: the keys the
   * slice has written so far (what its transaction's encoding, storage, sending and observers cost,
   * more than the work that made them). True when everything is written (result() ready).
   */
  step(shouldYield: (written: number) => boolean): boolean;
  /** records of the list written, of total; committed once the batch record is written */
  progress(): { done: number; total: number; committed: boolean };
  result(): R;
}

/**
 * The origin of each step's transaction: the device's storage does not count a batch's slices as
 * separate changes when it decides to compact (web/src/sync/docConnection.ts), as it did not count
 * a batch written in one transaction more than once.
 */
export const IMPORT_SLICE_ORIGIN = Symbol("import slice");

/**
 * One unit of the batch's work per `yield`: `yield` after a record of the list, `yield 0` after a piece
 * of work that is no record (the roster's index read in steps: importIndex.ts). The returned function
 * writes the batch record (in the commit) and gives the result.
 */
export type BatchWork<R> = Generator<number | void, () => R, void>;

/**
 * What a batch's work writes through: the roster map ("r") and the import map ("i") as readers see
 * them, plus this batch's own writes. Writes are buffered until the slice ends (flush).
 */
export class BatchWriter {
  readonly roster: Y.Map<unknown>;
  readonly imports: Y.Map<unknown>;
  private readonly index: RosterIndex;
  private readonly pending: PendingImports;
  /** keys this batch wrote (any slice): their first value before it is in a journal */
  private readonly touched = new Set<string>();
  private readonly touchedImports = new Set<string>();
  private sets = new Map<string, unknown>();
  private importSets = new Map<string, unknown>();
  private sliceRoster: TouchedKey[] = [];
  private sliceImports: TouchedKey[] = [];
  private readonly deletes = new Set<string>();
  private readonly importDeletes = new Set<string>();
  private garbage: string[] = [];
  private slices = 0;
  /** a patch target's map (records.ts writePatch): superseded entries go to the sweep */
  readonly patchMap: KeyWriter;

  constructor(
    private readonly doc: Y.Doc,
    readonly batchId: string,
  ) {
    this.roster = rosterMap(doc);
    this.imports = importMap(doc);
    this.index = rosterIndex(doc);
    this.pending = pendingImports(doc);
    this.patchMap = { set: (key, value) => this.set(key, value), delete: (key) => this.sweep(key) };
  }

  /** A roster key's value as this batch sees it: readers' view, with its own writes. */
  get(key: string): unknown {
    if (this.sets.has(key)) return this.sets.get(key);
    if (this.deletes.has(key)) return undefined;
    if (this.touched.has(key)) return this.roster.get(key);
    return this.pending.active ? this.pending.rosterValue(key) : this.roster.get(key);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  set(key: string, value: unknown): void {
    this.deletes.delete(key);
    if (!this.touched.has(key)) {
      this.sliceRoster.push({ key, before: this.get(key) });
      this.touched.add(key);
    }
    this.sets.set(key, value);
  }

  /** Deletes the key with the commit (what readers see changes then, with the rest of the batch). */
  remove(key: string): void {
    if (!this.has(key)) return;
    this.sets.delete(key);
    this.deletes.add(key);
  }

  /** A register entry this batch's entry superseded: deleted after the commit. */
  private sweep(key: string): void {
    this.garbage.push(key);
  }

  getImport(key: string): unknown {
    if (this.importSets.has(key)) return this.importSets.get(key);
    if (this.importDeletes.has(key)) return undefined;
    if (this.touchedImports.has(key)) return this.imports.get(key);
    return this.pending.active ? this.pending.importValue(key) : this.imports.get(key);
  }

  setImport(key: string, value: unknown): void {
    this.importDeletes.delete(key);
    if (!this.touchedImports.has(key)) {
      this.sliceImports.push({ key, before: this.getImport(key) });
      this.touchedImports.add(key);
    }
    this.importSets.set(key, value);
  }

  removeImport(key: string): void {
    if (this.getImport(key) === undefined) return;
    this.importSets.delete(key);
    this.importDeletes.add(key);
  }

  /** Import-map keys as readers see them (the batch's own not included), for a sweep over the waiting pairs. */
  importKeys(): string[] {
    return [...this.imports.keys()].filter((k) => this.getImport(k) !== undefined);
  }

  /**
   * Writes the slice's buffered records (inside its transaction): with `journal`, its journal entry
   * first, naming every key the slice touched first and the clock range its records take.
   */
  flush(journal: JournalInfo | null): void {
    const count = this.sets.size + this.importSets.size;
    if (journal !== null && count > 0) {
      const client = this.doc.clientID;
      // the journal entry is one item: the records follow it, one clock each
      const from = Y.getState(this.doc.store, client) + 1;
      this.imports.set(journalKey(this.batchId, this.slices++), encodeJournal({ ...journal, client, from, count, roster: this.sliceRoster, imports: this.sliceImports }, householdOfKey));
    }
    else if (count === 0) {
      // nothing written after all (set, then removed): those keys are not the batch's yet
      for (const t of this.sliceRoster) this.touched.delete(t.key);
      for (const t of this.sliceImports) this.touchedImports.delete(t.key);
    }
    for (const [key, value] of this.sets) {
      this.roster.set(key, value);
      this.index.note(key, true);
    }
    for (const [key, value] of this.importSets) this.imports.set(key, value);
    this.sets = new Map();
    this.importSets = new Map();
    this.sliceRoster = [];
    this.sliceImports = [];
  }

  /** Records written by the work and not yet flushed. */
  get buffered(): boolean {
    return this.sets.size + this.importSets.size > 0;
  }

  /** Keys the slice being written sets (flush writes them). */
  get bufferedKeys(): number {
    return this.sets.size + this.importSets.size;
  }

  /** No slice of this batch is written yet: all of it may go in the commit's transaction, with no journal (a batch done in one step). */
  get wroteNoSlice(): boolean {
    return this.slices === 0;
  }

  /** Whether every journal entry this batch wrote is still there (none was rolled back by someone else). */
  intact(): boolean {
    for (let i = 0; i < this.slices; i++) if (!this.imports.has(journalKey(this.batchId, i))) return false;
    return true;
  }

  /** The commit's deletions and the journal's removal (inside the last slice's transaction, with the batch record). */
  commit(): void {
    for (const key of this.deletes) {
      if (!this.roster.has(key)) continue;
      this.roster.delete(key);
      this.index.note(key, false);
    }
    for (const key of this.importDeletes) this.imports.delete(key);
    for (let i = 0; i < this.slices; i++) this.imports.delete(journalKey(this.batchId, i));
  }

  /** Deletes superseded register entries until `shouldYield(deleted)`; true when none is left. */
  sweepSome(shouldYield: (written: number) => boolean): boolean {
    let deleted = 0;
    while (this.garbage.length > 0) {
      const key = this.garbage.pop()!;
      if (this.roster.has(key)) {
        this.roster.delete(key);
        this.index.note(key, false);
        deleted += 1;
      }
      if ((this.garbage.length & 15) === 0 && shouldYield(deleted)) break;
    }
    return this.garbage.length === 0;
  }

  get sweeping(): number {
    return this.garbage.length;
  }
}

/**
 * Runs a batch's work slice by slice (ImportJob). `describe`: what the journal says of the batch; each
 * slice's journal carries the time it was written (`clock`, ms), so other devices can tell a batch
 * being written from one cut short.
 */
export function makeImportJob<R>(doc: Y.Doc, writer: BatchWriter, describe: Omit<JournalInfo, "done">, work: BatchWork<R>, clock: () => number = Date.now): ImportJob<R> {
  let done = 0;
  let finish: (() => R) | null = null;
  let result: { value: R } | null = null;
  const journal = (): JournalInfo => ({ ...describe, done, at: Math.max(describe.at, Math.floor(clock() / 1000)) });
  const write = (shouldYield: (written: number) => boolean) => {
    while (finish === null) {
      const next = work.next();
      if (next.done) {
        finish = next.value;
        break;
      }
      done += next.value ?? 1;
      if (shouldYield(writer.bufferedKeys)) return writer.flush(journal());
    }
    // the work's last records go in a slice of their own, hidden like the others: the commit's transaction
    // then holds only what must change at once, so no reader re-reads the last slice's households in it
    if (writer.buffered && !writer.wroteNoSlice) return writer.flush(journal());
    // a batch of which someone rolled back a part is never committed: its writer rolls back the rest
    if (!writer.intact()) throw new ImportError("batch_rolled_back", writer.batchId);
    // the commit's deletions, the journal's removal and the batch record: one transaction
    writer.flush(null);
    writer.commit();
    result = { value: finish() };
  };
  return {
    batchId: writer.batchId,
    step(shouldYield) {
      doc.transact(() => {
        if (result === null) write(shouldYield);
        else writer.sweepSome(shouldYield);
      }, IMPORT_SLICE_ORIGIN);
      return result !== null && writer.sweeping === 0;
    },
    progress: () => ({ done, total: describe.total, committed: result !== null }),
    result() {
      if (result === null) throw new Error(`import ${writer.batchId} is not written yet`);
      return result.value;
    },
  };
}
