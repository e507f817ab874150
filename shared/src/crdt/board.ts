import * as Y from "yjs";
import { STATUSES, type Intervention, type InterventionFields, type InterventionStatus } from "../model/intervention.ts";
import { isSafeId, newRecord, readEnum, readString, writeFields } from "./fields.ts";

/**
 * The only module that maps the board to Yjs.
 * Layout: doc.getMap("interventions"): intervention id -> Y.Map of scalar fields.
 */
export const INTERVENTIONS = "interventions";

export function interventionsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(INTERVENTIONS);
}

export function readIntervention(id: string, map: unknown): Intervention | null {
  if (!(map instanceof Y.Map) || !isSafeId(id)) return null;
  const status = readEnum(map, "status", STATUSES);
  return {
    id,
    title: readString(map, "title"),
    agency: readString(map, "agency"),
    domain: readString(map, "domain"),
    status: status === "" ? "open" : status,
    createdAt: readString(map, "createdAt"),
    updatedAt: readString(map, "updatedAt"),
  };
}

export function readInterventions(doc: Y.Doc): Intervention[] {
  const out: Intervention[] = [];
  interventionsMap(doc).forEach((map, id) => {
    const item = readIntervention(id, map);
    if (item) out.push(item);
  });
  return out;
}

export function addIntervention(doc: Y.Doc, id: string, fields: InterventionFields, now: Date): void {
  const at = now.toISOString();
  doc.transact(() => {
    interventionsMap(doc).set(id, newRecord({ ...fields, createdAt: at, updatedAt: at }));
  });
}

export function updateIntervention(doc: Y.Doc, id: string, patch: Partial<InterventionFields>, now: Date): boolean {
  const map = interventionsMap(doc).get(id);
  if (!(map instanceof Y.Map)) return false;
  doc.transact(() => {
    writeFields(map, patch);
    map.set("updatedAt", now.toISOString());
  });
  return true;
}

export function setInterventionStatus(doc: Y.Doc, id: string, status: InterventionStatus, now: Date): boolean {
  return updateIntervention(doc, id, { status }, now);
}

export function removeIntervention(doc: Y.Doc, id: string): void {
  interventionsMap(doc).delete(id);
}
