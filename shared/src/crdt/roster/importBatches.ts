import type * as Y from "yjs";
import { EMPTY_COUNTS, isBatchId, type ImportBatch, type ImportBatchInput, type ImportCounts, type ListKind } from "../../model/index.ts";
import { ImportError } from "./importErrors.ts";
import { batchKey, decodeBatch, encodeBatch, importMap } from "./importLayout.ts";
import { pendingImports } from "./importPending.ts";
import type { Writer } from "./records.ts";

/** Refuses a batch the write cannot take: a malformed id, another kind of list, an id already used (a second press of "Impor", a batch written in part). */
export function checkBatch(doc: Y.Doc, batch: ImportBatchInput, kind: ListKind): void {
  if (!isBatchId(batch.id)) throw new ImportError("batch_id", batch.id);
  if (batch.kind !== kind) throw new ImportError("batch_kind", batch.kind);
  if (importMap(doc).has(batchKey(batch.id)) || pendingImports(doc).journalKeys(batch.id).length > 0) throw new ImportError("batch_exists", batch.id);
}

/** Writes the batch record (inside the import's transaction) and returns it. */
export function writeBatch(doc: Y.Doc, input: ImportBatchInput, counts: Partial<ImportCounts>, evidenceCodes: string[], writer: Writer, now: Date): ImportBatch {
  const batch: ImportBatch = {
    id: input.id,
    kind: input.kind,
    source: { ...input.source },
    at: new Date(Math.floor(now.getTime() / 1000) * 1000).toISOString(),
    by: writer.by,
    ruleVersion: input.ruleVersion,
    counts: { ...EMPTY_COUNTS, rows: input.rows, ...counts },
    evidenceCodes,
  };
  importMap(doc).set(batchKey(batch.id), encodeBatch(batch));
  return batch;
}

export function readBatch(doc: Y.Doc, id: string): ImportBatch | null {
  return decodeBatch(id, importMap(doc).get(batchKey(id)));
}

/** Every batch, newest first (by time, then id: the same order on every device). */
export function readBatches(doc: Y.Doc): ImportBatch[] {
  const out: ImportBatch[] = [];
  for (const [key, raw] of importMap(doc).entries()) {
    if (!key.startsWith("b")) continue;
    const b = decodeBatch(key.slice(1), raw);
    if (b) out.push(b);
  }
  return out.sort((a, b) => (a.at > b.at ? -1 : a.at < b.at ? 1 : a.id < b.id ? -1 : 1));
}
