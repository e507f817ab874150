import * as Y from "yjs";
import type { AidProgramme, Consent, Household, HouseholdFields } from "../../model/index.ts";
import { newRecord, writeFields, type Scalar } from "../fields.ts";
import { writeRegister } from "../mvRegister.ts";
import { AID_PREFIX, HOUSEHOLD_RISK_KEYS, householdsMap, MEASUREMENTS, MEMBERS } from "./layout.ts";
import { readHousehold } from "./read.ts";

export { householdsMap, readHousehold };

/** Who writes, and a fresh id for each register entry (ids come from the caller: tests stay deterministic). */
export interface Writer {
  by: string;
  newId: () => string;
}

const ANONYMOUS: Writer = { by: "", newId: () => Math.random().toString(36).slice(2, 14) };

export function readHouseholds(doc: Y.Doc): Household[] {
  const out: Household[] = [];
  householdsMap(doc).forEach((map, id) => {
    const h = readHousehold(id, map);
    if (h) out.push(h);
  });
  return out;
}

type RiskKey = (typeof HOUSEHOLD_RISK_KEYS)[number];
const isRiskKey = (key: string): key is RiskKey => (HOUSEHOLD_RISK_KEYS as readonly string[]).includes(key);

/** The only keys a patch may write: anything else (a whole record spread into a form) is ignored. */
const PATCHABLE = new Set<string>(["noKk", "kepala", "dusun", "rw", "rt", "alamat", "sumberAir", "jamban", "lat", "lon", "desil", "notes"] satisfies Array<keyof HouseholdFields>);

/** Splits a patch: plain fields are last-writer-wins, risk answers go to their registers. */
function applyPatch(map: Y.Map<unknown>, patch: Partial<HouseholdFields>, now: Date, writer: Writer): void {
  const plain: Record<string, Scalar | undefined> = {};
  for (const [key, value] of Object.entries(patch) as Array<[string, Scalar | undefined]>) {
    if (value === undefined || !PATCHABLE.has(key)) continue;
    if (typeof value === "object" && value !== null) continue; // only scalars belong in fields
    if (isRiskKey(key)) writeRegister(map, key, writer.newId(), value === "" ? null : value, writer.by, now);
    else plain[key] = value;
  }
  writeFields(map, plain);
}

export function addHousehold(doc: Y.Doc, id: string, fields: HouseholdFields, now: Date, writer: Writer = ANONYMOUS): void {
  const at = now.toISOString();
  doc.transact(() => {
    const { sumberAir, jamban, ...plain } = fields;
    const map = newRecord({ ...plain, createdAt: at, updatedAt: at });
    map.set(MEMBERS, new Y.Map());
    map.set(MEASUREMENTS, new Y.Map());
    householdsMap(doc).set(id, map);
    applyPatch(map, { sumberAir, jamban }, now, writer);
  });
}

/** Returns false when the household no longer exists (removed on another device). */
export function updateHousehold(doc: Y.Doc, id: string, patch: Partial<HouseholdFields>, now: Date, writer: Writer = ANONYMOUS): boolean {
  const map = householdsMap(doc).get(id);
  if (!(map instanceof Y.Map)) return false;
  doc.transact(() => {
    applyPatch(map, patch, now, writer);
    map.set("updatedAt", now.toISOString());
  });
  return true;
}

export function setAid(doc: Y.Doc, id: string, programme: AidProgramme, member: boolean): boolean {
  const map = householdsMap(doc).get(id);
  if (!(map instanceof Y.Map)) return false;
  doc.transact(() => {
    if (member) map.set(AID_PREFIX + programme, true);
    else map.delete(AID_PREFIX + programme);
  });
  return true;
}

export function recordConsent(doc: Y.Doc, id: string, consent: Consent | null): boolean {
  const map = householdsMap(doc).get(id);
  if (!(map instanceof Y.Map)) return false;
  doc.transact(() => writeFields(map, { consentBy: consent?.by ?? "", consentAt: consent?.at ?? "", consentHow: consent?.how ?? "" }));
  return true;
}

export function removeHousehold(doc: Y.Doc, id: string): void {
  householdsMap(doc).delete(id);
}

/** Ids of households touched by a batch of observeDeep events: lets projections update incrementally. */
export function changedHouseholdIds(events: Array<Y.YEvent<Y.AbstractType<unknown>>>): Set<string> {
  const ids = new Set<string>();
  for (const event of events) {
    if (event.path.length === 0) {
      for (const key of event.changes.keys.keys()) ids.add(key);
    } else {
      const first = event.path[0];
      if (typeof first === "string") ids.add(first);
    }
  }
  return ids;
}


