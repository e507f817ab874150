import type * as Y from "yjs";
import type { ListKind } from "../../model/index.ts";
import { decodeJournal, journalBatch, type Journal } from "./importJournal.ts";
import { batchKey, importMap } from "./importLayout.ts";
import { householdOfKey } from "./keys.ts";
import { rosterMap } from "./layout.ts";

/**
 * What readers see while an import batch is only partly written (importJournal.ts, importSlices.ts):
 * the document as it was before every batch that has journal entries and no batch record. A key whose
 * current Yjs item is such a batch's reads as its value before the batch (or as absent), so the roster,
 * the family pages, the import index and the waiting pairs show nothing of a half-written batch, on the
 * device writing it and on every device it syncs to; when its batch record arrives (the commit, one
 * transaction that also deletes the journal) the whole batch shows at once, and when it is rolled back
 * (importRollback.ts) nothing of it ever showed.
 *
 * Costs nothing while no batch is pending (`active` false: every reader takes its usual path). Kept
 * current before any observer runs (the document's beforeObserverCalls), so an observer reading the
 * roster already sees through a slice that arrived in the same update.
 */
export interface PendingBatch {
  id: string;
  kind: ListKind;
  fileName: string;
  by: string;
  /** ISO, the time of its latest slice (the writing device's clock) */
  at: string;
  /** records of the list written so far, of `total` */
  done: number;
  total: number;
  /** households it touched (hidden from readers until it commits) */
  households: number;
}

interface Undo {
  batch: string;
  /** the value before the batch; undefined when the key was absent */
  before: unknown;
}

interface Slice {
  journal: Journal;
  /** household ids of its roster keys */
  households: Set<string>;
}

interface Batch {
  slices: Map<string, Slice>;
  /** [client, first clock, count] of each slice */
  ranges: Array<[number, number, number]>;
  /** households its slices touched (kept as slices arrive: pending() is read after every slice) */
  households: Set<string>;
  /** the slice with the most records written (what the notice says) */
  latest: Journal | null;
}

const views = new WeakMap<Y.Doc, PendingImports>();

export function pendingImports(doc: Y.Doc): PendingImports {
  let view = views.get(doc);
  if (!view) {
    view = new PendingImports(doc);
    views.set(doc, view);
  }
  return view;
}

export class PendingImports {
  private readonly roster: Y.Map<unknown>;
  private readonly imports: Y.Map<unknown>;
  private readonly batches = new Map<string, Batch>();
  private readonly rosterUndo = new Map<string, Undo[]>();
  private readonly importUndo = new Map<string, Undo[]>();
  /** how many journal keys each household has, over pending batches */
  private readonly byHousehold = new Map<string, number>();
  /** households whose keys a batch stopped hiding (committed or rolled back) since the last take */
  private released = new Set<string>();
  /** true while some batch is pending */
  active = false;

  constructor(doc: Y.Doc) {
    this.roster = rosterMap(doc);
    this.imports = importMap(doc);
    for (const [key, raw] of this.imports.entries()) if (journalBatch(key) !== null) this.addSlice(key, raw);
    this.released.clear();
    doc.on("beforeObserverCalls", (tr: Y.Transaction) => {
      const keys = (tr.changed as Map<unknown, Set<string | null>>).get(this.imports);
      if (keys) this.sync(keys);
    });
  }

  private sync(keys: Set<string | null>): void {
    // commits first: a committed batch's journal (deleted in the same transaction) goes as a whole
    for (const key of keys) {
      if (key === null || key.charCodeAt(0) !== 98 /* b */ || !this.imports.has(key)) continue;
      if (this.batches.has(key.slice(1))) this.dropBatch(key.slice(1));
    }
    for (const key of keys) {
      if (key === null || journalBatch(key) === null) continue;
      this.removeSlice(key);
      if (this.imports.has(key)) this.addSlice(key, this.imports.get(key));
    }
  }

  /**
   * A committed batch hides nothing any more. When it is the only one pending (the usual case) its
   * bookkeeping goes at once: the commit of 20,800 families would otherwise walk some 80,000 keys in
   * the commit's task.
   */
  private dropBatch(id: string): void {
    const batch = this.batches.get(id)!;
    if (this.batches.size > 1) {
      for (const sliceKey of [...batch.slices.keys()]) this.removeSlice(sliceKey);
      return;
    }
    if (this.released.size === 0) this.released = batch.households;
    else for (const h of batch.households) this.released.add(h);
    this.batches.clear();
    this.rosterUndo.clear();
    this.importUndo.clear();
    this.byHousehold.clear();
    this.active = false;
  }

