import type * as Y from "yjs";
import type { FieldConflict } from "../../model/index.ts";
import { sameStored } from "./codecs.ts";
import { measurementKey, memberKey } from "./keys.ts";
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

function fieldChanges(spec: Schema[number], entries: EditEntry[], target: Target, out: RosterChange[]): void {
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
    out.push(change);
  }
}

function recordChanges(schema: Schema, edits: Edits | undefined, target: (field: string) => Target, out: RosterChange[]): void {
  if (!edits) return;
  for (const spec of schema) {
    const entries = edits.get(spec.name);
    if (entries && entries.length > 0) fieldChanges(spec, entries, target(spec.name), out);
  }
}

const CREATED_AT = HOUSEHOLD_FIELDS.findIndex((f) => f.name === "createdAt");
const MEASUREMENT_CREATED_AT = MEASUREMENT_FIELDS.findIndex((f) => f.name === "createdAt");
const MEASURED_BY = MEASUREMENT_FIELDS.findIndex((f) => f.name === "measuredBy");

export function changesOf(id: string, parts: HouseholdParts): RosterChange[] {
  const out: RosterChange[] = [];
  const created = parts.base[CREATED_AT];
  if (typeof created === "number" && created > 0) out.push({ target: { kind: "household", field: "" }, kind: "created", value: null, by: "", at: iso(created), state: "current" });
  recordChanges(HOUSEHOLD_SCHEMA, parts.edits.get(id), (field) => ({ kind: "household", field }), out);
  for (const memberId of parts.members.keys()) {
    recordChanges(MEMBER_FIELDS, parts.edits.get(memberKey(id, memberId)), (field) => ({ kind: "member", memberId, field }), out);
  }
  for (const [measurementId, base] of parts.measurements) {
    const at = base[MEASUREMENT_CREATED_AT];
    const by = base[MEASURED_BY];
    if (typeof at === "number" && at > 0) out.push({ target: { kind: "measurement", measurementId, field: "" }, kind: "created", value: null, by: typeof by === "string" ? by : "", at: iso(at), state: "current" });
    recordChanges(MEASUREMENT_FIELDS, parts.edits.get(measurementKey(id, measurementId)), (field) => ({ kind: "measurement", measurementId, field }), out);
  }
  return out.sort((a, b) => a.at.localeCompare(b.at));
}

/** The family's changes, oldest first; empty for a household this device does not have. */
export function readHouseholdChanges(doc: Y.Doc, id: string): RosterChange[] {
  const parts = householdParts(doc, id);
  return parts ? changesOf(id, parts) : [];
}
