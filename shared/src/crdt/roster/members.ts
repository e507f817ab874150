import * as Y from "yjs";
import { MEMBER_RISK_KEYS, type MemberFields, type MemberRiskAnswers } from "../../model/index.ts";
import { writeFields, type Scalar } from "../fields.ts";
import { writeRegister } from "../mvRegister.ts";
import type { Writer } from "./households.ts";
import { childMap, ensureChildMap, householdsMap, MEMBERS } from "./layout.ts";

type MemberPatch = Partial<MemberFields & MemberRiskAnswers>;
const isRiskKey = (key: string): boolean => (MEMBER_RISK_KEYS as readonly string[]).includes(key);

function membersOf(doc: Y.Doc, householdId: string): Y.Map<unknown> | null {
  const household = householdsMap(doc).get(householdId);
  return household instanceof Y.Map ? ensureChildMap(household, MEMBERS) : null;
}

function applyMemberPatch(member: Y.Map<unknown>, patch: MemberPatch, now: Date, writer: Writer): void {
  const plain: Record<string, Scalar | undefined> = {};
  for (const [key, value] of Object.entries(patch) as Array<[string, Scalar | undefined]>) {
    if (value === undefined) continue;
    if (isRiskKey(key)) writeRegister(member, key, writer.newId(), value, writer.by, now);
    else plain[key] = value;
  }
  writeFields(member, plain);
}

export function addMember(doc: Y.Doc, householdId: string, memberId: string, fields: MemberPatch, now: Date, writer: Writer): boolean {
  const members = membersOf(doc, householdId);
  if (!members) return false;
  doc.transact(() => {
    const member = new Y.Map<unknown>();
    members.set(memberId, member);
    applyMemberPatch(member, fields, now, writer);
    householdsMap(doc).get(householdId)?.set("updatedAt", now.toISOString());
  });
  return true;
}

export function updateMember(doc: Y.Doc, householdId: string, memberId: string, patch: MemberPatch, now: Date, writer: Writer): boolean {
  const members = membersOf(doc, householdId);
  const member = members ? childMap(members, memberId) : undefined;
  if (!member) return false;
  doc.transact(() => {
    applyMemberPatch(member, patch, now, writer);
    householdsMap(doc).get(householdId)?.set("updatedAt", now.toISOString());
  });
  return true;
}

export function removeMember(doc: Y.Doc, householdId: string, memberId: string): void {
  membersOf(doc, householdId)?.delete(memberId);
}
