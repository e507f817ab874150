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
 * field keeps one entry.
 */
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
