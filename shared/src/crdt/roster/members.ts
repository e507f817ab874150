import type * as Y from "yjs";
import type { MemberFields, MemberRiskAnswers } from "../../model/index.ts";
import { isSafeId } from "../fields.ts";
import { rosterIndex } from "./keyIndex.ts";
import { memberKey } from "./keys.ts";
import { rosterMap } from "./layout.ts";
import { householdParts } from "./read.ts";
import { encodeBase, writePatch, type Writer } from "./records.ts";
import { MEMBER_FIELDS } from "./schema.ts";

type MemberPatch = Partial<MemberFields & MemberRiskAnswers>;

const fieldsOnly = (patch: MemberPatch): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const f of MEMBER_FIELDS) if (patch[f.name] !== undefined) out[f.name] = patch[f.name];
  return out;
};

/** False when the household no longer exists. */
export function addMember(doc: Y.Doc, householdId: string, memberId: string, fields: MemberPatch, _now: Date, _writer: Writer): boolean {
  if (!isSafeId(memberId)) throw new Error(`not a record id: ${memberId}`);
  if (!Array.isArray(rosterMap(doc).get(householdId))) return false;
  const key = memberKey(householdId, memberId);
  doc.transact(() => {
    rosterMap(doc).set(key, encodeBase(MEMBER_FIELDS, fieldsOnly(fields)));
    rosterIndex(doc).note(key, true);
  });
  return true;
}

export function updateMember(doc: Y.Doc, householdId: string, memberId: string, patch: MemberPatch, now: Date, writer: Writer): boolean {
  const parts = householdParts(doc, householdId);
  const base = parts?.members.get(memberId);
  if (!parts || !base) return false;
  const key = memberKey(householdId, memberId);
  doc.transact(() => {
    writePatch(MEMBER_FIELDS, { map: rosterMap(doc), key, base, edits: parts.edits.get(key), onKey: rosterIndex(doc).note }, fieldsOnly(patch), writer, now);
  });
  return true;
}

/** Removes the member and its edits (its measurements stay: they are records of their own). */
export function removeMember(doc: Y.Doc, householdId: string, memberId: string): void {
  removeRecord(doc, householdId, memberKey(householdId, memberId));
}

/** Deletes a member's or measurement's base and every edit of it this device knows of. */
export function removeRecord(doc: Y.Doc, householdId: string, key: string): void {
  const map = rosterMap(doc);
  const index = rosterIndex(doc);
  const prefix = `${key}/`;
  doc.transact(() => {
    for (const k of [...(index.keysOf(householdId) ?? [])]) {
      if (k !== key && !k.startsWith(prefix)) continue;
      map.delete(k);
      index.note(k, false);
    }
  });
}
