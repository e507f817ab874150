import type * as Y from "yjs";
import type { AidProgramme, Consent, HouseholdFields } from "../../model/index.ts";
import { isSafeId } from "../fields.ts";
import { rosterIndex } from "./keyIndex.ts";
import { rosterMap } from "./layout.ts";
import { householdParts } from "./read.ts";
import { encodeBase, writePatch, type Writer } from "./records.ts";
import { HOUSEHOLD_FIELDS } from "./schema.ts";
import { listHasAid } from "./importRecords.ts";

export const ANONYMOUS: Writer = { by: "", newId: () => Math.random().toString(36).slice(2, 7) };

/** The only keys a patch may write: anything else (a whole record spread into a form) is ignored. */
const PATCHABLE = new Set<string>(["noKk", "kepala", "dusun", "rw", "rt", "alamat", "sumberAir", "jamban", "lat", "lon", "desil", "notes"] satisfies Array<keyof HouseholdFields>);

/** What a household starts with besides its form fields (an import or the generator knows them at once). */
export interface HouseholdStart {
  aid?: readonly AidProgramme[];
  consent?: Consent | null;
}

export function addHousehold(doc: Y.Doc, id: string, fields: HouseholdFields, now: Date, _writer: Writer = ANONYMOUS, start: HouseholdStart = {}): void {
  if (!isSafeId(id)) throw new Error(`not a record id: ${id}`);
  const values: Record<string, unknown> = { createdAt: now.toISOString(), consent: start.consent ?? null };
  for (const key of PATCHABLE) values[key] = fields[key as keyof HouseholdFields];
  for (const p of start.aid ?? []) values[`aid.${p}`] = true;
  rosterMap(doc).set(id, encodeBase(HOUSEHOLD_FIELDS, values));
}

/** Applies a patch to the household's own fields; false when it no longer exists (removed on another device). */
function patchHousehold(doc: Y.Doc, id: string, patch: Record<string, unknown>, now: Date, writer: Writer): boolean {
  const parts = householdParts(doc, id);
  if (!parts) return false;
  const index = rosterIndex(doc);
  doc.transact(() => {
    writePatch(HOUSEHOLD_FIELDS, { map: rosterMap(doc), key: id, base: parts.base, edits: parts.edits.get(id), onKey: index.note }, patch, writer, now);
  });
  return true;
}

export function updateHousehold(doc: Y.Doc, id: string, patch: Partial<HouseholdFields>, now: Date, writer: Writer = ANONYMOUS): boolean {
  const allowed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (!PATCHABLE.has(key) || value === undefined) continue;
    if (typeof value === "object" && value !== null) continue; // only scalars belong in fields
    allowed[key] = value;
  }
  return patchHousehold(doc, id, allowed, now, writer);
}

/** Unticking a programme a linked social-list row has is stored as a "no" that stands against the list (socialList.ts). */
export function setAid(doc: Y.Doc, id: string, programme: AidProgramme, member: boolean, now: Date = new Date(), writer: Writer = ANONYMOUS): boolean {
  const parts = householdParts(doc, id);
  const untick = parts && listHasAid(parts.social, programme) ? false : null;
  return patchHousehold(doc, id, { [`aid.${programme}`]: member ? true : untick }, now, writer);
}

export function recordConsent(doc: Y.Doc, id: string, consent: Consent | null, now: Date = new Date(), writer: Writer = ANONYMOUS): boolean {
  return patchHousehold(doc, id, { consent }, now, writer);
}

/** Removes the household with every member, measurement and edit this device knows of. */
export function removeHousehold(doc: Y.Doc, id: string): void {
  const map = rosterMap(doc);
  const index = rosterIndex(doc);
  doc.transact(() => {
    for (const key of [...(index.keysOf(id) ?? [])]) {
      map.delete(key);
      index.note(key, false);
    }
    map.delete(id);
  });
}

/** Ids of the households present (in no particular order). */
export function householdIds(doc: Y.Doc): string[] {
  return rosterIndex(doc).householdIds();
}

/**
 * Calls `listener` with the ids of households touched by each transaction
 * (local or remote), after the index is current: projections update only those.
 */
export function observeHouseholds(doc: Y.Doc, listener: (ids: Set<string>) => void): () => void {
  return rosterIndex(doc).subscribe(listener);
}
