import type * as Y from "yjs";
import { itemPath, mapEntryRuns, rootNames, visitIds, type IdRun } from "../audit.ts";
import { IMPORT_ROOT } from "./importLayout.ts";
import { householdOfKey, parseSubKey } from "./keys.ts";
import { rosterMap, ROSTER_ROOT } from "./layout.ts";

/**
 * The roster's reading of the relay's audit trail (../audit.ts): which families, and which of their
 * records and fields, an update wrote or removed. Keys say it all (keys.ts): a household's base
 * record, a member's or a measurement's, a family-list id or a social-list row linked to it, an
 * edit of one field, the household's deletion or restore.
 */
export type RosterPart =
  | { kind: "household" }
  | { kind: "member"; id: string }
  | { kind: "measurement"; id: string }
  | { kind: "origin" }
  | { kind: "social" }
  | { kind: "deletion" };

export interface FamilyTouch {
  householdId: string;
  /** what of the family: a record written (created or replaced) or a field edited */
  parts: Array<{ part: RosterPart; field: string | null; removed: boolean }>;
}

export interface RosterTouched {
  families: FamilyTouch[];
  /** families beyond `limit` (an import writes thousands) */
  moreFamilies: number;
  /** the import's bookkeeping (batches, pairs waiting for a person, decisions) */
  imports: boolean;
}

/** At most this many parts are kept per family: enough to say what changed. */
const PARTS_PER_FAMILY = 12;

/** Which families an update's ids (inserted and deleted) touched, and how; at most `limit` families in detail. */
export function rosterTouched(doc: Y.Doc, inserted: readonly IdRun[], deleted: readonly IdRun[], limit: number): RosterTouched {
  const roots = rootNames(doc);
  const families = new Map<string, FamilyTouch>();
  const counted = new Set<string>();
  const seenParts = new Set<string>();
  let imports = false;
  const visit = (removed: boolean) => (item: Y.Item) => {
    const path = itemPath(item, roots);
    if (!path) return;
    if (path[0] === IMPORT_ROOT) {
      imports = true;
      return;
    }
    const key = path[0] === ROSTER_ROOT ? path[1] : undefined;
    if (key === undefined) return;
    const householdId = householdOfKey(key);
    counted.add(householdId);
    let family = families.get(householdId);
    if (!family) {
      if (families.size >= limit) return;
      families.set(householdId, (family = { householdId, parts: [] }));
    }
    const touch = partOf(key, householdId);
    if (!touch || family.parts.length >= PARTS_PER_FAMILY) return;
    // an edit that replaced an entry inserts the new one and deletes the old: said once, as the edit
    const id = `${householdId}\u0000${JSON.stringify(touch.part)}\u0000${touch.field ?? ""}`;
    if (seenParts.has(id)) return;
    seenParts.add(id);
    family.parts.push({ ...touch, removed });
  };
  visitIds(doc, inserted, visit(false));
  visitIds(doc, deleted, visit(true));
  return { families: [...families.values()], moreFamilies: Math.max(0, counted.size - families.size), imports };
}

function partOf(key: string, householdId: string): { part: RosterPart; field: string | null } | null {
  if (key === householdId) return { part: { kind: "household" }, field: null };
  const sub = parseSubKey(key, householdId);
  if (!sub) return null;
  if (sub.edit?.field === "deleted" && sub.kind === "household") return { part: { kind: "deletion" }, field: null };
  const part: RosterPart =
    sub.kind === "household" ? { kind: "household" }
    : sub.kind === "member" ? { kind: "member", id: sub.id }
    : sub.kind === "measurement" ? { kind: "measurement", id: sub.id }
    : sub.kind === "origin" ? { kind: "origin" }
    : { kind: "social" };
  return { part, field: sub.edit?.field ?? null };
}

/** Every id a family's entries ever held (records, edits, links; values replaced since included): what to ask the audit trail about. */
export function householdIdRuns(doc: Y.Doc, householdId: string): IdRun[] {
  return mapEntryRuns(rosterMap(doc), (key) => householdOfKey(key) === householdId);
}
