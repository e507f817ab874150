import type * as Y from "yjs";
import type { Scalar } from "./fields.ts";

/**
 * A multi-value register for critical values (a measurement, a risk answer).
 * A plain Y.Map key is last-writer-wins: two phones that recorded different
 * heights offline would silently lose one. Here every write is an entry that
 * names the entries it supersedes (the heads its writer saw); the heads are
 * the entries nobody superseded. One head, or heads that agree, is a value;
 * heads that disagree are a conflict a person resolves by writing over all of
 * them. Superseded entries are deleted by the writer that superseded them.
 *
 * The entries live flat in the record's own Y.Map under `r.<field>.<entryId>`,
 * as `[value, by, atSeconds, ...supersededIds]`: no nested map per register
 * (two devices creating the same nested map at once would lose one of them, and
 * every map costs bytes in a 20,000-family roster).
 */
export interface RegisterEntry {
  id: string;
  value: Scalar;
  /** who wrote it (display name from the token), informative */
  by: string;
  /** the writer's clock (ISO), informative only: never used to pick a winner */
  at: string;
}

export type RegisterState =
  | { kind: "empty" }
  | { kind: "value"; value: Scalar; entry: RegisterEntry }
  | { kind: "conflict"; entries: RegisterEntry[] };

const PREFIX = "r.";

export function registerKey(field: string, entryId: string): string {
  return `${PREFIX}${field}.${entryId}`;
}

/** True for keys that hold register entries (so plain-field readers can skip them). */
export function isRegisterKey(key: string): boolean {
  return key.startsWith(PREFIX);
}

function isScalar(v: unknown): v is Scalar {
  return v === null || typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v));
}

interface Stored {
  id: string;
  value: Scalar;
  by: string;
  at: number;
  sup: string[];
}

function entriesOf(record: Y.Map<unknown>, field: string): Stored[] {
  const prefix = `${PREFIX}${field}.`;
  const out: Stored[] = [];
  record.forEach((raw, key) => {
    if (!key.startsWith(prefix) || !Array.isArray(raw) || raw.length < 3) return;
    const [value, by, at, ...sup] = raw as unknown[];
    if (!isScalar(value) || typeof by !== "string" || typeof at !== "number") return;
    out.push({ id: key.slice(prefix.length), value, by, at, sup: sup.filter((s): s is string => typeof s === "string") });
  });
  return out;
}

export function registerHeads(record: Y.Map<unknown>, field: string): RegisterEntry[] {
  const entries = entriesOf(record, field);
  const superseded = new Set<string>();
  for (const e of entries) for (const s of e.sup) superseded.add(s);
  return (
    entries
      .filter((e) => !superseded.has(e.id))
      .map((e) => ({ id: e.id, value: e.value, by: e.by, at: new Date(e.at * 1000).toISOString() }))
      // a stable order on every device: by entry id, never by anybody's clock
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  );
}

export function readRegister(record: Y.Map<unknown> | undefined, field: string): RegisterState {
  if (!record) return { kind: "empty" };
  const heads = registerHeads(record, field);
  const first = heads[0];
  if (!first) return { kind: "empty" };
  if (heads.every((h) => h.value === first.value)) return { kind: "value", value: first.value, entry: first };
  return { kind: "conflict", entries: heads };
}

/** The settled value, or null while empty or in conflict. */
export function registerValue(record: Y.Map<unknown> | undefined, field: string): Scalar {
  const state = readRegister(record, field);
  return state.kind === "value" ? state.value : null;
}

/**
 * Writes a value over every head this device sees (so it also resolves a
 * conflict). Writing the value it already has, or clearing an empty register,
 * changes nothing.
 */
export function writeRegister(record: Y.Map<unknown>, field: string, entryId: string, value: Scalar, by: string, now: Date): boolean {
  const heads = registerHeads(record, field);
  if (heads.length === 1 && heads[0]!.value === value) return false;
  if (heads.length === 0 && value === null) return false;
  const run = () => {
    record.set(registerKey(field, entryId), [value, by, Math.floor(now.getTime() / 1000), ...heads.map((h) => h.id)]);
    for (const h of heads) record.delete(registerKey(field, h.id));
  };
  if (record.doc) record.doc.transact(run);
  else run();
  return true;
}
