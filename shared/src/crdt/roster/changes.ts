import type * as Y from "yjs";
import type { FieldConflict } from "../../model/index.ts";
import { sameStored } from "./codecs.ts";
import { editKey, measurementKey, memberKey } from "./keys.ts";
import { rosterMap } from "./layout.ts";
import { LIFECYCLE_FIELDS } from "./lifecycle.ts";
import { householdParts, type HouseholdParts } from "./read.ts";
import type { Edits } from "./records.ts";
import { headsOf, type EditEntry } from "./registers.ts";
import { HOUSEHOLD_FIELDS, MEASUREMENT_FIELDS, MEMBER_FIELDS, type Schema } from "./schema.ts";

/**
 * A family's change history from its register entries (issue 14, item 16): who
 * changed which field to what, and when (the writer's clock, informative only).
 * Entries are what the document keeps: the value in force of each edited field,
 * the values concurrent edits replaced (kept for this, registers.ts planWrite),
 * disputed critical values, and when the household and its measurements were
 * recorded. Read on demand for one family, never while loading the roster.
 */
export interface RosterChange {
  target: FieldConflict["target"];
  /** "edit" of target.field; "created" of the record (target.field is "") */
  kind: "edit" | "created";
  /** the model value (a decoded field value), null for "created" */
  value: unknown;
  by: string;
  /** ISO */
  at: string;
  /** in force; replaced by a concurrent edit nobody chose; disputed: critical values awaiting a person's choice */
  state: "current" | "replaced" | "disputed";
  /** who replaced a replaced value, when and with what */
  replacedBy?: { by: string; at: string; value: unknown };
}

type Target = FieldConflict["target"];
const iso = (seconds: number): string => new Date(seconds * 1000).toISOString();
const HOUSEHOLD_SCHEMA: Schema = [...HOUSEHOLD_FIELDS, ...LIFECYCLE_FIELDS];

/** A change and the roster key it was read from (the write order within a second comes from that key's item). */
interface KeyedChange {
  change: RosterChange;
  key: string;
}

function fieldChanges(spec: Schema[number], entries: EditEntry[], target: Target, keyOf: (entryId: string) => string, out: KeyedChange[]): void {
  const heads = headsOf(entries);
  const headIds = new Set(heads.map((h) => h.id));
  const disagree = heads.some((h) => !sameStored(h.stored, heads[0]!.stored));
  const shown = disagree && !spec.critical ? heads[heads.length - 1] : undefined;
  const value = (e: EditEntry) => spec.codec.decode(e.stored);
  for (const e of entries) {
    const change: RosterChange = { target, kind: "edit", value: value(e), by: e.by, at: iso(e.at), state: "current" };
    if (headIds.has(e.id)) {
      if (disagree && spec.critical) change.state = "disputed";
      else if (shown && !sameStored(e.stored, shown.stored)) {
        change.state = "replaced";
        change.replacedBy = { by: shown.by, at: iso(shown.at), value: value(shown) };
      }
    } else {
      // kept after a concurrent edit replaced it: the first entry that superseded it says by whom
      const by = entries.filter((x) => x.supersedes.includes(e.id)).sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1))[0];
      change.state = "replaced";
      if (by) change.replacedBy = { by: by.by, at: iso(by.at), value: value(by) };
    }
    out.push({ change, key: keyOf(e.id) });
  }
}

function recordChanges(schema: Schema, recordKey: string, edits: Edits | undefined, target: (field: string) => Target, out: KeyedChange[]): void {
  if (!edits) return;
  for (const spec of schema) {
    const entries = edits.get(spec.name);
    if (entries && entries.length > 0) fieldChanges(spec, entries, target(spec.name), (entryId) => editKey(recordKey, spec.name, entryId), out);
  }
}

/**
 * Where a roster key was written in the document's order: [client, clock] of its item. Clocks are
 * informative to the second, so two changes in one second (an edit, then the deletion) would otherwise
 * come in schema order; one device's writes are ordered by its clock, devices' by client id.
 */
export type WriteOrder = (key: string) => readonly [number, number] | undefined;

function byTimeThenWrite(order: WriteOrder | undefined) {
  return (a: KeyedChange, b: KeyedChange): number => {
    const at = a.change.at.localeCompare(b.change.at);
    if (at !== 0 || !order) return at;
    const x = order(a.key);
    const y = order(b.key);
    if (!x || !y) return 0;
    return x[0] - y[0] || x[1] - y[1];
  };
}

const CREATED_AT = HOUSEHOLD_FIELDS.findIndex((f) => f.name === "createdAt");
const MEASUREMENT_CREATED_AT = MEASUREMENT_FIELDS.findIndex((f) => f.name === "createdAt");
const MEASURED_BY = MEASUREMENT_FIELDS.findIndex((f) => f.name === "measuredBy");

/** The family's changes, oldest first (ties within a second in write order when `order` is given). */
export function changesOf(id: string, parts: HouseholdParts, order?: WriteOrder): RosterChange[] {
  const out: KeyedChange[] = [];
  const created = parts.base[CREATED_AT];
  if (typeof created === "number" && created > 0) out.push({ change: { target: { kind: "household", field: "" }, kind: "created", value: null, by: "", at: iso(created), state: "current" }, key: id });
  recordChanges(HOUSEHOLD_SCHEMA, id, parts.edits.get(id), (field) => ({ kind: "household", field }), out);
  for (const memberId of parts.members.keys()) {
    const key = memberKey(id, memberId);
    recordChanges(MEMBER_FIELDS, key, parts.edits.get(key), (field) => ({ kind: "member", memberId, field }), out);
  }
  for (const [measurementId, base] of parts.measurements) {
    const key = measurementKey(id, measurementId);
    const at = base[MEASUREMENT_CREATED_AT];
    const by = base[MEASURED_BY];
    if (typeof at === "number" && at > 0) out.push({ change: { target: { kind: "measurement", measurementId, field: "" }, kind: "created", value: null, by: typeof by === "string" ? by : "", at: iso(at), state: "current" }, key });
    recordChanges(MEASUREMENT_FIELDS, key, parts.edits.get(key), (field) => ({ kind: "measurement", measurementId, field }), out);
  }
  return out.sort(byTimeThenWrite(order)).map((c) => c.change);
}

/** The item a map key holds now: Y.Map keeps it in `_map` (yjs 13.6), with its writer's client and clock. */
function writeOrderOf(doc: Y.Doc): WriteOrder {
  const items = (rosterMap(doc) as unknown as { _map: Map<string, { id: { client: number; clock: number } }> })._map;
  return (key) => {
    const item = items.get(key);
    return item ? [item.id.client, item.id.clock] : undefined;
  };
}

/** The family's changes, oldest first; empty for a household this device does not have. */
export function readHouseholdChanges(doc: Y.Doc, id: string): RosterChange[] {
  const parts = householdParts(doc, id);
  return parts ? changesOf(id, parts, writeOrderOf(doc)) : [];
}
