import type * as Y from "yjs";
import type { FieldConflict, Household, Measurement, Member, ReplacedValue, Visit } from "../../model/index.ts";
import { isSafeId } from "../fields.ts";
import { AID_CODES } from "./codes.ts";
import { rosterIndex } from "./keyIndex.ts";
import { pendingImports } from "./importPending.ts";
import { measurementKey, memberKey, parseSubKey, visitKey } from "./keys.ts";
import { rosterMap } from "./layout.ts";
import { decodeRecord, lastEditAt, type Edits, type Reporters } from "./records.ts";
import { deletionOf } from "./lifecycle.ts";
import { parseEntry } from "./registers.ts";
import { HOUSEHOLD_FIELDS, MEASUREMENT_FIELDS, MEASUREMENT_READ_FIELDS, MEMBER_FIELDS } from "./schema.ts";
import { assembleVisits } from "./visitRecords.ts";
import { assembleSources, evidenceTables, hasSources, type EvidenceTables } from "./sources.ts";

/** One household's stored parts: bases by record id, edits by record key (few households have edits). */
export interface HouseholdParts {
  base: readonly unknown[];
  members: Map<string, readonly unknown[]>;
  measurements: Map<string, readonly unknown[]>;
  /** TPK visits' bases by visit id; a shared empty map for households never visited (most) */
  visits: Map<string, readonly unknown[]>;
  edits: Map<string, Edits>;
  /** family-list ids by list key, social-list links by list key (importRecords.ts); shared empty maps for most households */
  origins: Map<string, unknown>;
  social: Map<string, unknown>;
}

const NO_EDITS: Map<string, Edits> = new Map();
const NONE: Map<string, unknown> = new Map();
const NO_VISITS: Map<string, readonly unknown[]> = new Map();

/**
 * Gathers a household's parts through the index; null when its base record is absent. A household an
 * import batch written only in part touched is read key by key as it was before the batch (importPending.ts).
 */
export function householdParts(doc: Y.Doc, householdId: string): HouseholdParts | null {
  const map = rosterMap(doc);
  const index = rosterIndex(doc);
  const pending = pendingImports(doc);
  if (pending.active && pending.touches(householdId)) return partsBefore(pending.rosterValue.bind(pending), index.keysOf(householdId), householdId);
  const base = map.get(householdId);
  if (!Array.isArray(base) || !isSafeId(householdId)) return null;
  const parts: HouseholdParts = { base, members: new Map(), measurements: new Map(), visits: NO_VISITS, edits: NO_EDITS, origins: NONE, social: NONE };
  const keys = index.keysOf(householdId);
  if (keys) for (const key of keys) addPart(parts, householdId, key, map.get(key));
  return parts;
}

function partsBefore(valueOf: (key: string) => unknown, keys: ReadonlySet<string> | undefined, householdId: string): HouseholdParts | null {
  const base = valueOf(householdId);
  if (!Array.isArray(base) || !isSafeId(householdId)) return null;
  const parts: HouseholdParts = { base, members: new Map(), measurements: new Map(), visits: NO_VISITS, edits: NO_EDITS, origins: NONE, social: NONE };
  if (keys) for (const key of keys) {
    const raw = valueOf(key);
    if (raw !== undefined) addPart(parts, householdId, key, raw);
  }
  return parts;
}

function addPart(parts: HouseholdParts, householdId: string, key: string, raw: unknown): void {
  const sub = parseSubKey(key, householdId);
  if (!sub) return;
  if (sub.edit) {
    const entry = parseEntry(sub.edit.entryId, raw);
    if (!entry) return;
    if (parts.edits === NO_EDITS) parts.edits = new Map();
    let edits = parts.edits.get(sub.recordKey);
    if (!edits) parts.edits.set(sub.recordKey, (edits = new Map()));
    const list = edits.get(sub.edit.field);
    if (list) list.push(entry);
    else edits.set(sub.edit.field, [entry]);
    return;
  }
  if (sub.kind === "origin") {
    if (parts.origins === NONE) parts.origins = new Map();
    parts.origins.set(sub.id, raw);
    return;
  }
  if (sub.kind === "social") {
    if (parts.social === NONE) parts.social = new Map();
    parts.social.set(sub.id, raw);
    return;
  }
  if (!Array.isArray(raw)) return;
  if (sub.kind === "member") parts.members.set(sub.id, raw);
  else if (sub.kind === "measurement") parts.measurements.set(sub.id, raw);
  else if (sub.kind === "visit") {
    if (parts.visits === NO_VISITS) parts.visits = new Map();
    parts.visits.set(sub.id, raw);
  }
}

