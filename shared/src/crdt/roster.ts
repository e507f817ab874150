import * as Y from "yjs";
import { TOILETS, WATER_SOURCES, type Household, type HouseholdFields } from "../model/household.ts";
import { isSafeId, newRecord, readEnum, readNumberOrNull, readString, writeFields } from "./fields.ts";

/**
 * The only module that maps the roster to Yjs.
 * Layout: doc.getMap("households"): household id -> Y.Map of scalar fields.
 */
export const HOUSEHOLDS = "households";

export function householdsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(HOUSEHOLDS);
}

export function readHousehold(id: string, map: unknown): Household | null {
  if (!(map instanceof Y.Map) || !isSafeId(id)) return null;
  return {
    id,
    noKk: readString(map, "noKk"),
    kepala: readString(map, "kepala"),
    dusun: readString(map, "dusun"),
    rw: readNumberOrNull(map, "rw"),
    rt: readNumberOrNull(map, "rt"),
    alamat: readString(map, "alamat"),
    sumberAir: readEnum(map, "sumberAir", WATER_SOURCES),
    jamban: readEnum(map, "jamban", TOILETS),
    createdAt: readString(map, "createdAt"),
    updatedAt: readString(map, "updatedAt"),
  };
}

export function readHouseholds(doc: Y.Doc): Household[] {
  const out: Household[] = [];
  householdsMap(doc).forEach((map, id) => {
    const h = readHousehold(id, map);
    if (h) out.push(h);
  });
  return out;
}

export function addHousehold(doc: Y.Doc, id: string, fields: HouseholdFields, now: Date): void {
  const at = now.toISOString();
  doc.transact(() => {
    householdsMap(doc).set(id, newRecord({ ...fields, createdAt: at, updatedAt: at }));
  });
}

/** Returns false when the household no longer exists (removed on another device). */
export function updateHousehold(doc: Y.Doc, id: string, patch: Partial<HouseholdFields>, now: Date): boolean {
  const map = householdsMap(doc).get(id);
  if (!(map instanceof Y.Map)) return false;
  doc.transact(() => {
    writeFields(map, patch);
    map.set("updatedAt", now.toISOString());
  });
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
