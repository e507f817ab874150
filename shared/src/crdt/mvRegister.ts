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
 * Layout: Y.Map<entryId, { v: Scalar, by: string, at: string, sup: string[] }>.
 */
export interface RegisterEntry {
  id: string;
  value: Scalar;
  /** who wrote it (display name from the token), informative */
  by: string;
  /** the writer's clock, informative only: never used to pick a winner */
  at: string;
}

export type RegisterState =
  | { kind: "empty" }
  | { kind: "value"; value: Scalar; entry: RegisterEntry }
  | { kind: "conflict"; entries: RegisterEntry[] };

interface StoredEntry {
  v: Scalar;
  by: string;
  at: string;
  sup: string[];
}

function isScalar(v: unknown): v is Scalar {
  return v === null || typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v));
}

function readEntry(raw: unknown): StoredEntry | null {
  if (typeof raw !== "object" || raw === null) return null;
  const e = raw as Record<string, unknown>;
  if (!isScalar(e.v) || typeof e.by !== "string" || typeof e.at !== "string" || !Array.isArray(e.sup)) return null;
  return { v: e.v, by: e.by, at: e.at, sup: e.sup.filter((s): s is string => typeof s === "string") };
}

export function registerHeads(register: Y.Map<unknown>): RegisterEntry[] {
  const entries = new Map<string, StoredEntry>();
  register.forEach((raw, id) => {
    const e = readEntry(raw);
    if (e) entries.set(id, e);
  });
  const superseded = new Set<string>();
  for (const e of entries.values()) for (const s of e.sup) superseded.add(s);
  const heads: RegisterEntry[] = [];
  for (const [id, e] of entries) if (!superseded.has(id)) heads.push({ id, value: e.v, by: e.by, at: e.at });
  // a stable order on every device: by entry id, never by anybody's clock
  return heads.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function readRegister(register: Y.Map<unknown> | undefined): RegisterState {
  if (!register) return { kind: "empty" };
  const heads = registerHeads(register);
  const first = heads[0];
  if (!first) return { kind: "empty" };
  if (heads.every((h) => h.value === first.value)) return { kind: "value", value: first.value, entry: first };
  return { kind: "conflict", entries: heads };
}

/** The settled value, or null while empty or in conflict. */
export function registerValue(register: Y.Map<unknown> | undefined): Scalar {
  const state = readRegister(register);
  return state.kind === "value" ? state.value : null;
}

/**
 * Writes a value over every head this device sees (so it also resolves a
 * conflict). Writing the value it already has is a no-op.
 */
export function writeRegister(register: Y.Map<unknown>, entryId: string, value: Scalar, by: string, now: Date): boolean {
  const heads = registerHeads(register);
  if (heads.length === 1 && heads[0]!.value === value) return false;
  if (heads.length === 0 && value === null) return false; // clearing an empty register changes nothing
  const run = () => {
    register.set(entryId, { v: value, by, at: now.toISOString(), sup: heads.map((h) => h.id) } satisfies StoredEntry);
    for (const h of heads) register.delete(h.id);
  };
  if (register.doc) register.doc.transact(run);
  else run();
  return true;
}
