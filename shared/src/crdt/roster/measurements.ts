import * as Y from "yjs";
import type { MeasurementFields, MeasurementValues } from "../../model/index.ts";
import { newRecord, writeFields } from "../fields.ts";
import { writeRegister } from "../mvRegister.ts";
import type { Writer } from "./households.ts";
import { childMap, ensureChildMap, householdsMap, MEASUREMENTS, MEASUREMENT_VALUE_KEYS } from "./layout.ts";

function measurementsOf(doc: Y.Doc, householdId: string): Y.Map<unknown> | null {
  const household = householdsMap(doc).get(householdId);
  return household instanceof Y.Map ? ensureChildMap(household, MEASUREMENTS) : null;
}

function writeValues(m: Y.Map<unknown>, values: Partial<MeasurementValues>, now: Date, writer: Writer): void {
  for (const key of MEASUREMENT_VALUE_KEYS) {
    const value = values[key];
    if (value !== undefined) writeRegister(m, key, writer.newId(), value, writer.by, now);
  }
}

export function addMeasurement(doc: Y.Doc, householdId: string, id: string, fields: MeasurementFields & MeasurementValues, now: Date, writer: Writer): boolean {
  const all = measurementsOf(doc, householdId);
  if (!all) return false;
  doc.transact(() => {
    const { lengthCm, weightKg, ...plain } = fields;
    const m = newRecord({ ...plain, createdAt: now.toISOString() });
    all.set(id, m);
    writeValues(m, { lengthCm, weightKg }, now, writer);
  });
  return true;
}

/** Also resolves a conflict: the chosen value is written over every value this device sees. */
export function updateMeasurement(doc: Y.Doc, householdId: string, id: string, patch: Partial<MeasurementFields & MeasurementValues>, now: Date, writer: Writer): boolean {
  const all = measurementsOf(doc, householdId);
  const m = all ? childMap(all, id) : undefined;
  if (!m) return false;
  doc.transact(() => {
    const { lengthCm, weightKg, ...plain } = patch;
    writeFields(m, plain);
    writeValues(m, { lengthCm, weightKg }, now, writer);
  });
  return true;
}

export function removeMeasurement(doc: Y.Doc, householdId: string, id: string): void {
  measurementsOf(doc, householdId)?.delete(id);
}
