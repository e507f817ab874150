import { LIST_KINDS, isBatchId, type ListKind } from "../../model/index.ts";
import { isSafeId } from "../fields.ts";

/**
 * The journal of an import batch written in slices (importSlices.ts), one entry per slice in the
 * import map "i" (importLayout.ts), written in the slice's own transaction BEFORE its records:
 *
 *   j<batch><slice, base 36> = { v: 1, k, f, by, at, d, t, c, s, n, r, q }
 *
 *   k, f, by, at   the list kind (0 keluarga, 1 sosial), file name, who, the slice's time (seconds)
 *   d, t           records of the list written so far / in all (for the "import interrupted" notice)
 *   c, s, n        the writing client, the clock of the slice's first record and how many it wrote:
 *                  a key whose current Yjs item lies in one of its batch's ranges holds the batch's value
 *   r              roster-map keys the batch touched first in this slice, by household id: a suffix
 *                  ("" for the household's own key, ".m<id>", ".k<list key>", "/<field>/<entry>" ...)
 *                  when the key was absent before, [suffix, value before] when the batch replaced one
 *   q              import-map keys (waiting pairs), the same way: key, or [key, value before]
 *
 * Until the batch record b<batch> exists, every reader shows the value before for a key whose current
 * item is the batch's (importPending.ts): a half-written batch is invisible on every device. A batch
 * never deletes a key before its commit (importSlices.ts), so "before" is always a value or absence
 * the journal names. The commit deletes the journal in the transaction that writes the batch record.
 * Decoding never throws: an untrusted peer's junk is no journal.
 */
export const JOURNAL_VERSION = 1;

export const journalKey = (batchId: string, slice: number): string => `j${batchId}${slice.toString(36)}`;

/** The batch id of a journal key, null for another key. */
export function journalBatch(key: string): string | null {
  if (key.length < 7 || key.charCodeAt(0) !== 106 /* j */) return null;
  const id = key.slice(1, 6);
  return isBatchId(id) ? id : null;
}

/** A key with its value before the batch; `before` undefined when the key was absent. */
export interface TouchedKey {
  key: string;
  before: unknown;
}

export interface JournalInfo {
  kind: ListKind;
  fileName: string;
  by: string;
  /** seconds */
  at: number;
  done: number;
  total: number;
}

export interface Journal extends JournalInfo {
  batchId: string;
  client: number;
  from: number;
  count: number;
  roster: TouchedKey[];
  imports: TouchedKey[];
}

/** Keys grouped by household: the journal of 20,000 new families names each household id once. */
export function encodeJournal(j: Omit<Journal, "batchId">, householdOf: (key: string) => string): Record<string, unknown> {
  const r: Record<string, unknown[]> = {};
  for (const t of j.roster) {
    const household = householdOf(t.key);
    const suffix = t.key.slice(household.length);
    (r[household] ??= []).push(t.before === undefined ? suffix : [suffix, t.before]);
  }
  return {
    v: JOURNAL_VERSION,
    k: LIST_KINDS.indexOf(j.kind),
    f: j.fileName,
    by: j.by,
    at: j.at,
    d: j.done,
    t: j.total,
    c: j.client,
    s: j.from,
    n: j.count,
    r,
    q: j.imports.map((t) => (t.before === undefined ? t.key : [t.key, t.before])),
  };
}

const count = (v: unknown): number | null => (typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : null);

function touched(entry: unknown, prefix: string): TouchedKey | null {
  if (typeof entry === "string") return { key: prefix + entry, before: undefined };
  if (Array.isArray(entry) && entry.length === 2 && typeof entry[0] === "string" && entry[1] !== undefined) return { key: prefix + entry[0], before: entry[1] };
  return null;
}

export function decodeJournal(key: string, raw: unknown): Journal | null {
  const batchId = journalBatch(key);
  if (batchId === null || typeof raw !== "object" || raw === null || Array.isArray(raw)) return null;
  const o = raw as Record<string, unknown>;
  const client = count(o.c);
  const from = count(o.s);
  const n = count(o.n);
  if (o.v !== JOURNAL_VERSION || client === null || from === null || n === null) return null;
  const roster: TouchedKey[] = [];
  if (typeof o.r === "object" && o.r !== null && !Array.isArray(o.r)) {
    for (const [household, entries] of Object.entries(o.r as Record<string, unknown>)) {
      if (!isSafeId(household) || !Array.isArray(entries)) continue;
      for (const e of entries) {
        const t = touched(e, household);
        if (t) roster.push(t);
      }
    }
  }
  const imports: TouchedKey[] = [];
  if (Array.isArray(o.q)) for (const e of o.q) {
    const t = touched(e, "");
    if (t && t.key !== "" && t.key[0] !== "j" && t.key[0] !== "b") imports.push(t);
  }
  return {
    batchId,
    kind: o.k === 1 ? "sosial" : "keluarga",
    fileName: typeof o.f === "string" ? o.f : "",
    by: typeof o.by === "string" ? o.by : "",
    at: count(o.at) ?? 0,
    done: count(o.d) ?? 0,
    total: count(o.t) ?? 0,
    client,
    from,
    count: n,
    roster,
    imports,
  };
}