  private addSlice(key: string, raw: unknown): void {
    const journal = decodeJournal(key, raw);
    if (!journal || this.imports.has(batchKey(journal.batchId))) return;
    let batch = this.batches.get(journal.batchId);
    if (!batch) this.batches.set(journal.batchId, (batch = { slices: new Map(), ranges: [], households: new Set(), latest: null }));
    const households = new Set<string>();
    for (const t of journal.roster) {
      push(this.rosterUndo, t.key, { batch: journal.batchId, before: t.before });
      const household = householdOfKey(t.key);
      households.add(household);
      batch.households.add(household);
      this.byHousehold.set(household, (this.byHousehold.get(household) ?? 0) + 1);
    }
    for (const t of journal.imports) push(this.importUndo, t.key, { batch: journal.batchId, before: t.before });
    batch.slices.set(key, { journal, households });
    batch.ranges.push([journal.client, journal.from, journal.count]);
    if (!batch.latest || journal.done > batch.latest.done) batch.latest = journal;
    this.active = true;
  }

  private removeSlice(key: string): void {
    const id = journalBatch(key);
    const batch = id === null ? undefined : this.batches.get(id);
    const slice = batch?.slices.get(key);
    if (!batch || !slice || id === null) return;
    const { journal } = slice;
    for (const t of journal.roster) {
      unpush(this.rosterUndo, t.key, id);
      const household = householdOfKey(t.key);
      const left = (this.byHousehold.get(household) ?? 0) - 1;
      if (left > 0) this.byHousehold.set(household, left);
      else this.byHousehold.delete(household);
    }
    for (const t of journal.imports) unpush(this.importUndo, t.key, id);
    for (const h of slice.households) this.released.add(h);
    batch.slices.delete(key);
    batch.ranges = batch.ranges.filter(([c, from, n]) => !(c === journal.client && from === journal.from && n === journal.count));
    if (batch.slices.size === 0) this.batches.delete(id);
    this.active = this.batches.size > 0;
  }

  /** The undo entry whose batch wrote the key's current item, if any. */
  private owner(map: Y.Map<unknown>, key: string, undos: Undo[]): Undo | null {
    const item = map._map.get(key);
    if (!item || item.deleted) return null;
    const { client, clock } = item.id;
    for (const u of undos) {
      const ranges = this.batches.get(u.batch)?.ranges;
      if (ranges) for (const [c, from, n] of ranges) if (c === client && clock >= from && clock < from + n) return u;
    }
    return null;
  }

  /** True when the roster key's current value is a pending batch's (readers see its value before). */
  masked(key: string): boolean {
    const undos = this.rosterUndo.get(key);
    return undos !== undefined && this.owner(this.roster, key, undos) !== null;
  }

  /** The roster key's value as readers see it (undefined when absent to them). */
  rosterValue(key: string): unknown {
    const undos = this.rosterUndo.get(key);
    const owner = undos === undefined ? null : this.owner(this.roster, key, undos);
    return owner ? owner.before : this.roster.get(key);
  }

  /** The import-map key's value as readers see it. */
  importValue(key: string): unknown {
    const undos = this.importUndo.get(key);
    const owner = undos === undefined ? null : this.owner(this.imports, key, undos);
    return owner ? owner.before : this.imports.get(key);
  }

  /** True when a pending batch touched one of the household's keys (its parts must be read key by key). */
  touches(householdId: string): boolean {
    return this.byHousehold.has(householdId);
  }

  /** Whether the current value of `key` in `map` ("r" or "i") was written by batch `batchId` (its rollback restores only those). */
  writtenBy(map: Y.Map<unknown>, key: string, batchId: string): boolean {
    const owner = this.owner(map, key, [{ batch: batchId, before: undefined }]);
    return owner !== null;
  }

  /** Households a batch stopped hiding since the last call (committed, rolled back): their readers must read them again. */
  takeReleased(): Set<string> {
    const out = this.released;
    this.released = new Set();
    return out;
  }

  /** The batches written in part and not committed, oldest slice first. */
  pending(): PendingBatch[] {
    const out: PendingBatch[] = [];
    for (const [id, { latest, households }] of this.batches) {
      // households: those its slices touched (one rolled back in part still counts them)
      if (latest) out.push({ id, kind: latest.kind, fileName: latest.fileName, by: latest.by, at: new Date(latest.at * 1000).toISOString(), done: latest.done, total: latest.total, households: households.size });
    }
    return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
  }

  /** The journal keys of a batch (its rollback walks them). */
  journalKeys(batchId: string): string[] {
    return [...(this.batches.get(batchId)?.slices.keys() ?? [])];
  }

  /** A slice's journal, decoded. */
  journal(key: string): Journal | null {
    const id = journalBatch(key);
    return (id === null ? undefined : this.batches.get(id)?.slices.get(key)?.journal) ?? null;
  }
}

function push(map: Map<string, Undo[]>, key: string, undo: Undo): void {
  const list = map.get(key);
  if (list) list.push(undo);
  else map.set(key, [undo]);
}

function unpush(map: Map<string, Undo[]>, key: string, batch: string): void {
  const list = map.get(key);
  if (!list) return;
  const at = list.findIndex((u) => u.batch === batch);
  if (at >= 0) list.splice(at, 1);
  if (list.length === 0) map.delete(key);
}
