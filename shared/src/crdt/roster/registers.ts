/**
 * Edits are multi-value registers, one per (record, field). A record's base
 * (written once, when it is created) holds its first values; every later edit
 * is an entry `<record>/<field>/<entry>` = [stored value, by, atSeconds,
 * ...ids of the entries it supersedes]. The heads are the entries nobody
 * superseded; with no entry the base value stands (every entry supersedes it).
 * One head, or heads that agree, is the value. Heads that disagree are a
 * conflict: shown to a person for critical values (a measurement, a risk
 * answer), settled by the greatest entry id (the same on every device, never a
 * clock) for the rest. A writer deletes the entries it superseded, so a settled
 * field keeps one entry, except the values concurrent edits replaced (planWrite):
 * those stay, superseded, for the family's change history.
 */
import { sameStored } from "./codecs.ts";

export interface EditEntry {
  id: string;
  stored: unknown;
  /** who wrote it (display name from the token), informative */
  by: string;
  /** the writer's clock, seconds: informative only, never picks a winner */
  at: number;
  supersedes: string[];
}

/** Null for a malformed entry (an untrusted peer's): it is ignored. */
export function parseEntry(id: string, raw: unknown): EditEntry | null {
  if (!Array.isArray(raw) || raw.length < 3) return null;
  const [stored, by, at, ...sup] = raw as unknown[];
  if (typeof by !== "string" || typeof at !== "number" || !Number.isFinite(at)) return null;
  return { id, stored, by, at, supersedes: sup.filter((s): s is string => typeof s === "string") };
}

export function encodeEntry(stored: unknown, by: string, now: Date, supersedes: readonly string[]): unknown[] {
  return [stored, by, Math.floor(now.getTime() / 1000), ...supersedes];
}

/** The entries nobody superseded, in entry-id order (the same order on every device). */
export function headsOf(entries: readonly EditEntry[]): EditEntry[] {
  if (entries.length === 1) return [...entries];
  const superseded = new Set<string>();
  for (const e of entries) for (const s of e.supersedes) superseded.add(s);
  return entries.filter((e) => !superseded.has(e.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Replaced values kept per field, the newest: enough to show who lost what, and a
 * bound on what a field that keeps being raced costs (issue 14, item 16).
 */
export const KEPT_REPLACED_PER_FIELD = 5;

export interface WritePlan {
  /** every entry the writer sees: no entry kept below becomes a head again when its superseder is deleted */
  supersedes: string[];
  /** entries the writer leaves in the document (all others it deletes) */
  keep: string[];
}

/**
 * What writing `stored` over a field's entries does. Sequential edits keep nothing
 * (the writer saw the value it replaced). A value that concurrent edits replaced
 * without anybody choosing it (a head that lost to another head; for a critical
 * field every disputed head the writer did not pick) is kept, as are values kept
 * before, up to KEPT_REPLACED_PER_FIELD by the writers' clocks (newest first).
 */
export function planWrite(entries: readonly EditEntry[], critical: boolean, stored: unknown): WritePlan {
  const heads = headsOf(entries);
  const headIds = new Set(heads.map((h) => h.id));
  const disagree = heads.some((h) => !sameStored(h.stored, heads[0]!.stored));
  // the value this device shows: the settled head of an ordinary field; nothing for a disputed critical one
  const shown = disagree && !critical ? heads[heads.length - 1] : undefined;
  const lost = disagree ? heads.filter((h) => h !== shown && !sameStored(h.stored, stored)) : [];
  const keptBefore = entries.filter((e) => !headIds.has(e.id));
  const keep = [...keptBefore, ...lost]
    .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .slice(0, KEPT_REPLACED_PER_FIELD)
    .map((e) => e.id);
  return { supersedes: entries.map((e) => e.id), keep };
}
