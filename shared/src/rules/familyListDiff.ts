/**
 * A family list against the roster, before anything is written (issue 15): which
 * families are new, which changed (which fields, old -> new), which are gone from
 * the list, and which differences the import will NOT write because a person
 * entered that value by hand (socialList.ts gives the rule and why). The write
 * (shared/src/crdt/roster/importFamilies.ts) follows these plans, so the preview
 * and what is written cannot disagree.
 *
 * A family is matched to a household by the wizard (FamilyImportInput.householdId:
 * family-against-family matching of hand-entered households) or by the list's
 * own id from an earlier batch (Household.sources.families). A blank cell in the
 * list never clears a value: a list's blank means "not known", not "remove".
 */
import type { Household } from "../model/household.ts";
import type { Member } from "../model/member.ts";
import type { FamilyImportInput, ImportedHouseholdFields, MemberImportInput } from "../model/familyImportInput.ts";
import { IMPORTED_HOUSEHOLD_FIELDS, IMPORTED_MEMBER_FIELDS } from "../model/familyImportInput.ts";
import { createdByImport } from "../model/socialList.ts";

type Value = string | number | null;

export interface FieldChange {
  /** "household", or the member's id ("" for a member the list adds) */
  record: string;
  field: string;
  old: Value;
  new: Value;
  /** a person's value that the import keeps */
  kept: boolean;
}

export interface MemberPlan {
  /** the roster member the list's person is, null for one the import adds */
  memberId: string | null;
  person: MemberImportInput;
  /** the fields to write (for a new member: every field the list has) */
  patch: MemberImportInput;
}

export interface FamilyPlan {
  family: FamilyImportInput;
  /** the household to update; null: a new household */
  householdId: string | null;
  patch: Partial<ImportedHouseholdFields>;
  members: MemberPlan[];
  /** what differs, written or kept */
  changes: FieldChange[];
}

export interface GoneFamily {
  householdId: string;
  listId: string;
  kepala: string;
  rt: number | null;
  rw: number | null;
}

export interface FamilyListDiff {
  new: FamilyPlan[];
  changed: FamilyPlan[];
  unchanged: FamilyPlan[];
  /** households an earlier batch linked to a list id this list no longer has (nothing is deleted: a person decides) */
  gone: GoneFamily[];
  /** differences kept because a person entered the value */
  keptHand: number;
}

const isBlank = (v: unknown): boolean => v === undefined || v === null || v === "";
const nameKey = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const nikKey = (s: string | undefined): string => (s ?? "").replace(/[\s.-]/g, "");

/** Whether the import may write a value: not a person's edit, and empty, or written by an import (an edit, or the first values of a record an import made). */
function writable(h: Household, recordId: string | null, field: string, current: unknown): boolean {
  const key = recordId === null ? field : `${recordId}.${field}`;
  const s = h.sources;
  if (s?.handEdited.includes(key)) return false;
  if (isBlank(current)) return true;
  if (s?.importEdited.includes(key)) return true;
  return createdByImport(recordId ?? h.id);
}

/** The list's people to the household's members: same NIK, else the only kepala/istri, else the same name. */
export function matchMembers(members: readonly Member[], people: readonly MemberImportInput[]): Array<Member | null> {
  const used = new Set<string>();
  const take = (m: Member | undefined): Member | null => {
    if (!m) return null;
    used.add(m.id);
    return m;
  };
  const free = () => members.filter((m) => !used.has(m.id));
  const out: Array<Member | null> = people.map((p) => {
    const nik = nikKey(p.nik);
    return nik === "" ? null : take(free().find((m) => nikKey(m.nik) === nik));
  });
  people.forEach((p, i) => {
    if (out[i] || (p.relation !== "kepala" && p.relation !== "istri")) return;
    const same = free().filter((m) => m.relation === p.relation);
    if (same.length === 1) out[i] = take(same[0]);
  });
  people.forEach((p, i) => {
    if (out[i] || isBlank(p.nama)) return;
    out[i] = take(free().find((m) => nameKey(m.nama) === nameKey(p.nama ?? "")));
  });
  return out;
}

