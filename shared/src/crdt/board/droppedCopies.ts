import * as Y from "yjs";
import { canEditIntervention, type Actor } from "../../rules/claims/permissions.ts";
import { droppedCopiesEdits, type CopyField, type FieldValue } from "../../rules/claims/droppedCopy.ts";
import { readString } from "../fields.ts";
import { interventionsMap } from "./layout.ts";

/**
 * Keeps the edits of a card copy that Yjs dropped (rules/claims/droppedCopy.ts says which).
 *
 * Two phones that make one derived card while apart both `set(id, new Y.Map)`; when the two
 * writes meet, Yjs keeps the copy of the higher client id and deletes the other with its fields.
 * In the transaction that deletes it, the dropped copy's fields are still readable (Yjs frees
 * deleted content only when the transaction ends, after its observers), so this observer reads
 * them there and writes what the rule asks onto the kept copy, in a transaction of its own.
 *
 * Nothing is kept in memory: the edits live in the dropped copy itself, which the phone that made
 * them stores (IndexedDB) until the other copy reaches it. So a phone that reloads while offline
 * still brings its edits back when it meets the other copy. Every phone that holds the dropped
 * copy at that moment does the same; they write the same values, and the rule writes nothing
 * twice. What a copy holds is read from Yjs's items (which value a key had before, which items
 * this transaction deleted): internals, pinned by the tests of this module.
 *
 * Only fields the relay's guard lets this device write: nothing for a viewer, and nothing for an
 * OPD liaison on another agency's card. No history is appended: the moves being restored were
 * recorded when they were made, and the history of both copies is kept.
 */

/** The card fields that carry over (layout: ../board.ts and ./details.ts); createdAt is each copy's own. */
const CARRIED = new Set([
  "title", "agency", "domain", "status", "updatedAt", "verifiedBy", "verifiedAt", "verifiedNote",
  "description", "target", "familyId", "targetLabel", "dueDate", "funding", "planActivity", "planTarget", "reached",
]);

/** The origin of the transactions that write a dropped copy's edits. */
export const DROPPED_COPY_ORIGIN = "board:dropped-copy";

function isFieldValue(value: unknown): value is FieldValue {
  return value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

/** A copy's carried fields; `present` says which current values count (a dropped copy's were deleted just now). */
function fieldsOf(map: Y.Map<unknown>, present: (item: Y.Item) => boolean): Map<string, CopyField> {
  const out = new Map<string, CopyField>();
  for (const [key, item] of map._map) {
    if (!CARRIED.has(key) || !present(item)) continue;
    const value: unknown = item.content.getContent().at(-1);
    // a key's earlier values sit left of its current one: a left neighbour means the key was written again
    if (isFieldValue(value)) out.set(key, { value, edited: item.left !== null });
  }
  return out;
}

/** The copies of card `id` that `transaction` dropped, in Yjs's order of the key's values. */
function droppedCopies(root: Y.Map<Y.Map<unknown>>, id: string, transaction: Y.Transaction): Y.Map<unknown>[] {
  const out: Y.Map<unknown>[] = [];
  for (let item = root._map.get(id)?.left ?? null; item !== null; item = item.left) {
    const content = item.content;
    if (content instanceof Y.ContentType && content.type instanceof Y.Map && Y.isDeleted(transaction.deleteSet, item.id)) out.unshift(content.type);
  }
  return out;
}

/** The kept copy of card `id` and what to write on it, or null when nothing (or nothing this actor may write). */
function editsFor(root: Y.Map<Y.Map<unknown>>, id: string, transaction: Y.Transaction, actor: Actor): [Y.Map<unknown>, Map<string, FieldValue>] | null {
  const kept = root.get(id);
  if (!(kept instanceof Y.Map) || actor.role === "viewer") return null;
  const copies = droppedCopies(root, id, transaction);
  if (copies.length === 0) return null;
  const deletedNow = (item: Y.Item) => !item.deleted || Y.isDeleted(transaction.deleteSet, item.id);
  const edits = droppedCopiesEdits(copies.map((copy) => fieldsOf(copy, deletedNow)), fieldsOf(kept, (item) => !item.deleted));
  if (edits.size === 0) return null;
  // the guard refuses an edit of a card outside the actor's agency, before or after it
  const before = readString(kept, "agency");
  const after = edits.get("agency") ?? before;
  return [before, after].every((agency) => typeof agency === "string" && canEditIntervention(actor, { agency })) ? [kept, edits] : null;
}

/** Watches the board of a device acting as `actor`; returns the disposer. */
export function keepDroppedCopyEdits(doc: Y.Doc, actor: Actor): () => void {
  const root = interventionsMap(doc);
  const observer = (event: Y.YMapEvent<Y.Map<unknown>>, transaction: Y.Transaction): void => {
    const writes: Array<[Y.Map<unknown>, Map<string, FieldValue>]> = [];
    for (const id of event.keysChanged) {
      const write = editsFor(root, id, transaction, actor);
      if (write) writes.push(write);
    }
    if (writes.length === 0) return;
    // Yjs runs this after the transaction that dropped the copy, whose content it frees as it ends:
    // the values were read above, while they were still there
    doc.transact(() => {
      for (const [kept, edits] of writes) for (const [key, value] of edits) kept.set(key, value);
    }, DROPPED_COPY_ORIGIN);
  };
  root.observe(observer);
  return () => root.unobserve(observer);
}
