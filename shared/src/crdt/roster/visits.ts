import type * as Y from "yjs";
import type { VisitFields } from "../../model/index.ts";
import { isSafeId } from "../fields.ts";
import { rosterIndex } from "./keyIndex.ts";
import { visitKey } from "./keys.ts";
import { rosterMap } from "./layout.ts";
import { removeRecord } from "./members.ts";
import { householdParts } from "./read.ts";
import { encodeBase, writePatch, type Writer } from "./records.ts";
import { VISIT_EDITABLE, VISIT_FIELDS } from "./schema.ts";
import { firstName } from "./visitRecords.ts";

/**
 * TPK visits (kunjungan pendampingan): one compact record per visit under its household,
 * `<household>.v<visit>` = [day, visitor, activity bits, next day, created seconds, notes, by]
 * (by: who recorded it, left out when it is the first visitor)
 * (schema.ts VISIT_FIELDS, trailing empties left out), so deleting or purging the household
 * takes its visits with it, and two phones recording visits offline add two keys that both
 * survive. A field edited later is a register entry like any roster field (registers.ts).
 */
const editable = (patch: Partial<VisitFields>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const name of VISIT_EDITABLE) if (patch[name] !== undefined) out[name] = patch[name];
  return out;
};

/** False when the household is not on this device (removed or purged elsewhere): nothing is written. */
export function addVisit(doc: Y.Doc, householdId: string, id: string, fields: VisitFields, now: Date, writer: Writer): boolean {
  if (!isSafeId(id)) throw new Error(`not a record id: ${id}`);
  if (!Array.isArray(rosterMap(doc).get(householdId))) return false;
  const key = visitKey(householdId, id);
  const visitor = fields.visitor.trim();
  // who recorded it is stored only when it is not the (first) visitor: most kaders record their own visits
  const by = writer.by === firstName(visitor) ? "" : writer.by;
  doc.transact(() => {
    rosterMap(doc).set(key, encodeBase(VISIT_FIELDS, { ...editable({ ...fields, visitor }), createdAt: now.toISOString(), by }));
    rosterIndex(doc).note(key, true);
  });
  return true;
}

/** Writes the fields that differ from what this device sees; false when the visit is not here. */
export function updateVisit(doc: Y.Doc, householdId: string, id: string, patch: Partial<VisitFields>, now: Date, writer: Writer): boolean {
  const parts = householdParts(doc, householdId);
  const base = parts?.visits.get(id);
  if (!parts || !base) return false;
  const key = visitKey(householdId, id);
  const fields = editable(patch.visitor === undefined ? patch : { ...patch, visitor: patch.visitor.trim() });
  doc.transact(() => {
    writePatch(VISIT_FIELDS, { map: rosterMap(doc), key, base, edits: parts.edits.get(key), onKey: rosterIndex(doc).note }, fields, writer, now);
  });
  return true;
}

/** Removes a visit recorded by mistake, with its edits. */
export function removeVisit(doc: Y.Doc, householdId: string, id: string): void {
  removeRecord(doc, householdId, visitKey(householdId, id));
}
