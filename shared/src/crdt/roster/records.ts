import type { ReplacedEntry } from "../../model/index.ts";
import type { Scalar } from "../fields.ts";
import { sameStored } from "./codecs.ts";
import { editKey } from "./keys.ts";
import { encodeEntry, headsOf, planWrite, type EditEntry } from "./registers.ts";
import type { Schema, ValuesOf } from "./schema.ts";

/** A record's edit entries by field. */
export type Edits = Map<string, EditEntry[]>;

/** Who writes, and a fresh id for each edit entry (ids come from the caller: tests stay deterministic). */
export interface Writer {
  by: string;
  newId: () => string;
}

export interface RegisterEntry {
  id: string;
  value: Scalar;
  by: string;
  /** ISO, the writer's clock: informative only */
  at: string;
}

export type OnConflict = (field: string, entries: RegisterEntry[]) => void;
/** An ordinary field whose concurrent values settled on `kept`: `replaced` lost without anybody choosing. */
export type OnReplaced = (field: string, kept: ReplacedEntry, replaced: ReplacedEntry[]) => void;

export interface Reporters {
  conflict?: OnConflict | undefined;
  replaced?: OnReplaced | undefined;
}

const iso = (seconds: number): string => new Date(seconds * 1000).toISOString();
const asScalar = (v: unknown): Scalar => (v === null || typeof v === "string" || typeof v === "boolean" || typeof v === "number" ? v : null);

/** The stored base tuple of a new record: fields in schema order, trailing empty values left out. */
export function encodeBase<S extends Schema>(schema: S, values: Partial<Record<S[number]["name"], unknown>>): unknown[] {
  const out = schema.map((f) => {
    const v = (values as Record<string, unknown>)[f.name];
    return v === undefined ? null : (f.codec.encode(v) ?? null);
  });
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

export function registerEntry(spec: Schema[number], e: EditEntry): RegisterEntry {
  return { id: e.id, value: asScalar(spec.codec.decode(e.stored)), by: e.by, at: iso(e.at) };
}

function replacedEntry(spec: Schema[number], e: EditEntry): ReplacedEntry {
  return { id: e.id, value: spec.codec.decode(e.stored), by: e.by, at: iso(e.at) };
}

/** What a field's stored value is now: the base's, the settled heads', or null while critical heads disagree. */
function storedValue(spec: Schema[number], baseValue: unknown, entries: EditEntry[] | undefined, report: Reporters | undefined): unknown {
  if (!entries || entries.length === 0) return baseValue;
  const heads = headsOf(entries);
  const first = heads[0];
  if (!first) return baseValue;
  if (heads.every((h) => sameStored(h.stored, first.stored))) return first.stored;
  if (!spec.critical) {
    const kept = heads[heads.length - 1]!;
    const replaced = heads.filter((h) => !sameStored(h.stored, kept.stored));
    report?.replaced?.(spec.name, replacedEntry(spec, kept), replaced.map((h) => replacedEntry(spec, h)));
    return kept.stored;
  }
  report?.conflict?.(spec.name, heads.map((h) => registerEntry(spec, h)));
  return null;
}

/**
 * A record's values from its base and its edits, written into `into` (no
 * spreading: this runs for every record of a 20,000-family roster at start).
 * Conflicts of critical fields are reported (their value is empty), and so are
 * ordinary fields whose concurrent values settled on one.
 */
export function decodeRecord<S extends Schema, O extends object>(schema: S, base: readonly unknown[], edits: Edits | undefined, report: Reporters | undefined, into: O): O & ValuesOf<S> {
  const out = into as Record<string, unknown>;
  for (let i = 0; i < schema.length; i++) {
    const spec = schema[i]!;
    const raw = edits === undefined ? (base[i] ?? null) : storedValue(spec, base[i] ?? null, edits.get(spec.name), report);
    out[spec.name] = spec.codec.decode(raw);
  }
  return into as O & ValuesOf<S>;
}

/** The latest edit's clock (seconds), 0 without edits. */
export function lastEditAt(edits: Edits | undefined): number {
  let last = 0;
  edits?.forEach((entries) => entries.forEach((e) => (last = Math.max(last, e.at))));
  return last;
}

/** Where a patch writes: a Y.Map, or an import batch's writer (importSlices.ts). */
export interface KeyWriter {
  set(key: string, value: unknown): unknown;
  delete(key: string): void;
}

export interface PatchTarget {
  map: KeyWriter;
  key: string;
  base: readonly unknown[];
  edits: Edits | undefined;
  /** told about every key written or deleted, before observers run */
  onKey: (key: string, present: boolean) => void;
}

/**
 * Writes each field of the patch whose value differs from what this device
 * sees, as an entry superseding every entry it sees for that field (so writing
 * also resolves a conflict), and deletes those entries except the values
 * concurrent edits replaced (planWrite). Unknown fields and undefined values are
 * ignored. Returns the number of fields written. Call inside a transaction.
 */
export function writePatch<S extends Schema>(schema: S, target: PatchTarget, patch: Partial<Record<S[number]["name"], unknown>>, writer: Writer, now: Date): number {
  let written = 0;
  for (let i = 0; i < schema.length; i++) {
    const spec = schema[i]!;
    const value = (patch as Record<string, unknown>)[spec.name];
    if (value === undefined) continue;
    const stored = spec.codec.encode(value) ?? null;
    const entries = target.edits?.get(spec.name) ?? [];
    const heads = headsOf(entries);
    const current = heads.length === 0 ? [target.base[i] ?? null] : heads.map((h) => h.stored);
    if (current.every((c) => sameStored(c, stored))) continue;
    const plan = planWrite(entries, spec.critical, stored);
    const key = editKey(target.key, spec.name, writer.newId());
    target.map.set(key, encodeEntry(stored, writer.by, now, plan.supersedes));
    target.onKey(key, true);
    for (const e of entries) {
      if (plan.keep.includes(e.id)) continue;
      const old = editKey(target.key, spec.name, e.id);
      target.map.delete(old);
      target.onKey(old, false);
    }
    written += 1;
  }
  return written;
}