type Target = FieldConflict["target"];
const HOUSEHOLD_CREATED_AT = HOUSEHOLD_FIELDS.findIndex((f) => f.name === "createdAt");

const NO_TABLES: EvidenceTables = () => undefined;

/**
 * Builds the household from its parts; conflict reporters are made only for records that have edits.
 * `evidence`: the batches' evidence tables, for the codes of automatic social-list links.
 */
export function assembleHousehold(id: string, parts: HouseholdParts, evidence: EvidenceTables = NO_TABLES): Household {
  const conflicts: FieldConflict[] = [];
  let replaced: ReplacedValue[] | undefined;
  const report = (target: (field: string) => Target): Reporters => ({
    conflict: (field, entries) => conflicts.push({ target: target(field), entries }),
    replaced: (field, kept, lost) => (replaced ??= []).push({ target: target(field), kept, replaced: lost }),
  });
  const edits = parts.edits.get(id);
  const h = decodeRecord(HOUSEHOLD_FIELDS, parts.base, edits, edits && report((field) => ({ kind: "household", field })), {});
  const created = parts.base[HOUSEHOLD_CREATED_AT];
  let updated = Math.max(typeof created === "number" ? created : 0, lastEditAt(edits));

  const members: Member[] = [];
  for (const [mid, base] of parts.members) {
    const memberEdits = parts.edits.get(memberKey(id, mid));
    if (memberEdits) updated = Math.max(updated, lastEditAt(memberEdits));
    members.push(decodeRecord(MEMBER_FIELDS, base, memberEdits, memberEdits && report((field) => ({ kind: "member", memberId: mid, field })), { id: mid }));
  }
  const measurements: Measurement[] = [];
  for (const [xid, base] of parts.measurements) {
    const xEdits = parts.edits.get(measurementKey(id, xid));
    const createdAt = base[MEASUREMENT_FIELDS.length - 1];
    if (typeof createdAt === "number" && createdAt > updated) updated = createdAt;
    if (xEdits) updated = Math.max(updated, lastEditAt(xEdits));
    measurements.push(decodeRecord(MEASUREMENT_READ_FIELDS, base, xEdits, xEdits && report((field) => ({ kind: "measurement", measurementId: xid, field })), { id: xid }));
  }
  let visits: Visit[] | undefined;
  if (parts.visits.size > 0) {
    const read = assembleVisits(id, parts.visits, (visitId) => parts.edits.get(visitKey(id, visitId)));
    visits = read.visits;
    updated = Math.max(updated, read.lastWrite);
  }
  // records are sorted by id (measurements by date) so every device lists them in the same order
  members.sort((a, b) => (a.id < b.id ? -1 : 1));
  measurements.sort((a, b) => a.date.localeCompare(b.date) || (a.id < b.id ? -1 : 1));
  // without import records the household's own desil and aid are the values; with them, socialList.ts's rule
  const imported = hasSources(id, parts) ? assembleSources(id, parts, h, evidence) : null;
  const household: Household = {
    id,
    noKk: h.noKk,
    kepala: h.kepala,
    dusun: h.dusun,
    rw: h.rw,
    rt: h.rt,
    alamat: h.alamat,
    sumberAir: h.sumberAir,
    jamban: h.jamban,
    lat: h.lat,
    lon: h.lon,
    desil: imported ? imported.desil : h.desil,
    aid: imported ? imported.aid : AID_CODES.filter((p) => h[`aid.${p}`] === true),
    notes: h.notes,
    consent: h.consent,
    members,
    measurements,
    // always present (undefined when never visited): one object shape for every household
    visits,
    conflicts,
    // always present (undefined without imports): one object shape for every household
    sources: imported?.sources,
    // likewise (undefined unless concurrent values of an ordinary field settled on one: registers.ts)
    replaced,
    createdAt: h.createdAt,
    updatedAt: updated > 0 && updated !== created ? new Date(updated * 1000).toISOString() : h.createdAt,
  };
  return household;
}

/** The household, null when absent or deleted (deletion.ts: readHouseholdWithDeletion reads deleted ones too). */
export function readHousehold(doc: Y.Doc, id: string): Household | null {
  const parts = householdParts(doc, id);
  return parts && !deletionOf(parts.edits.get(id)) ? assembleHousehold(id, parts, evidenceTables(doc)) : null;
}

/** Every household not deleted, in no particular order (callers sort). */
export function readHouseholds(doc: Y.Doc): Household[] {
  const out: Household[] = [];
  for (const id of rosterIndex(doc).householdIds()) {
    const h = readHousehold(doc, id);
    if (h) out.push(h);
  }
  return out;
}
