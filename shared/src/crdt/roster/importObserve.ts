import type * as Y from "yjs";
import { importMap } from "./importLayout.ts";

/**
 * Calls `listener` after each transaction (local or remote) that changed the import bookkeeping (batches,
 * waiting pairs, decisions, the journal of a batch being written), with the keys it changed
 * (importLayout.ts, importJournal.ts): a reader re-reads only what changed, since a batch written in
 * slices changes its journal after every slice.
 */
export function observeImports(doc: Y.Doc, listener: (keys: ReadonlySet<string>) => void): () => void {
  const map = importMap(doc);
  const handler = (event: Y.YMapEvent<unknown>) => listener(event.keysChanged);
  map.observe(handler);
  return () => map.unobserve(handler);
}
