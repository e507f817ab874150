import type * as Y from "yjs";

/**
 * The roster document: one root map "r" of plain values (keys.ts says what each
 * key is; schema.ts the order of each record's base tuple; registers.ts how
 * edits merge). Why this shape (issue 3, 20,000 families): one Yjs item per
 * record instead of a Y.Map and an item per field made the document 3x smaller
 * and its decoding 5x faster, and took most of the memory with it. A one-letter
 * root name matters too: Yjs writes it into every item of a root map.
 */
export const ROSTER_ROOT = "r";

export function rosterMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(ROSTER_ROOT);
}
