import type * as Y from "yjs";
import type { Household } from "../../model/index.ts";
import { rosterIndex } from "./keyIndex.ts";
import { rosterMap } from "./layout.ts";
import { deletionOf, LIFECYCLE_FIELDS, type Deletion } from "./lifecycle.ts";
import { assembleHousehold, householdParts } from "./read.ts";
import { writePatch, type Writer } from "./records.ts";
import { evidenceTables } from "./sources.ts";

export type { Deletion };

/**
 * Deleting a household (issue 14, item 8). A deletion is an edit (lifecycle.ts):
 * the household and everything in it stay, hidden from the roster and everything
 * built on it, and can be restored, by writing the register back, with who and
 * when recorded both times. An edit made meanwhile on another phone is kept and
 * shows after a restore. After the restore period a device that writes the roster
 * purges it (purgeHousehold): every key of the household is deleted, so its
 * personal data leaves the document (Yjs keeps only the deleted items' ids), and
 * its own key holds PURGED, so its id is known as gone for good (board cards that
 * refer to it say so) and keys an offline phone adds to it later are swept.
 */
/** The value a purged household's own key holds (a household's base is an array). */
export const PURGED = 0;

function writeDeleted(doc: Y.Doc, id: string, deleted: true | null, now: Date, writer: Writer): boolean {
  const parts = householdParts(doc, id);
  if (!parts) return false;
  const index = rosterIndex(doc);
  doc.transact(() => {
    writePatch(LIFECYCLE_FIELDS, { map: rosterMap(doc), key: id, base: [], edits: parts.edits.get(id), onKey: index.note }, { deleted }, writer, now);
  });
  return true;
}

/** False when the household is not on this device (or was purged). */
export function deleteHousehold(doc: Y.Doc, id: string, now: Date, writer: Writer): boolean {
  return writeDeleted(doc, id, true, now, writer);
}

export function restoreHousehold(doc: Y.Doc, id: string, now: Date, writer: Writer): boolean {
  return writeDeleted(doc, id, null, now, writer);
}

/** A household with its deletion, deleted or not; null when absent or purged. */
export function readHouseholdWithDeletion(doc: Y.Doc, id: string): { household: Household; deletion: Deletion | null } | null {
  const parts = householdParts(doc, id);
  return parts ? { household: assembleHousehold(id, parts, evidenceTables(doc)), deletion: deletionOf(parts.edits.get(id)) } : null;
}

export type HouseholdStatus = "present" | "deleted" | "purged" | "unknown";

/** What this device knows of a household id (a board card's family, say). */
export function householdStatus(doc: Y.Doc, id: string): HouseholdStatus {
  const value = rosterMap(doc).get(id);
  if (value === PURGED) return "purged";
  const parts = householdParts(doc, id);
  if (!parts) return "unknown";
  return deletionOf(parts.edits.get(id)) ? "deleted" : "present";
}

/**
 * Deletes every key of the household (members, measurements, edits) and leaves
 * PURGED on its own key. Also sweeps keys that reached a purged household later.
 */
export function purgeHousehold(doc: Y.Doc, id: string): void {
  const map = rosterMap(doc);
  const index = rosterIndex(doc);
  doc.transact(() => {
    for (const key of [...(index.keysOf(id) ?? [])]) {
      map.delete(key);
      index.note(key, false);
    }
    if (map.get(id) !== PURGED) map.set(id, PURGED);
  });
}

/** True for a purged household that keys reached after its purge (an offline phone's edits): sweep it again. */
export function purgedWithLateKeys(doc: Y.Doc, id: string): boolean {
  return rosterMap(doc).get(id) === PURGED && (rosterIndex(doc).keysOf(id)?.size ?? 0) > 0;
}
