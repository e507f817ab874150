import * as Y from "yjs";

/**
 * Records are Y.Maps of scalar fields, so concurrent edits of different fields
 * of one record both survive. Untrusted peers may write anything: readers take
 * only known keys with the expected type and fall back to the default.
 */
export type Scalar = string | number | boolean | null;

export function readString(map: Y.Map<unknown>, key: string, fallback = ""): string {
  const v = map.get(key);
  return typeof v === "string" ? v : fallback;
}

export function readNumberOrNull(map: Y.Map<unknown>, key: string): number | null {
  const v = map.get(key);
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

export function readEnum<T extends string>(map: Y.Map<unknown>, key: string, allowed: readonly T[]): T | "" {
  const v = map.get(key);
  return typeof v === "string" && (allowed as readonly string[]).includes(v) ? (v as T) : "";
}

/** Writes only the fields whose value differs, so an edit does not overwrite untouched fields. */
export function writeFields(map: Y.Map<unknown>, fields: Record<string, Scalar | undefined>): void {
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (map.get(key) !== value) map.set(key, value);
  }
}

/** A new record; empty values ("" and null) are not written: readers default them, and each key costs bytes. */
export function newRecord(fields: Record<string, Scalar | undefined>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined && value !== null && value !== "") map.set(key, value);
  return map;
}

/** Ids are used as map keys; refuse anything that could confuse a plain-object projection. */
export function isSafeId(id: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(id);
}
