import type * as Y from "yjs";
import { importMap } from "./importLayout.ts";

/** Calls `listener` after each transaction (local or remote) that changed the import bookkeeping (batches, waiting pairs, decisions). */
export function observeImports(doc: Y.Doc, listener: () => void): () => void {
  const map = importMap(doc);
  const handler = () => listener();
  map.observe(handler);
  return () => map.unobserve(handler);
}
