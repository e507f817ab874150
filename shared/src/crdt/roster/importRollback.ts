import type * as Y from "yjs";
import { importMap, batchKey } from "./importLayout.ts";
import { pendingImports, type PendingBatch } from "./importPending.ts";
import { rosterIndex } from "./keyIndex.ts";
import { IMPORT_SLICE_ORIGIN } from "./importSlices.ts";
import { rosterMap } from "./layout.ts";

/** Import batches written in part and never committed (an import cut short), oldest first. */
export function readPendingImports(doc: Y.Doc): PendingBatch[] {
  return pendingImports(doc).pending();
}

export interface RollbackJob {
  readonly batchId: string;
  /** Rolls back the next slices (one transaction) until `shouldYield(written)` (keys written back so far); true when nothing of the batch is left. */
  step(shouldYield: (written: number) => boolean): boolean;
  progress(): { done: number; total: number };
}

const sliceNumber = (journalKey: string): number => parseInt(journalKey.slice(6), 36);

/**
 * Takes back what an import batch written in part wrote (importSlices.ts), a slice at a time, oldest
 * first: each key whose current value is still the batch's gets its value from before the batch back
 * (or goes, when it had none), and the slice's journal entry goes in the same transaction. Readers saw
 * the values from before all along (importPending.ts), so nothing they show changes; a key someone
 * wrote since keeps their value. Meant for the device that wrote the batch, once its import stopped
 * (another device cannot tell a batch cut short from one still being written). A committed batch has
 * nothing to roll back.
 */
export function startImportRollback(doc: Y.Doc, batchId: string): RollbackJob {
  const pending = pendingImports(doc);
  const roster = rosterMap(doc);
  const imports = importMap(doc);
  const index = rosterIndex(doc);
  const committed = imports.has(batchKey(batchId));
  const slices = committed ? [] : pending.journalKeys(batchId).sort((a, b) => sliceNumber(a) - sliceNumber(b));
  const total = slices.length;
  let next = 0;
  /** Takes back one slice; the keys it wrote back (set or deleted). */
  const rollBackSlice = (journalKey: string): number => {
    let written = 1;
    const journal = pending.journal(journalKey);
    if (journal) {
      for (const t of journal.roster) {
        if (!pending.writtenBy(roster, t.key, batchId)) continue;
        if (t.before === undefined) roster.delete(t.key);
        else roster.set(t.key, t.before);
        index.note(t.key, t.before !== undefined);
        written += 1;
      }
      for (const t of journal.imports) {
        if (!pending.writtenBy(imports, t.key, batchId)) continue;
        if (t.before === undefined) imports.delete(t.key);
        else imports.set(t.key, t.before);
        written += 1;
      }
    }
    imports.delete(journalKey);
    return written;
  };
  return {
    batchId,
    step(shouldYield) {
      if (next < slices.length) {
        doc.transact(() => {
          let written = 0;
          do written += rollBackSlice(slices[next++]!);
          while (next < slices.length && !shouldYield(written));
        }, IMPORT_SLICE_ORIGIN);
      }
      return next >= slices.length;
    },
    progress: () => ({ done: next, total }),
  };
}
