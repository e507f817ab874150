/**
 * The roster's key grammar. Every record and every edit is one entry of ONE
 * root map (layout.ts), so a record costs one Yjs item instead of a map and an
 * item per field, and the key says what the entry is:
 *
 *   <household>                          a household's base record
 *   <household>.m<member>                a member's base record
 *   <household>.u<measurement>           a measurement's base record
 *   <household>.v<visit>                 a TPK visit's base record (visits.ts)
 *   <household>.k<list key>              a family list's id for the household (importRecords.ts)
 *   <household>.s<list key>              a social-list row linked to the household (importRecords.ts)
 *   <record key>/<field>/<entry>         an edit of one field (a register entry, registers.ts)
 *   <household>/deleted/<entry>          the household's deletion or restore (lifecycle.ts), an edit like any other
 *
 * A purged household's own key holds PURGED (deletion.ts) instead of its base record.
 *
 * Ids are [A-Za-z0-9_-] (isSafeId), so "." and "/" cannot occur inside them.
 */
import { isSafeId } from "../fields.ts";

export type RecordKind = "household" | "member" | "measurement" | "origin" | "social" | "visit";

export interface RecordRef {
  householdId: string;
  kind: RecordKind;
  /** the member's or measurement's id; the household id for a household */
  id: string;
  key: string;
}

export interface ParsedKey {
  record: RecordRef;
  /** set for an edit entry */
  edit?: { field: string; entryId: string };
}

const SUB = { member: "m", measurement: "u", origin: "k", social: "s", visit: "v" } as const;
const KIND_OF_TAG: Record<string, Exclude<RecordKind, "household">> = { m: "member", u: "measurement", k: "origin", s: "social", v: "visit" };

export const householdKey = (householdId: string): string => householdId;
export const memberKey = (householdId: string, memberId: string): string => `${householdId}.${SUB.member}${memberId}`;
export const measurementKey = (householdId: string, measurementId: string): string => `${householdId}.${SUB.measurement}${measurementId}`;
export const originKey = (householdId: string, listKey: string): string => `${householdId}.${SUB.origin}${listKey}`;
export const visitKey = (householdId: string, visitId: string): string => `${householdId}.${SUB.visit}${visitId}`;
export const socialKey = (householdId: string, rowKey: string): string => `${householdId}.${SUB.social}${rowKey}`;
export const editKey = (recordKey: string, field: string, entryId: string): string => `${recordKey}/${field}/${entryId}`;
export const editPrefix = (recordKey: string, field: string): string => `${recordKey}/${field}/`;

/** The household a key belongs to (the part before the first "." or "/"), without validating the rest. */
export function householdOfKey(key: string): string {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 46 /* . */ || c === 47 /* / */) return key.slice(0, i);
  }
  return key;
}

export function parseRecordKey(key: string): RecordRef | null {
  const dot = key.indexOf(".");
  if (dot < 0) return isSafeId(key) ? { householdId: key, kind: "household", id: key, key } : null;
  const householdId = key.slice(0, dot);
  const tag = key[dot + 1];
  const id = key.slice(dot + 2);
  if (!isSafeId(householdId) || !isSafeId(id)) return null;
  const kind = tag === undefined ? undefined : KIND_OF_TAG[tag];
  return kind ? { householdId, kind, id, key } : null;
}

/** Null for keys no honest writer makes: an untrusted peer's junk is ignored, never thrown on. */
export function parseKey(key: string): ParsedKey | null {
  const slash = key.indexOf("/");
  if (slash < 0) {
    const record = parseRecordKey(key);
    return record ? { record } : null;
  }
  const record = parseRecordKey(key.slice(0, slash));
  const rest = key.slice(slash + 1);
  const second = rest.indexOf("/");
  if (!record || second <= 0) return null;
  const field = rest.slice(0, second);
  const entryId = rest.slice(second + 1);
  return /^[A-Za-z0-9_.-]{1,40}$/.test(field) && isSafeId(entryId) ? { record, edit: { field, entryId } } : null;
}

/** [A-Za-z0-9_-], one or more: isSafeId without a regular expression (it runs for every key at start). */
function idChars(s: string, start: number, end: number): boolean {
  if (end <= start || end - start > 64) return false;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    const ok = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
    if (!ok) return false;
  }
  return true;
}

export interface SubKey {
  kind: RecordKind;
  /** the member's or measurement's id; the household's id for its own edits */
  id: string;
  recordKey: string;
  edit?: { field: string; entryId: string };
}

/**
 * parseKey for a key already known to start with `householdId` (from the index):
 * the same answers, without slicing the household id again or running regular
 * expressions: a 20,000-family roster has about 120,000 such keys to read at start.
 */
export function parseSubKey(key: string, householdId: string): SubKey | null {
  const n = householdId.length;
  const sep = key.charCodeAt(n);
  let kind: RecordKind = "household";
  let id = householdId;
  let recordEnd = n;
  if (sep === 46 /* . */) {
    const tag = key[n + 1];
    const sub = tag === undefined ? undefined : KIND_OF_TAG[tag];
    if (sub === undefined) return null;
    kind = sub;
    const slash = key.indexOf("/", n + 2);
    recordEnd = slash < 0 ? key.length : slash;
    if (!idChars(key, n + 2, recordEnd)) return null;
    id = key.slice(n + 2, recordEnd);
  } else if (sep !== 47 /* / */) return null;
  const recordKey = recordEnd === n ? householdId : key.slice(0, recordEnd);
  if (recordEnd === key.length) return { kind, id, recordKey };
  const fieldStart = recordEnd + 1;
  const second = key.indexOf("/", fieldStart);
  if (second <= fieldStart || second - fieldStart > 40 || !idChars(key, second + 1, key.length)) return null;
  return { kind, id, recordKey, edit: { field: key.slice(fieldStart, second), entryId: key.slice(second + 1) } };
}