/** The plan for one family: `existing` is the household it updates, null for a new one. */
export function planFamily(existing: Household | null, family: FamilyImportInput): FamilyPlan {
  const changes: FieldChange[] = [];
  const patch: Partial<ImportedHouseholdFields> = {};
  if (!existing) {
    for (const f of IMPORTED_HOUSEHOLD_FIELDS) if (!isBlank(family.fields[f])) (patch as Record<string, unknown>)[f] = family.fields[f];
    return { family, householdId: null, patch, members: family.members.map((person) => ({ memberId: null, person, patch: withoutBlanks(person) })), changes };
  }
  for (const f of IMPORTED_HOUSEHOLD_FIELDS) {
    const next = family.fields[f];
    const old = existing[f];
    if (isBlank(next) || next === old) continue;
    const kept = !writable(existing, null, f, old);
    changes.push({ record: "household", field: f, old, new: next as Value, kept });
    if (!kept) (patch as Record<string, unknown>)[f] = next;
  }
  const matched = matchMembers(existing.members, family.members);
  const members: MemberPlan[] = family.members.map((person, i) => {
    const member = matched[i];
    if (!member) {
      changes.push({ record: "", field: "member", old: null, new: person.nama ?? "", kept: false });
      return { memberId: null, person, patch: withoutBlanks(person) };
    }
    const memberPatch: MemberImportInput = {};
    for (const f of IMPORTED_MEMBER_FIELDS) {
      const next = person[f];
      const old = member[f];
      if (isBlank(next) || next === old) continue;
      const kept = !writable(existing, member.id, f, old);
      changes.push({ record: member.id, field: f, old, new: next as Value, kept });
      if (!kept) (memberPatch as Record<string, unknown>)[f] = next;
    }
    return { memberId: member.id, person, patch: memberPatch };
  });
  return { family, householdId: existing.id, patch, members, changes };
}

function withoutBlanks(person: MemberImportInput): MemberImportInput {
  const out: Record<string, unknown> = {};
  for (const f of IMPORTED_MEMBER_FIELDS) if (!isBlank(person[f])) out[f] = person[f];
  return out as MemberImportInput;
}

/** True when the plan writes something (a new household, a field, a member). */
export function writesSomething(plan: FamilyPlan): boolean {
  return plan.householdId === null || Object.keys(plan.patch).length > 0 || plan.members.some((m) => m.memberId === null || Object.keys(m.patch).length > 0);
}

/** The household each family updates: the one the wizard matched, else the one an earlier batch linked to its list id. */
export function householdForFamily(family: FamilyImportInput, byId: ReadonlyMap<string, Household>, byListId: ReadonlyMap<string, Household>): Household | null {
  if (family.householdId !== null) {
    const h = byId.get(family.householdId);
    if (h) return h;
  }
  return byListId.get(family.listId) ?? null;
}

/** The whole list against the roster, for the preview. Pure: nothing is written. */
export function diffFamilyList(roster: readonly Household[], families: readonly FamilyImportInput[]): FamilyListDiff {
  const byId = new Map<string, Household>();
  const byListId = new Map<string, Household>();
  for (const h of roster) {
    byId.set(h.id, h);
    for (const origin of h.sources?.families ?? []) if (!byListId.has(origin.listId)) byListId.set(origin.listId, h);
  }
  const diff: FamilyListDiff = { new: [], changed: [], unchanged: [], gone: [], keptHand: 0 };
  const touched = new Set<string>();
  for (const family of families) {
    const existing = householdForFamily(family, byId, byListId);
    if (existing) touched.add(existing.id);
    const plan = planFamily(existing, family);
    diff.keptHand += plan.changes.filter((c) => c.kept).length;
    if (plan.householdId === null) diff.new.push(plan);
    else if (writesSomething(plan)) diff.changed.push(plan);
    else diff.unchanged.push(plan);
  }
  for (const h of roster) {
    if (touched.has(h.id)) continue;
    const origin = h.sources?.families[0];
    if (origin) diff.gone.push({ householdId: h.id, listId: origin.listId, kepala: h.kepala, rt: h.rt, rw: h.rw });
  }
  return diff;
}
