import type * as Y from "yjs";

/**
 * The roster document: one root map "r" of plain values (keys.ts says what each
 * key is; schema.ts the order of each record's base tuple; registers.ts how
 * edits merge). Why this shape (issue 3, 20,000 families): one Yjs item per
 * record instead of a Y.Map and an item per field took the document from 37.9
 * to 8.3 MiB, its decoding in Node from 4.6 s to about 1 s, and the app's heap
 * from 354 to 130 MB. A one-letter root name matters too: Yjs writes it into
 * every item of a root map. Imports add per-household records to "r" and keep
 * their bookkeeping (batches, waiting pairs, decisions) in a second root map,
 * "i" (importLayout.ts); README.md describes both and the import write API.
 */
export const ROSTER_ROOT = "r";

export function rosterMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(ROSTER_ROOT);
}
