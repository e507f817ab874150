import type * as Y from "yjs";
import type { MeasurementFields, MeasurementValues } from "../../model/index.ts";
import { isSafeId } from "../fields.ts";
import { rosterIndex } from "./keyIndex.ts";
import { measurementKey } from "./keys.ts";
import { rosterMap } from "./layout.ts";
import { removeRecord } from "./members.ts";
import { householdParts } from "./read.ts";
import { encodeBase, writePatch, type Writer } from "./records.ts";
import { MEASUREMENT_FIELDS } from "./schema.ts";

type MeasurementPatch = Partial<MeasurementFields & MeasurementValues>;

const fieldsOnly = (patch: MeasurementPatch): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const f of MEASUREMENT_FIELDS) if (f.name !== "createdAt" && patch[f.name] !== undefined) out[f.name] = patch[f.name];
  return out;
};

/** False when the household no longer exists. */
export function addMeasurement(doc: Y.Doc, householdId: string, id: string, fields: MeasurementFields & MeasurementValues, now: Date, _writer: Writer): boolean {
  if (!isSafeId(id)) throw new Error(`not a record id: ${id}`);
  if (!Array.isArray(rosterMap(doc).get(householdId))) return false;
  const key = measurementKey(householdId, id);
  doc.transact(() => {
    rosterMap(doc).set(key, encodeBase(MEASUREMENT_FIELDS, { ...fieldsOnly(fields), createdAt: now.toISOString() }));
    rosterIndex(doc).note(key, true);
  });
  return true;
}

/** Also resolves a conflict: the chosen value is written over every value this device sees. */
export function updateMeasurement(doc: Y.Doc, householdId: string, id: string, patch: MeasurementPatch, now: Date, writer: Writer): boolean {
  const parts = householdParts(doc, householdId);
  const base = parts?.measurements.get(id);
  if (!parts || !base) return false;
  const key = measurementKey(householdId, id);
  doc.transact(() => {
    writePatch(MEASUREMENT_FIELDS, { map: rosterMap(doc), key, base, edits: parts.edits.get(key), onKey: rosterIndex(doc).note }, fieldsOnly(patch), writer, now);
  });
  return true;
}

export function removeMeasurement(doc: Y.Doc, householdId: string, id: string): void {
  removeRecord(doc, householdId, measurementKey(householdId, id));
}
